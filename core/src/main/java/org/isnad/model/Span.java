package org.isnad.model;

/** A half-open range {@code [start, end)} of UTF-16 code units in a document's text. */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span {@code [start, end)} of {@code text} without the white space at its ends. */
    public static Span trimmed(CharSequence text, int start, int end) {
        int a = start;
        int b = end;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }

    /** The non-blank lines of a text (split at line feeds and carriage returns), trimmed, in order. */
    public static java.util.List<Span> lines(CharSequence text) {
        java.util.List<Span> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                Span line = trimmed(text, start, i);
                if (line.length() > 0) {
                    out.add(line);
                }
                start = i + 1;
            }
        }
        return out;
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
