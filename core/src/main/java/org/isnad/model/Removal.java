package org.isnad.model;

/** A stretch of a document's text found to be clutter; the text itself is never changed. */
public record Removal(Span span, ClutterReason reason) implements Comparable<Removal> {
    @Override
    public int compareTo(Removal o) {
        return span.compareTo(o.span);
    }
}
