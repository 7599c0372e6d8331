package org.isnad.text;

import java.util.HashMap;
import java.util.Map;
import org.isnad.lang.ResourceFile;

/**
 * Chars that only join letters and mean something else when no letter touches them, read from a
 * {@code char TAB target} file: Arabic sets a run of tatweel between spaces as a dash.
 */
final class StandAloneChars {
    static final StandAloneChars NONE = new StandAloneChars(Map.of());

    private final Map<Character, String> targets;

    private StandAloneChars(Map<Character, String> targets) {
        this.targets = targets;
    }

    static StandAloneChars of(ResourceFile file) {
        Map<Character, String> targets = new HashMap<>();
        for (ResourceFile.Entry e : file.entries()) {
            String to = e.field(1).strip();
            if (to.isEmpty()) {
                throw file.error(e, "missing target");
            }
            for (char c : CharSpec.chars(file, e, 0)) {
                targets.put(c, to);
            }
        }
        return new StandAloneChars(Map.copyOf(targets));
    }

    /** What {@code c} becomes when it stands free of letters, or null when it is not such a char. */
    String target(char c) {
        return targets.isEmpty() ? null : targets.get(c);
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
