package org.isnad.text;

import org.isnad.model.Span;

/**
 * Reported speech: the quoted words and, when it can be told, who said them.
 *
 * @param speaker the span naming the speaker, {@code null} when none is found
 * @param marked  true when quote marks delimit it; false for speech introduced by a verb only
 */
public record Quote(Span span, Span speaker, boolean marked) {
}
