package org.isnad.cli;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Span;
import org.isnad.text.NormalisedText;
import org.isnad.text.Normaliser;

/**
 * Where an expected text is in its input. The spec's offsets are right for most results, but some
 * are -1 or point elsewhere, and some texts were re-spelt by the translation ("صباحا" for the
 * input's "صباحًا", "8:01" for "8:00") or by the specs' harness ("4.0" for "4"). Tried in order,
 * the same for every case: the spec's offsets;
 * the text itself; the text in the normalised views of both; the spec's offsets whatever they
 * hold; the stretch of whole words nearest to the text (at most 40% of its letters differ).
 */
final class SpecSpanLocator {
    /** How a span was found, in the order tried. */
    enum How { OFFSETS, SEARCH, NORMALISED, SPEC_OFFSETS, APPROXIMATE, NONE }

    record Located(Span span, How how) {
    }

    private final Normaliser normaliser;

    SpecSpanLocator(Normaliser normaliser) {
        this.normaliser = normaliser;
    }

    /** {@code start} and {@code length} as the spec gives them (-1 when it has none). */
    Located locate(String input, String text, int start, int length) {
        // The specs' harness wrote some whole numbers as decimals: "4.0" for the input's "4".
        String wanted = text.strip().replaceFirst("^(\\d+)\\.0$", "$1");
        if (wanted.isEmpty()) {
            return new Located(null, How.NONE);
        }
        boolean offsetsInInput = start >= 0 && length > 0 && start + length <= input.length();
        if (offsetsInInput && input.substring(start, start + length).strip().equals(wanted)) {
            return new Located(Span.trimmed(input, start, start + length), How.OFFSETS);
        }
        int at = nearestOccurrence(input, wanted, start);
        if (at >= 0) {
            return new Located(new Span(at, at + wanted.length()), How.SEARCH);
        }
        NormalisedText view = normaliser.normalise(input);
        String folded = normaliser.normalise(wanted).text().strip();
        int foldedAt = folded.isEmpty() ? -1 : view.text().indexOf(folded);
        if (foldedAt >= 0) {
            return new Located(view.originalSpan(foldedAt, foldedAt + folded.length()), How.NORMALISED);
        }
        if (offsetsInInput) {
            return new Located(Span.trimmed(input, start, start + length), How.SPEC_OFFSETS);
        }
        Span near = nearestWords(view, folded);
        return near == null ? new Located(null, How.NONE) : new Located(near, How.APPROXIMATE);
    }

    /** The occurrence nearest to the spec's start, whole words first ("4" in "إلى 4", not in "2014"). */
    private static int nearestOccurrence(String input, String wanted, int start) {
        int best = -1;
        boolean bestWhole = false;
        for (int at = input.indexOf(wanted); at >= 0; at = input.indexOf(wanted, at + 1)) {
            boolean whole = (at == 0 || !Character.isLetterOrDigit(input.charAt(at - 1)))
                    && (at + wanted.length() == input.length() || !Character.isLetterOrDigit(input.charAt(at + wanted.length())));
            boolean nearer = best < 0 || start >= 0 && Math.abs(at - start) < Math.abs(best - start);
            if (whole && !bestWhole || whole == bestWhole && nearer) {
                best = at;
                bestWhole = whole;
            }
        }
        return best;
    }

    /** The run of whole words of the view closest to {@code folded} in edits, if close enough. */
    private static Span nearestWords(NormalisedText view, String folded) {
        String text = view.text();
        List<int[]> words = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                words.add(new int[] {i, end});
            }
        }
        int bestDistance = Integer.MAX_VALUE;
        int[] best = null;
        for (int a = 0; a < words.size(); a++) {
            for (int b = a; b < words.size(); b++) {
                int from = words.get(a)[0];
                int to = words.get(b)[1];
                if (to - from > 2 * folded.length() + 2) {
                    break;
                }
                int d = editDistance(folded, text.substring(from, to));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = new int[] {from, to};
                }
            }
        }
        if (best == null || 5 * bestDistance > 2 * folded.length()) {
            return null;
        }
        return view.originalSpan(best[0], best[1]);
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
