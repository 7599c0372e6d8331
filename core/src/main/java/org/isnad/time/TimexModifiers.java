package org.isnad.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Attaches the words that bound or blur a time expression ("أكثر من عامين", "قرابة الثالثة فجرا",
 * "ثلاث ساعات على الأقل") to it: the span grows over them and the expression gets their TIMEX3
 * mod. Words are the language pack's ({@code mod} and {@code modafter} of time/modifiers.tsv); one
 * may carry a one-letter proclitic ("وحوالي"), which stays outside the span.
 */
final class TimexModifiers {
    /** How far apart a modifier and its expression may stand: spaces only. */
    private static final int GAP = 3;
    private static final java.util.Set<String> POINT_BOUNDS = java.util.Set.of("BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE");

    private final List<Map.Entry<String, String>> before;
    private final List<Map.Entry<String, String>> after;
    private final TimeLexicon lexicon;

    TimexModifiers(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        // Longest first, so "ما لا يقل عن" wins over "يقل عن".
        Comparator<Map.Entry<String, String>> longest = Comparator.comparingInt(e -> -e.getKey().length());
        this.before = lexicon.around.modsBefore.entrySet().stream().sorted(longest).toList();
        this.after = lexicon.around.modsAfter.entrySet().stream().sorted(longest).toList();
    }

    List<Chunk> attach(String text, List<Chunk> chunks) {
        List<Chunk> out = new ArrayList<>(chunks.size());
        int floor = 0;
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            int ceiling = i + 1 < chunks.size() ? chunks.get(i + 1).start() : text.length();
            int start = c.start();
            int end = c.end();
            String mod = null;
            int at = gapBefore(text, c.start(), floor);
            for (Map.Entry<String, String> m : before) {
                int from = at - m.getKey().length();
                if (from >= floor && text.startsWith(m.getKey(), from) && wordStartsAt(text, from)) {
                    start = from;
                    mod = m.getValue();
                    break;
                }
            }
            int next = gapAfter(text, c.end(), ceiling);
            for (Map.Entry<String, String> m : after) {
                int to = next + m.getKey().length();
                if (to <= ceiling && text.startsWith(m.getKey(), next) && (to == text.length() || !Character.isLetterOrDigit(text.charAt(to)))) {
                    end = to;
                    mod = mod == null ? m.getValue() : mod;
                    break;
                }
            }
            boolean uncounted = c.kind() == TimePattern.Kind.DURATION && !c.fields().has(Field.COUNT) && !c.fields().has(Field.AMOUNT)
                    && text.startsWith("ال", c.start());
            if (c.kind() == TimePattern.Kind.DURATION && mod != null && (POINT_BOUNDS.contains(mod) || uncounted)) {
                // "بعد أشهر من الحرب": before or after bounds a date, never a length; "مبالغ تزيد عن
                // الأيام الماضية" compares with those days, a definite noun with no count to bound.
                mod = null;
                start = c.start();
                end = c.end();
            }
            out.add(mod == null || c.fields().has(Field.MOD) ? c
                    : new Chunk(start, end, c.kind(), c.fields().with(Field.MOD, mod), c.order(), c.firstEnd(), c.secondStart()));
            floor = end;
        }
        return out;
    }

    /** Where the words before {@code at} end, skipping a few spaces. */
    private static int gapBefore(String text, int at, int floor) {
        int i = at;
        while (i > floor && at - i < GAP && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i == at ? -1 : i;
    }

    private static int gapAfter(String text, int at, int ceiling) {
        int i = at;
        while (i < ceiling && i - at < GAP && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A word starts here: at the text's start, after a non-letter, or after a proclitic that does. */
    private boolean wordStartsAt(String text, int i) {
        if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
            return true;
        }
        return lexicon.proclitics.indexOf(text.charAt(i - 1)) >= 0 && (i == 1 || !Character.isLetterOrDigit(text.charAt(i - 2)));
    }
}
