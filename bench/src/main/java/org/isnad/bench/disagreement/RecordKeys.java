package org.isnad.bench.disagreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.model.Document;

/**
 * Names each record of a JSONL file by where it came from, {@code source_file#index_in_file} (the
 * SaudiNewsNet sample's two provenance fields), so that an example can be found again; a record
 * without them is named by the reader's id ({@code stem#line}).
 */
public final class RecordKeys {
    private static final Pattern LINE_ID = Pattern.compile("#(?<line>\\d+)$");

    private final Map<Integer, String> byLine;

    private RecordKeys(Map<Integer, String> byLine) {
        this.byLine = byLine;
    }

    public static RecordKeys load(Path jsonl) {
        Map<Integer, String> keys = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return new RecordKeys(keys); // the reader has already said what is wrong with the file
        }
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode record = json.readTree(lines.get(i));
                JsonNode file = record.get("source_file");
                JsonNode index = record.get("index_in_file");
                if (file != null && file.isTextual() && index != null && index.canConvertToInt()) {
                    keys.put(i + 1, file.asText() + "#" + index.asInt());
                }
            } catch (IOException e) {
                // not a record: the reader skips it too
            }
        }
        return new RecordKeys(keys);
    }

    public String of(Document d) {
        Matcher m = LINE_ID.matcher(d.id());
        return m.find() ? byLine.getOrDefault(Integer.parseInt(m.group("line")), d.id()) : d.id();
    }
}
