package org.isnad.text;

/** What a segment of a report is. */
public enum SegmentKind {
    /** A short line without sentence punctuation standing on its own: a headline or section title. */
    HEADLINE,
    /** A sentence, ended by punctuation, a line break or the next bullet. */
    SENTENCE,
    /** An item of a bullet list (▪️ • -). */
    BULLET,
    /** A clause inside a sentence or bullet, split at clause punctuation. */
    CLAUSE
}
