package org.isnad.text;

import org.isnad.model.Span;

/**
 * A word of the normalised view: its folded, lower-cased form and where it stands in the original.
 *
 * @param index the normalised start, for ordering and adjacency tests
 * @param end   the normalised end (exclusive)
 */
public record Token(String form, Span original, int index, int end) {
}
