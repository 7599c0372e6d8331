package org.isnad.io;

import java.util.Objects;

/**
 * A file, record or sidecar that could not be read (or could only be read in part).
 *
 * @param path   the file as the user named it; for a JSONL line {@code file:line}, for a JSON array
 *               element {@code file#index}
 * @param reason one line saying what is wrong, e.g. {@code empty file}
 */
public record ReadFailure(String path, String reason) {
    public ReadFailure {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        // Messages end up one per line in logs and the CLI; a parser's multi-line message must not break that.
        reason = reason.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** {@code <path>: <reason>} on one line. */
    public String message() {
        return path + ": " + reason;
    }
}
