package org.isnad.model;

import java.util.List;
import java.util.Objects;

/**
 * One report as a reader found it: the plain text the engine analyses and what the source said
 * about it. Offsets everywhere else count UTF-16 code units of {@link #text()}.
 *
 * @param id        the file stem, or the record id of a JSON(L) record
 * @param path      where it was read from, as the user named it
 * @param language  an ISO 639-1 code, {@code null} when unknown
 * @param title     null when none can be told
 * @param author    the byline's author when the source names one, null otherwise
 * @param publisher the outlet that published it, null when unknown
 * @param relays    outlets or people it says it reports from, outermost first
 */
public record Document(String id, String path, String text, String language, String title, String url,
                       String author, String publisher, List<String> relays, Publication publication) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        relays = relays == null ? List.of() : List.copyOf(relays);
        publication = publication == null ? Publication.unknown("no metadata") : publication;
    }

    public static Document of(String id, String text) {
        return new Document(id, id, text, null, null, null, null, null, List.of(), null);
    }

    public Document withPublisher(String newPublisher) {
        return new Document(id, path, text, language, title, url, author, newPublisher, relays, publication);
    }

    public Document withAuthor(String newAuthor) {
        return new Document(id, path, text, language, title, url, newAuthor, publisher, relays, publication);
    }

    public Document withTitle(String newTitle) {
        return new Document(id, path, text, language, newTitle, url, author, publisher, relays, publication);
    }

    public Document withPublication(Publication newPublication) {
        return new Document(id, path, text, language, title, url, author, publisher, relays, newPublication);
    }

    public Document withLanguage(String newLanguage) {
        return new Document(id, path, text, newLanguage, title, url, author, publisher, relays, publication);
    }
}
