package org.isnad.time;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For each pattern, the words one of which every match holds: the words of the most selective
 * lexicon its matches require ({@link RequiredMacros}), and whether a run of digits stands for one.
 * A start a pattern's trigger words lead to is still not worth trying when no such word follows
 * within {@link #REACH} chars: most numbers and most "من" in a report are no part of a time (issue 6,
 * the throughput regression). Patterns that require no lexicon are free.
 */
final class RequiredWords {
    /** How far after a match's start its required word may stand. */
    static final int REACH = 80;

    private final Map<String, long[]> patternsOfWord;
    private final long[] digitPatterns;
    private final long[] free;

    private RequiredWords(Map<String, long[]> patternsOfWord, long[] digitPatterns, long[] free) {
        this.patternsOfWord = Map.copyOf(patternsOfWord);
        this.digitPatterns = digitPatterns;
        this.free = free;
    }

    static RequiredWords of(TimeLexicon lexicon, List<TimePattern> patterns) {
        int words = PatternMasks.longs(patterns.size());
        Map<String, long[]> byWord = new HashMap<>();
        long[] digits = new long[words];
        long[] free = new long[words];
        // Whether a lexicon name can stand for digits ({amount}), asked once per name.
        Map<String, Boolean> digitsOf = new HashMap<>();
        java.util.function.Predicate<String> holdsDigits =
                macro -> digitsOf.computeIfAbsent(macro, m -> LexiconMacros.alternation(lexicon, m).contains("\\d"));
        for (TimePattern p : patterns) {
            int i = p.order();
            // Of the pattern's requirements, the one met by the fewest words; digits count as many.
            Set<String> best = null;
            long bestSize = Long.MAX_VALUE;
            for (Set<String> requirement : RequiredMacros.of(p.source())) {
                long size = 0;
                for (String macro : requirement) {
                    size += holdsDigits.test(macro) ? 1_000_000 : LexiconMacros.words(lexicon, macro).size();
                }
                if (size < bestSize) {
                    best = requirement;
                    bestSize = size;
                }
            }
            if (best == null) {
                PatternMasks.add(free, i);
                continue;
            }
            boolean digitsToo = false;
            Set<String> ws = new HashSet<>();
            for (String macro : best) {
                digitsToo |= holdsDigits.test(macro);
                for (String phrase : LexiconMacros.words(lexicon, macro)) {
                    ws.addAll(Arrays.asList(phrase.split(" ")));
                }
            }
            // A word with a char that is no letter or digit is no token of a text: it cannot be looked up.
            if (ws.stream().anyMatch(w -> w.isEmpty() || !w.chars().allMatch(Character::isLetterOrDigit))) {
                PatternMasks.add(free, i);
                continue;
            }
            if (digitsToo) {
                PatternMasks.add(digits, i);
            }
            for (String w : ws) {
                // A word may carry the article a pattern puts before a lexicon ("(?:ال)?{event}") and
                // a one-letter proclitic (لعامين، بأيام، واللقاء، للعام).
                for (String form : List.of(w, "ال" + w, "لل" + w)) {
                    set(byWord, form, i, words);
                    for (char c : lexicon.proclitics.toCharArray()) {
                        set(byWord, c + form, i, words);
                    }
                }
            }
        }
        return new RequiredWords(byWord, digits, free);
    }

    private static void set(Map<String, long[]> byWord, String w, int pattern, int words) {
        PatternMasks.add(byWord.computeIfAbsent(w, k -> new long[words]), pattern);
    }

    /** The patterns whose required word {@code word} (folded; null for a run of digits) is; null when none. */
    long[] patternsOf(String word) {
        return word == null ? digitPatterns : patternsOfWord.get(word);
    }

    /** The patterns that require no word: they are tried wherever their triggers lead. */
    long[] free() {
        return free;
    }
}
