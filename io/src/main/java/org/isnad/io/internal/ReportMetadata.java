package org.isnad.io.internal;

import java.util.List;

/**
 * What a source says about a report besides its text. Every field may be null (relays: empty) when the
 * source does not say; {@link #overriddenBy} layers a more specific source over a more general one.
 * {@code retrieved} is when the report was fetched (a crawl time): it was published no later.
 */
public record ReportMetadata(String id, String url, String title, String author, String publisher,
                             List<String> relays, String language, DateClaim published, DateClaim retrieved) {
    public static final ReportMetadata NONE = new ReportMetadata(null, null, null, null, null, List.of(), null, null, null);

    public ReportMetadata {
        relays = relays == null ? List.of() : List.copyOf(relays);
    }

    /** This metadata with every field that {@code other} states replaced by the other's value. */
    public ReportMetadata overriddenBy(ReportMetadata other) {
        return new ReportMetadata(
                pick(other.id, id), pick(other.url, url), pick(other.title, title), pick(other.author, author),
                pick(other.publisher, publisher), other.relays.isEmpty() ? relays : other.relays,
                pick(other.language, language), other.published != null ? other.published : published,
                other.retrieved != null ? other.retrieved : retrieved);
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
