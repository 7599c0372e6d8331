package org.isnad.io.internal;

import org.isnad.model.Document;

/** Makes the {@link Document} for a report from its text and merged metadata. */
final class Documents {
    private Documents() {
    }

    /**
     * @param defaultId the id to use when the metadata gives none (file stem, or stem#n for a record)
     */
    static Document of(String defaultId, String path, String text, ReportMetadata metadata) {
        return new Document(
                metadata.id() != null ? metadata.id() : defaultId,
                path, text, metadata.language(), metadata.title(), metadata.url(), metadata.author(),
                metadata.publisher(), metadata.relays(),
                PublicationDates.resolve(metadata.published(), metadata.url(), metadata.retrieved()));
    }
}
