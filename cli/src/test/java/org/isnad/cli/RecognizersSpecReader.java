package org.isnad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the Recognizers-Text DateTime spec files (JSON arrays of cases, some with a byte-order
 * mark). A result's end is given as {@code Length} or as an inclusive {@code End}; its value as
 * {@code Value.Timex}, {@code Value.values[].timex} or {@code Resolution.values[].timex}.
 */
final class RecognizersSpecReader {
    /** The "now" of a case that gives none: the one most of the specs' relative cases use. */
    static final LocalDateTime DEFAULT_REFERENCE = LocalDateTime.of(2016, 11, 7, 0, 0);

    private final ObjectMapper json = new ObjectMapper();
    private final SpecSpanLocator locator;

    RecognizersSpecReader(SpecSpanLocator locator) {
        this.locator = locator;
    }

    /** Every case of every {@code *.json} file in the folder, files in name order. */
    List<RecognizersCase> read(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<RecognizersCase> out = new ArrayList<>();
        for (Path file : files) {
            out.addAll(read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        return out;
    }

    List<RecognizersCase> read(String file, String text) throws IOException {
        JsonNode cases = json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<RecognizersCase> out = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            JsonNode c = cases.get(i);
            String input = c.path("Input").asText();
            List<RecognizersCase.Expected> expected = new ArrayList<>();
            for (JsonNode r : c.path("Results")) {
                expected.add(expected(input, r));
            }
            out.add(new RecognizersCase(file, i, input, reference(c.path("Context").path("ReferenceDateTime").asText("")), expected));
        }
        return out;
    }

    private RecognizersCase.Expected expected(String input, JsonNode r) {
        String text = r.path("Text").asText();
        int start = r.path("Start").asInt(-1);
        int length = r.has("Length") ? r.path("Length").asInt() : r.path("End").asInt(start - 1) - start + 1;
        SpecSpanLocator.Located at = locator.locate(input, text, start, length);
        String type = r.has("Type") ? r.path("Type").asText() : r.path("TypeName").asText();
        // Value.Timex in parser files; Value.values[] or Resolution.values[] (or "not resolved") in the others.
        JsonNode value = r.has("Value") ? r.path("Value") : r.path("Resolution");
        Set<String> timexes = new LinkedHashSet<>();
        timexes.add(value.path("Timex").asText(""));
        String mod = value.path("Mod").asText(null);
        for (JsonNode v : value.path("values")) {
            timexes.add(v.path("timex").asText(""));
            mod = mod != null ? mod : v.path("Mod").asText(null);
        }
        timexes.removeIf(String::isBlank);
        return new RecognizersCase.Expected(text, at.span(), at.how(), type, List.copyOf(timexes), mod);
    }

    /** The local date-time the spec means; an offset some cases carry ("+08:00") is dropped. */
    static LocalDateTime reference(String s) {
        if (s.isBlank()) {
            return DEFAULT_REFERENCE;
        }
        LocalDateTime t;
        try {
            t = OffsetDateTime.parse(s).toLocalDateTime();
        } catch (DateTimeParseException e) {
            t = LocalDateTime.parse(s);
        }
        return t.truncatedTo(ChronoUnit.SECONDS);
    }
}
