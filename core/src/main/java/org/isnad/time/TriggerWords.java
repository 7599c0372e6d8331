package org.isnad.time;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that can be part of a time expression (every word of the time lexicons and every
 * literal word of the patterns), and the stretches of a text around them where the patterns need
 * to run. Derived from the language pack, so it grows with it.
 */
final class TriggerWords {
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private final Set<String> words;
    /** One-letter proclitics that may be glued to a trigger (وأمس، بيوم). */
    private final String proclitics;

    private TriggerWords(Set<String> words, String proclitics) {
        this.words = Set.copyOf(words);
        this.proclitics = proclitics;
    }

    static TriggerWords of(TimeLexicon lexicon, List<String> patternSources) {
        Set<String> words = new HashSet<>();
        for (String phrase : lexicon.triggerPhrases()) {
            for (String w : phrase.split(" ")) {
                words.add(w);
            }
        }
        for (String source : patternSources) {
            // Macro names ({month}) and group names are ASCII; literal Arabic words are what we want.
            Matcher m = LETTERS.matcher(source.replaceAll("\\{[a-z0-9]+}|\\(\\?<[a-zA-Z0-9]+>|\\\\[pP]\\{[A-Za-z]+}|\\\\[a-zA-Z]", " "));
            while (m.find()) {
                // Literal words of three letters or more; shorter ones are particles and affixes.
                if (m.group().length() >= 3 && m.group().chars().anyMatch(c -> c > 0x7f)) {
                    words.add(m.group());
                }
            }
        }
        // Glue words (من، في، على) join the parts of an expression but are never one by themselves;
        // as triggers they would open a window around every other word.
        words.removeAll(lexicon.glue);
        words.removeAll(lexicon.rangeWords);
        return new TriggerWords(words, lexicon.proclitics);
    }

    /**
     * Where a time expression may start: each word start (and the char after a one-letter
     * proclitic) that lies within {@code before} chars before or {@code after} chars after a digit
     * or trigger word, in order.
     */
    int[] starts(String text, int before, int after) {
        List<int[]> windows = windows(text, before, after);
        int[] out = new int[64];
        int size = 0;
        int w = 0;
        int n = text.length();
        for (int i = 0; i < n && w < windows.size(); i++) {
            while (w < windows.size() && windows.get(w)[1] <= i) {
                w++;
            }
            if (w == windows.size()) {
                break;
            }
            if (i < windows.get(w)[0] || !Character.isLetterOrDigit(text.charAt(i))
                    || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i - 1)) == Character.isDigit(text.charAt(i))) {
                continue;
            }
            if (size + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[size++] = i;
            if (proclitics.indexOf(text.charAt(i)) >= 0 && i + 1 < n) {
                out[size++] = i + 1;
            }
        }
        return java.util.Arrays.copyOf(out, size);
    }

    boolean isTrigger(String word) {
        return words.contains(word) || word.length() > 2 && proclitics.indexOf(word.charAt(0)) >= 0 && words.contains(word.substring(1));
    }

    /** Merged {@code [start, end)} windows of the text around digits and trigger words. */
    List<int[]> windows(String text, int before, int after) {
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
            if (digits || isTrigger(text.substring(start, i).toLowerCase(java.util.Locale.ROOT))) {
                int from = Math.max(0, start - before);
                int to = Math.min(n, i + after);
                int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && from <= last[1]) {
                    last[1] = Math.max(last[1], to);
                } else {
                    out.add(new int[] {from, to});
                }
            }
        }
        return out;
    }
}
