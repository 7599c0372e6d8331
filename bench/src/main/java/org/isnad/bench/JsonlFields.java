package org.isnad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.model.Document;

/**
 * Fields of a JSONL file's records that {@link org.isnad.io.ReportReader} does not map (the
 * creation time, the SaudiNewsNet provenance), by line. The reader names a record
 * {@code <stem>#<line>}, so the line joins a document to its fields; they are read here, once, so
 * that every bench reader skips blank and malformed lines alike.
 */
public final class JsonlFields {
    private static final Pattern LINE_ID = Pattern.compile("#(\\d+)$");

    private JsonlFields() {
    }

    /**
     * 1-based line number → {@code pick} of that line's record, for the lines where it gives a value;
     * empty when the file cannot be read (the reader has already said what is wrong with it).
     */
    public static <T> Map<Integer, T> byLine(Path jsonl, Function<JsonNode, T> pick) {
        List<String> lines;
        try {
            lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        ObjectMapper json = new ObjectMapper();
        Map<Integer, T> fields = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                T value = pick.apply(json.readTree(lines.get(i)));
                if (value != null) {
                    fields.put(i + 1, value);
                }
            } catch (IOException e) {
                // a malformed line: the reader skips it too
            }
        }
        return fields;
    }

    /** The line the reader's id gives {@code d}, or -1 when its id names none. */
    public static int line(Document d) {
        Matcher m = LINE_ID.matcher(d.id());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
