package org.isnad.bench;

import java.time.LocalDateTime;
import java.util.Objects;
import org.isnad.model.Document;

/**
 * One report of the bench corpus: the document as {@code ReportReader} read it and its creation
 * time (the record's {@code date_extracted}, else its publication day at midnight).
 */
public record BenchReport(Document document, LocalDateTime created) {
    public BenchReport {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(created, "created");
    }

    public String text() {
        return document.text();
    }
}
