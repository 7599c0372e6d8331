package org.isnad.bench.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.bench.BenchException;
import org.isnad.io.ReadOptions;
import org.isnad.io.ReadResult;
import org.isnad.io.ReportReader;
import org.isnad.model.Document;

/**
 * The records of a JSONL file as {@code isnad analyze} reads them ({@link ReportReader}, default
 * options: the same text, publisher and publication day a user gets), each named by its record id.
 * A SaudiNewsNet line carries {@code source_file} and {@code index_in_file}, which name it whatever
 * its line in the sample file; the reader's own id ({@code <stem>#<line>}) is kept for other files.
 *
 * @param records    the readable records, in file order
 * @param unreadable records the reader skipped (an empty text, for instance)
 */
public record ReviewCorpus(List<ReviewRecord> records, int unreadable) {
    private static final Pattern LINE = Pattern.compile("#(?<line>\\d+)$");

    public ReviewCorpus {
        records = List.copyOf(records);
    }

    public static ReviewCorpus load(Path jsonl) {
        return load(jsonl, id -> true);
    }

    /** Only the records whose id {@code wanted} accepts; the others are read but not kept. */
    public static ReviewCorpus load(Path jsonl, Predicate<String> wanted) {
        if (!Files.isRegularFile(jsonl)) {
            throw new BenchException("review data not found: " + jsonl.toAbsolutePath().normalize());
        }
        ReadResult read = new ReportReader(ReadOptions.defaults()).read(List.of(jsonl.toString()));
        Map<Integer, String> ids = recordIds(jsonl);
        List<ReviewRecord> records = new ArrayList<>();
        for (Document d : read.documents()) {
            Matcher m = LINE.matcher(d.id());
            String id = m.find() ? ids.getOrDefault(Integer.parseInt(m.group("line")), d.id()) : d.id();
            if (wanted.test(id)) {
                records.add(new ReviewRecord(id, d));
            }
        }
        return new ReviewCorpus(records, read.failures().size());
    }

    /** 1-based line number → {@code <day file>#<index>}, for the lines that say where they come from. */
    private static Map<Integer, String> recordIds(Path jsonl) {
        List<String> lines;
        try {
            lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Map.of(); // the reader has already said what is wrong with the file
        }
        ObjectMapper json = new ObjectMapper();
        Map<Integer, String> ids = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode r = json.readTree(lines.get(i));
                JsonNode file = r.get("source_file");
                JsonNode index = r.get("index_in_file");
                if (file != null && file.isTextual() && index != null && index.canConvertToLong()) {
                    // "dataset/2015-08-11.zip:2015-08-11.json" → "2015-08-11.json"
                    String name = file.asText().substring(file.asText().lastIndexOf(':') + 1);
                    ids.put(i + 1, name.substring(name.lastIndexOf('/') + 1) + "#" + index.asLong());
                }
            } catch (IOException e) {
                // a malformed line: the reader skips it too
            }
        }
        return ids;
    }
}
