package org.isnad.bench.review;

import java.util.List;
import org.isnad.Isnad;
import org.isnad.RunOptions;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.pipeline.AnalysedReport;
import org.isnad.pipeline.ProgressListener;
import org.isnad.pipeline.Timeline;

/**
 * Analyses one record as a run of its own, through the facade {@code isnad analyze} uses
 * ({@link Isnad#analyse}: the per-report stages, then the story calendar and publication bounds).
 * A run of one keeps a record's timexes independent of the other records, so a verdict stays valid
 * when the sample file or the rest of the run changes; what a record would borrow from other reports
 * of the same story (the story calendar) is not seen.
 */
public final class RecordRun {
    private final Isnad isnad = Isnad.create(new ArabicLanguagePack());

    /** What {@code analyze} would write for this record alone. Thread-safe. */
    public Result analyse(ReviewRecord record) {
        Timeline t = isnad.analyse(List.of(record.document()), RunOptions.defaults(), ProgressListener.NONE);
        return new Result(record, t.reports().get(0), t);
    }

    /** A record, its analysed report and the run's timeline (time zone, story calendar). */
    public record Result(ReviewRecord record, AnalysedReport report, Timeline timeline) {
    }
}
