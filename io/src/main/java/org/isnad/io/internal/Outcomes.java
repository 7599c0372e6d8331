package org.isnad.io.internal;

import java.util.ArrayList;
import java.util.List;
import org.isnad.io.ReadFailure;
import org.isnad.model.Document;

/** Collects documents and failures in the order they are met; one per {@code read} call. */
public final class Outcomes {
    private final List<Document> documents = new ArrayList<>();
    private final List<ReadFailure> failures = new ArrayList<>();

    public void add(Document document) {
        documents.add(document);
    }

    public void fail(String path, String reason) {
        failures.add(new ReadFailure(path, reason));
    }

    public List<Document> documents() {
        return documents;
    }

    public List<ReadFailure> failures() {
        return failures;
    }
}
