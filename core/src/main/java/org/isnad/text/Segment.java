package org.isnad.text;

import org.isnad.model.Span;

/** A sentence, bullet, headline or clause of a report, in original offsets. */
public record Segment(Span span, SegmentKind kind) {
}
