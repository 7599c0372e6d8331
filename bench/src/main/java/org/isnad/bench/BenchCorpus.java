package org.isnad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.io.ReadOptions;
import org.isnad.io.ReadResult;
import org.isnad.io.ReportReader;
import org.isnad.model.Document;

/**
 * The documents of a bench run, read once before anything is timed. The texts come from
 * {@link ReportReader} with its default options (so a bench sees what {@code isnad analyze} sees);
 * the creation times from the records' {@code date_extracted} field, which the reader does not map.
 *
 * @param reports        the reports, in file order, at most the limit asked for
 * @param unreadable     records the reader skipped (an empty text, for instance)
 * @param undated        readable records left out because they carry no date at all
 */
public record BenchCorpus(List<BenchReport> reports, int unreadable, int undated) {
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public BenchCorpus {
        reports = List.copyOf(reports);
    }

    /** Reads {@code path} (one file); {@code limit} ≤ 0 means every report. */
    public static BenchCorpus load(Path path, int limit) {
        if (!Files.isRegularFile(path)) {
            throw new BenchException("bench data not found: " + path.toAbsolutePath().normalize()
                    + "\n  give the JSONL file as an argument, or set ISNAD_BENCH_DATA"
                    + " (the default is " + BenchOptions.DEFAULT_DATA + " under the repository's parent folder)");
        }
        ReadResult read = new ReportReader(ReadOptions.defaults()).read(List.of(path.toString()));
        Map<Integer, LocalDateTime> dates = path.toString().endsWith(".jsonl") ? lineDates(path) : Map.of();
        List<BenchReport> reports = new ArrayList<>();
        int undated = 0;
        for (Document d : read.documents()) {
            if (limit > 0 && reports.size() == limit) {
                break;
            }
            LocalDateTime created = created(d, dates);
            if (created == null) {
                undated++;
            } else {
                reports.add(new BenchReport(d, created));
            }
        }
        return new BenchCorpus(reports, read.failures().size(), undated);
    }

    public long chars() {
        long n = 0;
        for (BenchReport r : reports) {
            n += r.text().length();
        }
        return n;
    }

    private static LocalDateTime created(Document d, Map<Integer, LocalDateTime> dates) {
        LocalDateTime t = dates.get(JsonlFields.line(d));
        if (t != null) {
            return t;
        }
        return d.publication().isKnown() ? d.publication().published().atStartOfDay() : null;
    }

    /** 1-based line number → {@code date_extracted}, for the lines that have a readable one. */
    private static Map<Integer, LocalDateTime> lineDates(Path path) {
        return JsonlFields.byLine(path, record -> {
            JsonNode date = record.get("date_extracted");
            try {
                return date != null && date.isTextual() ? parse(date.asText().trim()) : null;
            } catch (DateTimeParseException e) {
                return null; // no usable date on this line: the report falls back on its publication day
            }
        });
    }

    private static LocalDateTime parse(String s) {
        return s.length() == 10 ? java.time.LocalDate.parse(s).atStartOfDay()
                : s.contains("T") ? LocalDateTime.parse(s) : LocalDateTime.parse(s, SPACED);
    }
}
