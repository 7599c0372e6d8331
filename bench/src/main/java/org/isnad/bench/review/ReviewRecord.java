package org.isnad.bench.review;

import java.util.Comparator;
import java.util.Objects;
import org.isnad.model.Document;

/**
 * One record of the review data: its stable id and the document {@code ReportReader} made of it.
 *
 * @param id the record's own name, {@code <day file>#<index in that file>} for a SaudiNewsNet record
 *           ({@code 2015-08-11.json#17}), else the document's id; it survives a reshuffled sample file
 */
public record ReviewRecord(String id, Document document) {
    /** Day file by name, then the index in it by number, so {@code #9} comes before {@code #10}. */
    public static final Comparator<String> ID_ORDER = Comparator
            .comparing((String id) -> id.substring(0, hash(id)))
            .thenComparingLong(ReviewRecord::index)
            .thenComparing(Comparator.naturalOrder());

    public ReviewRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
    }

    private static int hash(String id) {
        int h = id.lastIndexOf('#');
        return h < 0 ? id.length() : h;
    }

    private static long index(String id) {
        String tail = id.substring(Math.min(id.length(), hash(id) + 1));
        return tail.matches("\\d{1,18}") ? Long.parseLong(tail) : -1;
    }
}
