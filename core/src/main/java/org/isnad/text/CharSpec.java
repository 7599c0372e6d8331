package org.isnad.text;

import org.isnad.lang.ResourceFile;

/**
 * Reads the character fields of resource files: {@code U+0640}, a range {@code U+064B..U+065F},
 * or literal text. Invisible marks are easier to review as code points, letters as themselves.
 */
final class CharSpec {
    private CharSpec() {
    }

    /** The chars a source field names, in order (a range expands to every char in it). */
    static char[] chars(ResourceFile file, ResourceFile.Entry entry, int field) {
        String spec = entry.field(field).strip();
        if (spec.isEmpty()) {
            throw file.error(entry, "field " + (field + 1) + " is empty");
        }
        int dots = spec.indexOf("..");
        if (spec.startsWith("U+") && dots > 0) {
            char from = codePoint(file, entry, spec.substring(0, dots));
            char to = codePoint(file, entry, spec.substring(dots + 2));
            if (to < from) {
                throw file.error(entry, "range runs backwards: " + spec);
            }
            char[] out = new char[to - from + 1];
            for (int i = 0; i < out.length; i++) {
                out[i] = (char) (from + i);
            }
            return out;
        }
        return text(file, entry, spec).toCharArray();
    }

    /** A target: space-separated {@code U+XXXX} code points, or literal text. */
    static String text(ResourceFile file, ResourceFile.Entry entry, String spec) {
        if (!spec.startsWith("U+")) {
            return spec;
        }
        StringBuilder sb = new StringBuilder();
        for (String part : spec.split(" +")) {
            sb.append(codePoint(file, entry, part));
        }
        return sb.toString();
    }

    private static char codePoint(ResourceFile file, ResourceFile.Entry entry, String spec) {
        if (!spec.startsWith("U+")) {
            throw file.error(entry, "expected U+XXXX, found '" + spec + "'");
        }
        int cp;
        try {
            cp = Integer.parseInt(spec.substring(2), 16);
        } catch (NumberFormatException e) {
            throw file.error(entry, "bad code point '" + spec + "'");
        }
        if (cp < 0 || cp > 0xFFFF) {
            throw file.error(entry, "only code points of the Basic Multilingual Plane are supported: " + spec);
        }
        return (char) cp;
    }
}
