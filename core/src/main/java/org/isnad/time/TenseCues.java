package org.isnad.time;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks an expression that names a month or a day without a year with the way its sentence looks
 * from "now" ({@code time/tense-cues.tsv}): ahead ("من المقرر أن تجرى في فبراير") or back ("تم
 * توقيعه في منتصف فبراير"), so that the resolver takes the occurrence after or before now; and a
 * clock time after a wire report's end mark ("// انتهى // 18:12") with the present (0): it is when
 * the report was filed.
 */
final class TenseCues {
    private static final Pattern TRAILING_BREAKS = Pattern.compile("[\\s/\\p{P}]+$");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\p{P}]+");
    /** How many words before the expression a cue may stand. */
    private static final int REACH = 6;

    private static final Pattern TO_BEFORE = Pattern.compile("(?:^|\\s)و?(?:الي|حتي)\\s*$");

    private final TimeLexicon lexicon;
    private final PostponeVerbs postponeVerbs;
    private final int longest;

    TenseCues(TimeLexicon lexicon, PostponeVerbs postponeVerbs) {
        this.lexicon = lexicon;
        this.postponeVerbs = postponeVerbs;
        this.longest = lexicon.around.tenseCues.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    List<Chunk> mark(String text, List<Chunk> chunks) {
        List<Chunk> out = new ArrayList<>(chunks.size());
        for (Chunk c : chunks) {
            TimeFields f = c.fields();
            if (f.has(Field.HOUR) && !TimexResolver.hasDate(f) && filed(text, c.start())) {
                // "// انتهى // 18:12": when the report was filed, which is now, not the story's day.
                out.add(new Chunk(c.start(), c.end(), c.kind(), f.with(Field.TENSE, 0), c.order(), c.firstEnd(), c.secondStart()));
                continue;
            }
            if (TimexResolver.hasDate(f) && !f.has(Field.TENSE) && movedTo(text, c.start())) {
                // "تم تأجيله إلى يوم الخميس 10 /12 /2015": the new date of a thing moved is one the
                // report looks ahead to, whatever the tense of the verb that moved it.
                out.add(new Chunk(c.start(), c.end(), c.kind(), f.with(Field.TENSE, 1), c.order(), c.firstEnd(), c.secondStart()));
                continue;
            }
            if (recursWithoutDate(f) && habitBefore(text, c.start())) {
                // "اعتاد الذهاب كل أسبوع ... لمشاهدة غروب الشمس": a time of a habit recurs; no day is meant.
                out.add(new Chunk(c.start(), c.end(), c.kind(), f.with(Field.SET, ""), c.order(), c.firstEnd(), c.secondStart()));
                continue;
            }
            // A month or day said without its year, and "بعد N unit" said without its start, take
            // the way the sentence looks.
            boolean open = f.has(Field.MONTH) && !f.has(Field.YEAR) && !f.has(Field.REL) && !f.has(Field.RELUNIT)
                    || Integer.valueOf(1).equals(f.integer(Field.AGO))
                    || f.has(Field.WEEKDAY) && !f.has(Field.DAY) && !f.has(Field.MONTH) && !f.has(Field.REL) && !f.has(Field.RELDAY)
                    && !f.has(Field.RELUNIT) && !f.has(Field.SET)
                    || f.has(Field.HOLIDAY) && !f.has(Field.YEAR)
                    || f.has(Field.WEEKEND) && !f.has(Field.REL)
                    || f.has(Field.HIJRI_MONTH) && !f.has(Field.HIJRI_YEAR) && !f.has(Field.YEAR) && !f.has(Field.REL);
            // A bounding word inside the span ("منذ شهر رمضان") is a cue too.
            Integer tense = open ? tenseBefore(text, f.has(Field.MOD) ? firstWordEnd(text, c.start(), c.end()) : c.start()) : null;
            out.add(tense == null ? c : new Chunk(c.start(), c.end(), c.kind(), f.with(Field.TENSE, tense), c.order(), c.firstEnd(), c.secondStart()));
        }
        return out;
    }

    /**
     * A part of day or a clock time (a stretch of hours too, when its ends differ only in the hour),
     * with nothing that names a day.
     */
    private static boolean recursWithoutDate(TimeFields f) {
        // hasDate covers a weekday and a relative day: "عادة يوم الأحد" names a day.
        return (f.has(Field.POD) || f.has(Field.HOUR)) && !TimexResolver.hasDate(f)
                && !f.has(Field.REL) && !f.has(Field.RELUNIT) && !f.has(Field.SET) && !f.has(Field.NOW)
                && !f.has(Field.EVENT) && !f.has(Field.HOLIDAY) && !f.has(Field.WEEKEND) && !f.has(Field.TO);
    }

    /** How far back in its sentence a habit cue may stand. */
    private static final int HABIT_REACH = 160;

    /** Whether a habit cue stands earlier in the sentence of {@code at}. */
    private boolean habitBefore(String text, int at) {
        String[] words = wordsBack(text, at, HABIT_REACH, SENTENCE_STOPS);
        for (int i = 0; i < words.length; i++) {
            String one = words[i];
            String bare = lexicon.withoutProclitic(one);
            if (lexicon.around.habitCues.contains(one) || bare != null && lexicon.around.habitCues.contains(bare)
                    || i + 1 < words.length && lexicon.around.habitCues.contains(one + " " + words[i + 1])) {
                return true;
            }
        }
        return false;
    }

    private boolean movedTo(String text, int at) {
        String before = text.substring(Math.max(0, at - 8), at);
        return TO_BEFORE.matcher(before).find() && postponeVerbs.governs(text, at);
    }

    private static int firstWordEnd(String text, int start, int end) {
        int i = start;
        while (i < end && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private boolean filed(String text, int at) {
        String before = TRAILING_BREAKS.matcher(text.substring(Math.max(0, at - 16), at)).replaceAll("");
        return lexicon.around.filedMarks.stream().anyMatch(before::endsWith);
    }

    private static final char[] SENTENCE_STOPS = {'.', '\n', '؟', '?', '!', '؛'};
    private static final char[] CLAUSE_STOPS = {'.', '،', ',', '\n', '؛', ':'};

    /** The words within {@code reach} chars before {@code at}, back to the last of {@code stops}. */
    private static String[] wordsBack(String text, int at, int reach, char[] stops) {
        String window = text.substring(Math.max(0, at - reach), at);
        for (char stop : stops) {
            window = window.substring(window.lastIndexOf(stop) + 1);
        }
        return WORD_BREAKS.split(window.strip());
    }

    /** The nearest cue in the clause before {@code at}, or null. */
    private Integer tenseBefore(String text, int at) {
        String[] words = wordsBack(text, at, 80, CLAUSE_STOPS);
        int first = Math.max(0, words.length - REACH);
        for (int i = words.length - 1; i >= first; i--) {
            for (int n = Math.min(longest, i + 1); n >= 1; n--) {
                String phrase = String.join(" ", java.util.Arrays.asList(words).subList(i - n + 1, i + 1));
                Integer t = lexicon.around.tenseCues.get(phrase);
                if (t == null && n == 1 && lexicon.withoutProclitic(phrase) != null) {
                    t = lexicon.around.tenseCues.get(lexicon.withoutProclitic(phrase));
                }
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
