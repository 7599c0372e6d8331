package org.isnad.io.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads reports stored as JSON records: a {@code .json} file holding one object or an array of objects,
 * or a {@code .jsonl} file with one object per line. A bad record or line is a failure of its own; the
 * other records are still read.
 *
 * <p>Ids: the record's {@code id} field; else, for a JSONL line, {@code <stem>#<line>} (1-based line
 * number); for a JSON array element, {@code <stem>#<index>} (0-based index); for a single-object JSON
 * file, the stem, like any whole-file report. Failures name {@code file:line} or {@code file#index}.
 */
final class JsonRecordReader {
    private final ObjectMapper json;
    private final HtmlExtractor html;

    JsonRecordReader(ObjectMapper json, HtmlExtractor html) {
        this.json = json;
        this.html = html;
    }

    void readJson(String path, String stem, String text, Outcomes outcomes) throws ReadProblem {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ReadProblem(JsonErrors.describe(e, true));
        }
        if (root != null && root.isObject()) {
            record(root, stem, path, path, outcomes);
        } else if (root != null && root.isArray()) {
            for (int index = 0; index < root.size(); index++) {
                record(root.get(index), stem + "#" + index, path, path + "#" + index, outcomes);
            }
        } else {
            throw new ReadProblem("JSON file holds neither an object nor an array of objects");
        }
    }

    void readJsonLines(String path, String stem, String text, Outcomes outcomes) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            String where = path + ":" + lineNumber;
            try {
                record(json.readTree(lines[i]), stem + "#" + lineNumber, path, where, outcomes);
            } catch (JsonProcessingException e) {
                outcomes.fail(where, JsonErrors.describe(e, false));
            }
        }
    }

    private void record(JsonNode record, String defaultId, String path, String where, Outcomes outcomes) {
        if (record == null || !record.isObject()) {
            outcomes.fail(where, "record is not a JSON object");
            return;
        }
        ReportMetadata metadata = JsonFields.metadata(record, "JSON record");
        String name = metadata.id() == null ? "record" : "record \"" + metadata.id() + "\"";
        JsonNode text = firstPresent(record, JsonFields.TEXT_FIELDS);
        JsonNode markup = record.get("html");
        try {
            if (text != null) {
                if (!text.isTextual()) {
                    throw new ReadProblem(name + " has a text field that is not a string");
                }
                if (text.asText().isBlank()) {
                    throw new ReadProblem(name + " has an empty text");
                }
                outcomes.add(Documents.of(defaultId, path, text.asText(), metadata));
            } else if (markup != null && markup.isTextual()) {
                ExtractedHtml page = html.extract(markup.asText());
                outcomes.add(Documents.of(defaultId, path, page.text(), page.metadata().overriddenBy(metadata)));
            } else {
                throw new ReadProblem(name + " has no text, html or content");
            }
        } catch (ReadProblem e) {
            outcomes.fail(where, e.reason().startsWith("record") ? e.reason() : name + ": " + e.reason());
        }
    }

    private static JsonNode firstPresent(JsonNode record, String[] names) {
        for (String name : names) {
            JsonNode node = record.get(name);
            if (node != null && !node.isNull()) {
                return node;
            }
        }
        return null;
    }
}
