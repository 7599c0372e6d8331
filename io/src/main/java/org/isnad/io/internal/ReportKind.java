package org.isnad.io.internal;

import java.util.Locale;
import java.util.Optional;

/** The kinds of report file, told apart by file extension. */
public enum ReportKind {
    TXT, HTML, JSON, JSONL;

    /** Suffix of a sidecar metadata file: {@code NAME.meta.json} belongs to {@code NAME.txt} or {@code NAME.html}. */
    public static final String SIDECAR_SUFFIX = ".meta.json";

    /** The kind for a file name, empty for unsupported names and for sidecars (they are not reports). */
    public static Optional<ReportKind> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(SIDECAR_SUFFIX)) {
            return Optional.empty();
        }
        String extension = extension(name);
        return switch (extension) {
            case "txt" -> Optional.of(TXT);
            case "html", "htm" -> Optional.of(HTML);
            case "json" -> Optional.of(JSON);
            case "jsonl" -> Optional.of(JSONL);
            default -> Optional.empty();
        };
    }

    public static boolean isSidecar(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(SIDECAR_SUFFIX);
    }

    /** The file name without its (last) extension: the document id of a whole-file report. */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Whether reports of this kind may have a sidecar: the JSON kinds carry their metadata inline. */
    public boolean takesSidecar() {
        return this == TXT || this == HTML;
    }

    private static String extension(String lowerCaseName) {
        int dot = lowerCaseName.lastIndexOf('.');
        return dot > 0 ? lowerCaseName.substring(dot + 1) : "";
    }
}
