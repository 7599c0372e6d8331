package org.isnad.io;

import java.util.List;
import org.isnad.model.Document;

/**
 * What a {@link ReportReader#read} call produced. A file may contribute both: a document and a failure
 * (a malformed sidecar), or several of each (a JSONL file with some bad lines).
 *
 * @param documents reports read, in the order of the paths given, folder contents in sorted order,
 *                  records in file order
 * @param failures  everything that could not be read, in the same order
 */
public record ReadResult(List<Document> documents, List<ReadFailure> failures) {
    public ReadResult {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
    }
}
