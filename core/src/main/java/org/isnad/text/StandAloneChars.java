package org.isnad.text;

import java.util.LinkedHashMap;
import java.util.Map;
import org.isnad.lang.ResourceFile;

/**
 * Chars that only join letters and mean something else when no letter touches them, read from a
 * {@code char TAB target} file: Arabic sets a run of tatweel between spaces as a dash.
 */
final class StandAloneChars {
    static final StandAloneChars NONE = new StandAloneChars(new char[0], new String[0]);

    // A handful of chars at most, asked of every char of every text: a scan beats a boxed map lookup.
    private final char[] chars;
    private final String[] targets;

    private StandAloneChars(char[] chars, String[] targets) {
        this.chars = chars;
        this.targets = targets;
    }

    static StandAloneChars of(ResourceFile file) {
        Map<Character, String> byChar = new LinkedHashMap<>();
        for (ResourceFile.Entry e : file.entries()) {
            String to = e.field(1).strip();
            if (to.isEmpty()) {
                throw file.error(e, "missing target");
            }
            for (char c : CharSpec.chars(file, e, 0)) {
                byChar.put(c, to);
            }
        }
        char[] chars = new char[byChar.size()];
        String[] targets = new String[byChar.size()];
        int i = 0;
        for (Map.Entry<Character, String> e : byChar.entrySet()) {
            chars[i] = e.getKey();
            targets[i++] = e.getValue();
        }
        return new StandAloneChars(chars, targets);
    }

    /** What {@code c} becomes when it stands free of letters, or null when it is not such a char. */
    String target(char c) {
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == c) {
                return targets[i];
            }
        }
        return null;
    }

    /** The end of the run of {@code text.charAt(start)} that starts at {@code start}. */
    static int runEnd(String text, int start) {
        char c = text.charAt(start);
        int end = start + 1;
        while (end < text.length() && text.charAt(end) == c) {
            end++;
        }
        return end;
    }

    /** Whether no letter or mark touches the run {@code [start, end)} on either side. */
    static boolean freeOfLetters(String text, int start, int end) {
        return (start == 0 || free(text.charAt(start - 1))) && (end == text.length() || free(text.charAt(end)));
    }

    private static boolean free(char c) {
        return !Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK;
    }
}
