package org.isnad.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import org.isnad.io.internal.ByteSource;
import org.isnad.io.internal.FileBytes;
import org.isnad.io.internal.Outcomes;
import org.isnad.io.internal.ReadProblem;
import org.isnad.io.internal.ReportFile;
import org.isnad.io.internal.ReportFiles;
import org.isnad.io.internal.ReportReading;

/**
 * Reads news reports from files and folders into {@link org.isnad.model.Document}s.
 *
 * <p>Supported: {@code .txt} (UTF-8 with or without BOM, UTF-16 with BOM, windows-1256, ISO-8859-6),
 * {@code .html}/{@code .htm} (main text via readability), {@code .json} (an object or an array of
 * objects) and {@code .jsonl} (one object per line). {@code NAME.meta.json} next to {@code NAME.txt} or
 * {@code NAME.html} adds or overrides metadata.
 *
 * <p>Never throws for bad input: every unreadable file, record or sidecar becomes a {@link ReadFailure}
 * and the rest is still read. Output order is deterministic: arguments in the order given, folder
 * contents sorted by path, records in file order.
 */
public final class ReportReader {
    private final ReportReading reading;

    public ReportReader(ReadOptions options) {
        this(options, new FileBytes(options.maxBytes()));
    }

    /** For tests that need reading to fail as a broken disk would. */
    ReportReader(ReadOptions options, ByteSource bytes) {
        Objects.requireNonNull(options, "options");
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.reading = new ReportReading(bytes, json);
    }

    /** Paths may be folders (all supported files inside, recursively, in sorted order) or files. */
    public ReadResult read(List<String> paths) {
        Outcomes outcomes = new Outcomes();
        for (ReportFile file : ReportFiles.expand(List.copyOf(paths), outcomes)) {
            try {
                reading.read(file, outcomes);
            } catch (ReadProblem e) {
                outcomes.fail(file.display(), e.reason());
            } catch (RuntimeException | StackOverflowError e) {
                // A bug of ours or of a library must cost one file, not the run.
                outcomes.fail(file.display(), "internal error while reading: " + e);
            }
        }
        return new ReadResult(outcomes.documents(), outcomes.failures());
    }
}
