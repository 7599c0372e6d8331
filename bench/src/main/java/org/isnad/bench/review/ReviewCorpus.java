package org.isnad.bench.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.isnad.bench.BenchException;
import org.isnad.bench.RecordIds;
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
        RecordIds ids = RecordIds.byDayFile(jsonl);
        List<ReviewRecord> records = new ArrayList<>();
        for (Document d : read.documents()) {
            String id = ids.of(d);
            if (wanted.test(id)) {
                records.add(new ReviewRecord(id, d));
            }
        }
        return new ReviewCorpus(records, read.failures().size());
    }
}
