package org.isnad.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For each time pattern, the words that can be part of a match of it (the words of the lexicons it
 * names and its own literal words) and whether a digit can; and, for a text, the places where each
 * pattern needs to be tried: word starts shortly before one of its trigger words. Most of a report
 * holds no time, and most patterns cannot match near most time words, so this is where the speed
 * comes from. Derived from the language pack, so it grows with it.
 */
final class TriggerWords {
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern MACRO = Pattern.compile("\\{(?<name>[a-z][a-z0-9]*)}");

    /**
     * The patterns of each trigger word as bits of longs, and of each trigger word with a one-letter
     * proclitic glued to it (وأمس، بيوم) those of the bare word too: one lookup per word of a text.
     */
    private final Map<String, long[]> patternsOfWord;
    /** The second filter: the words one of which each pattern's matches hold. */
    private final RequiredWords required;
    private final long[] digitPatterns;
    private final int patternCount;
    /** One-letter proclitics that may be glued to a trigger (وأمس، بيوم). */
    private final String proclitics;

    private TriggerWords(Map<String, BitSet> patternsOfWord, BitSet digitPatterns, int patternCount, String proclitics, RequiredWords required) {
        this.required = required;
        int words = PatternMasks.longs(patternCount);
        Map<String, long[]> masks = new HashMap<>();
        patternsOfWord.forEach((w, ps) -> masks.put(w, Arrays.copyOf(ps.toLongArray(), words)));
        for (Map.Entry<String, BitSet> e : patternsOfWord.entrySet()) {
            if (e.getKey().length() < 2) {
                continue;
            }
            long[] bare = masks.get(e.getKey());
            for (char p : proclitics.toCharArray()) {
                long[] glued = masks.computeIfAbsent(p + e.getKey(), k -> new long[words]);
                for (int i = 0; i < words; i++) {
                    glued[i] |= bare[i];
                }
            }
        }
        this.patternsOfWord = Map.copyOf(masks);
        this.digitPatterns = Arrays.copyOf(digitPatterns.toLongArray(), words);
        this.patternCount = patternCount;
        this.proclitics = proclitics;
    }

    static TriggerWords of(TimeLexicon lexicon, List<TimePattern> patterns) {
        Map<String, BitSet> patternsOfWord = new HashMap<>();
        BitSet digitPatterns = new BitSet();
        for (int i = 0; i < patterns.size(); i++) {
            // Words a pattern must not see (its negative lookarounds) do not trigger it, nor do the
            // words its lookbehinds want before a match: they stand before its start, where a trigger
            // cannot put it (a start is tried only from a little before a trigger to its first char).
            String source = withoutLookbehindsAndNegativeLookaheads(patterns.get(i).source());
            Set<String> words = new HashSet<>();
            Matcher macro = MACRO.matcher(source);
            while (macro.find()) {
                for (String phrase : LexiconMacros.words(lexicon, macro.group("name"))) {
                    for (String w : phrase.split(" ")) {
                        // A pattern may put the article before a lexicon word ("(?:ال)?{amount}":
                        // "الثلاثة أيام"), which then is one token with it.
                        words.add(w);
                        words.add("ال" + w);
                    }
                }
            }
            // Group names and escapes are ASCII; literal words of two letters or more are what we
            // want ("كل", "بين"); a single letter is a proclitic or an affix.
            Matcher literal = LETTERS.matcher(RegexSyntax.literalText(source));
            while (literal.find()) {
                if (literal.group().length() >= 2 && literal.group().chars().anyMatch(c -> c > 0x7f)) {
                    words.add(literal.group());
                }
            }
            // Glue words (من، في، على) join the parts of an expression but are never one by
            // themselves; as triggers they would open a window around every other word.
            words.removeAll(lexicon.around.glue);
            words.removeAll(lexicon.around.rangeWords);
            for (String w : words) {
                patternsOfWord.computeIfAbsent(w, k -> new BitSet()).set(i);
            }
            boolean digits = source.contains("\\d");
            Matcher named = MACRO.matcher(source);
            while (named.find() && !digits) {
                // A lexicon name can stand for digits too ({amount} is "3.5" or "ثلاثة").
                digits = LexiconMacros.alternation(lexicon, named.group("name")).contains("\\d");
            }
            if (digits) {
                digitPatterns.set(i);
            }
        }
        return new TriggerWords(patternsOfWord, digitPatterns, patterns.size(), lexicon.proclitics, RequiredWords.of(lexicon, patterns));
    }

    /** The pattern without its {@code (?!…)}, {@code (?<!…)} and {@code (?<=…)} groups, nested parentheses included. */
    static String withoutLookbehindsAndNegativeLookaheads(String regex) {
        StringBuilder out = new StringBuilder(regex.length());
        int i = 0;
        while (i < regex.length()) {
            if (regex.startsWith("(?!", i) || regex.startsWith("(?<!", i) || regex.startsWith("(?<=", i)) {
                int end = RegexSyntax.closingParen(regex, i);
                i = end < 0 ? regex.length() : end;
                continue;
            }
            out.append(regex.charAt(i));
            if (regex.charAt(i) == '\\' && i + 1 < regex.length()) {
                out.append(regex.charAt(++i));
            }
            i++;
        }
        return out.toString();
    }

    /** A word as the lexicons hold it: only Latin words (month names) have case to fold, most have none. */
    private static String folded(String word) {
        return hasLatinCapital(word) ? word.toLowerCase(Locale.ROOT) : word;
    }

    private static boolean hasLatinCapital(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 'A' && s.charAt(i) <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /**
     * The places where a match may start (word starts, and the char after a one-letter proclitic),
     * each with the patterns that may start there: those with a trigger word that starts from
     * {@code after} chars before the place to {@code before} chars after it. Places no pattern may
     * start at are left out.
     */
    Candidates candidates(String text, int before, int after) {
        List<int[]> tokens = tokens(text);
        int[] wordStarts = wordStarts(text, tokens);
        int words = PatternMasks.longs(patternCount);
        int[] triggerStart = new int[tokens.size()];
        long[][] triggerMask = new long[tokens.size()][];
        int n = 0;
        // The tokens that are a required word of some pattern, for the second filter.
        int[] requiredStart = new int[tokens.size()];
        long[][] requiredMask = new long[tokens.size()][];
        int r = 0;
        for (int[] tok : tokens) {
            boolean digits = Character.isDigit(text.charAt(tok[0]));
            String word = digits ? null : folded(text.substring(tok[0], tok[1]));
            long[] ps = digits ? digitPatterns : patternsOfWord.get(word);
            if (ps != null) {
                triggerStart[n] = tok[0];
                triggerMask[n++] = ps;
            }
            long[] rs = required.patternsOf(word);
            if (rs != null) {
                requiredStart[r] = tok[0];
                requiredMask[r++] = rs;
            }
        }
        int[] starts = new int[wordStarts.length];
        long[][] masks = new long[wordStarts.length][];
        int size = 0;
        int first = 0;
        int firstRequired = 0;
        for (int s : wordStarts) {
            // The window reaches past a word's start by a char, for a match after a proclitic (وأمس).
            while (first < n && triggerStart[first] <= s - after - 1) {
                first++;
            }
            long[] mask = null;
            for (int t = first; t < n && triggerStart[t] <= s + before; t++) {
                if (mask == null) {
                    mask = triggerMask[t].clone();
                } else {
                    for (int w = 0; w < words; w++) {
                        mask[w] |= triggerMask[t][w];
                    }
                }
            }
            if (mask == null) {
                continue;
            }
            // A pattern that requires a word is kept only when one follows within reach (the token
            // may start a char before: the start may be just after its proclitic).
            while (firstRequired < r && requiredStart[firstRequired] < s - 1) {
                firstRequired++;
            }
            long[] keep = required.free().clone();
            for (int t = firstRequired; t < r && requiredStart[t] <= s + RequiredWords.REACH; t++) {
                for (int w = 0; w < words; w++) {
                    keep[w] |= requiredMask[t][w];
                }
            }
            boolean any = false;
            for (int w = 0; w < words; w++) {
                mask[w] &= keep[w];
                any |= mask[w] != 0;
            }
            if (any) {
                starts[size] = s;
                masks[size++] = mask;
            }
        }
        return new Candidates(Arrays.copyOf(starts, size), Arrays.copyOf(masks, size));
    }

    /** Places where a match may start, in order, and for each the patterns (as bits of longs) that may. */
    record Candidates(int[] starts, long[][] patterns) {
    }

    /** Every place a match may start: no prefilter. */
    int[] everywhere(String text) {
        return wordStarts(text, tokens(text));
    }

    /** Runs of letters, or of digits, as {@code [start, end)}. */
    private static List<int[]> tokens(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean digits = Character.isDigit(c);
            while (i < n && Character.isLetterOrDigit(text.charAt(i)) && Character.isDigit(text.charAt(i)) == digits) {
                i++;
            }
            out.add(new int[] {start, i});
        }
        return out;
    }

    private int[] wordStarts(String text, List<int[]> tokens) {
        int[] out = new int[tokens.size() * 2];
        int size = 0;
        for (int[] tok : tokens) {
            out[size++] = tok[0];
            if (proclitics.indexOf(text.charAt(tok[0])) >= 0 && tok[1] - tok[0] > 1) {
                out[size++] = tok[0] + 1;
            }
        }
        return Arrays.copyOf(out, size);
    }
}
