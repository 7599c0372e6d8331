package org.isnad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.isnad.model.Document;

/**
 * Names each record of a JSONL file by where it came from, {@code source_file#index_in_file} (the
 * SaudiNewsNet sample's two provenance fields), whatever its line in the sample, so that a record
 * can be found again; a record without them keeps the reader's id ({@code <stem>#<line>}).
 */
public final class RecordIds {
    private final Map<Integer, String> byLine;

    private RecordIds(Map<Integer, String> byLine) {
        this.byLine = byLine;
    }

    /** {@code source_file} as the record says it ({@code dataset/2015-08-11.zip:2015-08-11.json#3}): the disagreement report's names. */
    public static RecordIds asWritten(Path jsonl) {
        return load(jsonl, file -> file);
    }

    /** {@code source_file}'s day file alone ({@code 2015-08-11.json#3}): the names verdict files use. */
    public static RecordIds byDayFile(Path jsonl) {
        return load(jsonl, file -> {
            String name = file.substring(file.lastIndexOf(':') + 1);
            return name.substring(name.lastIndexOf('/') + 1);
        });
    }

    private static RecordIds load(Path jsonl, UnaryOperator<String> fileName) {
        return new RecordIds(JsonlFields.byLine(jsonl, record -> {
            JsonNode file = record.get("source_file");
            JsonNode index = record.get("index_in_file");
            return file != null && file.isTextual() && index != null && index.canConvertToLong()
                    ? fileName.apply(file.asText()) + "#" + index.asLong() : null;
        }));
    }

    public String of(Document d) {
        return byLine.getOrDefault(JsonlFields.line(d), d.id());
    }
}
