package org.isnad.model;

/** A stretch of a document's text found to be clutter; the text itself is never changed. */
public record Removal(Span span, ClutterReason reason) implements Comparable<Removal> {
    /**
     * True when at least half of {@code span} lies in clutter: a segment or phrase that a teaser or
     * a byline half covers is part of the clutter, not content.
     */
    public static boolean mostlyRemoved(Span span, java.util.List<Removal> removed) {
        int inside = 0;
        for (Removal r : removed) {
            inside += Math.max(0, Math.min(span.end(), r.span().end()) - Math.max(span.start(), r.span().start()));
        }
        return span.length() == 0 || 2 * inside >= span.length();
    }

    @Override
    public int compareTo(Removal o) {
        return span.compareTo(o.span);
    }
}
