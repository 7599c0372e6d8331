package org.isnad.bench.heideltime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.bench.disagreement.FoundTimex;

/**
 * Maps HeidelTime's TimeML output back to offsets of its input. HeidelTime's TimeML writer copies
 * the input character by character (nothing escaped) between a fixed prologue and
 * {@code </TimeML>}, and puts {@code <TIMEX3 …>…</TIMEX3>} (and {@code TIMEX3INTERVAL}) tags around
 * expressions; so walking the output beside the input, skipping tags, gives each tag's offsets. The
 * walk must consume the input exactly, else the output is not understood and nothing is returned.
 */
final class TimeMlOffsets {
    private static final String BODY_START = "<TimeML>\n";
    private static final String BODY_END = "\n</TimeML>";
    private static final Pattern TAG = Pattern.compile("<(?<close>/?)(?<name>TIMEX3INTERVAL|TIMEX3)(?<attrs>(?:\\s[^>]*)?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(?<name>\\w+)=\"(?<value>[^\"]*)\"");

    private TimeMlOffsets() {
    }

    /** The TIMEX3 expressions of {@code timeml} at offsets of {@code input}, or empty when they do not line up. */
    static Optional<List<FoundTimex>> map(String input, String timeml) {
        if (timeml == null) {
            return Optional.empty();
        }
        int from = timeml.indexOf(BODY_START);
        int to = timeml.lastIndexOf(BODY_END);
        if (from < 0 || to < from + BODY_START.length()) {
            return Optional.empty();
        }
        String body = timeml.substring(from + BODY_START.length(), to);
        List<FoundTimex> out = new ArrayList<>();
        Matcher tag = TAG.matcher(body);
        int k = 0;
        int openAt = -1;
        String type = null;
        String value = null;
        int i = 0;
        while (i < body.length()) {
            if (body.charAt(i) == '<' && tag.region(i, body.length()).lookingAt()) {
                if (tag.group("name").equals("TIMEX3")) {
                    if (tag.group("close").isEmpty()) {
                        if (openAt >= 0) {
                            return Optional.empty(); // TIMEX3 tags do not nest
                        }
                        openAt = k;
                        type = attribute(tag.group("attrs"), "type");
                        value = attribute(tag.group("attrs"), "value");
                    } else {
                        if (openAt < 0) {
                            return Optional.empty();
                        }
                        out.add(new FoundTimex(openAt, k, type, value));
                        openAt = -1;
                    }
                }
                i = tag.end();
                continue;
            }
            if (k >= input.length() || body.charAt(i) != input.charAt(k)) {
                return Optional.empty();
            }
            i++;
            k++;
        }
        return k == input.length() && openAt < 0 ? Optional.of(out) : Optional.empty();
    }

    private static String attribute(String attributes, String name) {
        Matcher m = ATTRIBUTE.matcher(attributes);
        while (m.find()) {
            if (m.group("name").equals(name)) {
                return m.group("value");
            }
        }
        return null;
    }
}
