package org.isnad.bench.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a verdicts file: {@code #} header lines, then one tab-separated line per judged timex:
 * {@code record start end value verdict error state reason} (see {@link Verdict}). The file lives in
 * the repository, so it must hold no article text: a line with a letter of the Arabic script is
 * refused, and reasons are to describe, not quote.
 */
public final class VerdictFile {
    private static final Pattern LINE = Pattern.compile(
            "(?<record>[^\\t]+)\\t(?<start>\\d{1,9})\\t(?<end>\\d{1,9})\\t(?<value>[^\\t]+)\\t(?<verdict>right|wrong)"
                    + "\\t(?<error>-|not-time|extent|value)\\t(?<state>-|open|fixed)\\t(?<reason>[^\\t]*)");
    /** Arabic, its supplement and extended blocks, and the presentation forms. */
    private static final Pattern ARABIC_SCRIPT = Pattern.compile("[\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF]");

    private VerdictFile() {
    }

    /** @throws IllegalArgumentException naming the first bad line */
    public static List<Verdict> parse(String content) {
        List<Verdict> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (ARABIC_SCRIPT.matcher(line).find()) {
                throw new IllegalArgumentException("line " + number + ": Arabic text in a verdicts file (describe, do not quote)");
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("line " + number + ": expected record, start, end, value,"
                        + " right|wrong, -|not-time|extent|value, -|open|fixed, reason (tab-separated): " + line);
            }
            Verdict v = verdict(m, number);
            if (!seen.add(v.recordId() + "\t" + v.start() + "\t" + v.end())) {
                throw new IllegalArgumentException("line " + number + ": judged twice: " + v.where());
            }
            out.add(v);
        }
        return out;
    }

    private static Verdict verdict(Matcher m, int number) {
        boolean right = m.group("verdict").equals("right");
        Verdict.Error error = Verdict.Error.ofCell(m.group("error"));
        Verdict.State state = Verdict.State.ofCell(m.group("state"));
        if (right != (error == null) || right != (state == null)) {
            throw new IllegalArgumentException("line " + number + ": a right verdict takes '-' for error and state,"
                    + " a wrong one an error (not-time|extent|value) and a state (open|fixed)");
        }
        if (!right && m.group("reason").isBlank()) {
            throw new IllegalArgumentException("line " + number + ": a wrong verdict needs a reason");
        }
        int start = Integer.parseInt(m.group("start"));
        int end = Integer.parseInt(m.group("end"));
        if (end <= start) {
            throw new IllegalArgumentException("line " + number + ": end " + end + " is not after start " + start);
        }
        String value = m.group("value").equals(Verdict.NO_VALUE) ? null : m.group("value");
        return new Verdict(m.group("record"), start, end, value, right, error, state, m.group("reason").strip(), number);
    }
}
