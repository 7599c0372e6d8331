package org.isnad.io.internal;

import java.nio.file.Path;

/**
 * A file to read as a report.
 *
 * @param path the file; its string form is the path as the user named it (folder + relative path)
 * @param kind how to read it
 */
public record ReportFile(Path path, ReportKind kind) {
    public String display() {
        return path.toString();
    }

    public String stem() {
        return ReportKind.stem(path.getFileName().toString());
    }
}
