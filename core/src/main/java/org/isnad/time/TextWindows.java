package org.isnad.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import org.isnad.model.Span;

/**
 * The stretches of a text around a few spans, merged and in order, and the matches of a regex
 * inside them only. Most of a report holds no time expression: a lookup that only matters around
 * one (a name that holds it, a place in its sentence) scans those stretches instead of the whole
 * report, whose every position would pay the regex (issue 6, the throughput regression).
 */
final class TextWindows {
    private TextWindows() {
    }

    /** {@code spans}, each widened by {@code before}/{@code after}, clipped and merged. */
    static List<Span> around(List<Span> spans, int before, int after, int length) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            int from = Math.max(0, s.start() - before);
            int to = Math.min(length, s.end() + after);
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && from <= last.end()) {
                out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), to)));
            } else {
                out.add(new Span(from, to));
            }
        }
        return out;
    }

    /**
     * Every match of {@code m} that lies inside one of {@code windows} (sorted, disjoint), in order,
     * given as the matcher itself; the regex sees past a window's ends (lookarounds) but matches
     * within it. Only starts after a char that is no letter or digit are tried, and of those only
     * the ones {@code prefixes} allows (null: all): the regexes looked for here start a word.
     */
    static void find(Matcher m, MatchPrefixes prefixes, String text, List<Span> windows, Consumer<Matcher> each) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (Span w : windows) {
            int i = w.start();
            while (i < w.end()) {
                boolean wordStart = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && !Character.isWhitespace(text.charAt(i));
                if (wordStart && (prefixes == null || prefixes.mayStartAt(text, i))) {
                    m.region(i, w.end());
                    if (m.lookingAt() && m.end() > i) {
                        each.accept(m);
                        i = m.end();
                        continue;
                    }
                }
                i++;
            }
        }
    }
}
