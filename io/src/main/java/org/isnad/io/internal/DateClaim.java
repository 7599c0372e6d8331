package org.isnad.io.internal;

/**
 * A publication date as some metadata states it, not yet parsed.
 *
 * @param value  the text as found, e.g. {@code 2024-12-15T09:30:00+03:00}
 * @param source where it was found, e.g. {@code HTML meta article:published_time}
 */
public record DateClaim(String value, String source) {
}
