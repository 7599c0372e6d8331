package org.isnad.bench.review;

import java.util.Comparator;
import org.isnad.time.Timex;

/** A timex the engine found, with the run of the record it was found in. */
public record FoundTimex(RecordRun.Result run, Timex timex) {
    /** Record id, then position: the order a sample is drawn from, so the same pool gives the same sample. */
    public static final Comparator<FoundTimex> ORDER = Comparator
            .comparing((FoundTimex f) -> f.recordId(), ReviewRecord.ID_ORDER)
            .thenComparingInt(f -> f.timex().span().start())
            .thenComparingInt(f -> f.timex().span().end());

    public String recordId() {
        return run.record().id();
    }

    public String text() {
        return run.report().text();
    }
}
