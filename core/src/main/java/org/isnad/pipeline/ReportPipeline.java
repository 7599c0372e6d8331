package org.isnad.pipeline;

import java.util.List;

/** The per-report stages in their order; see {@link org.isnad.Isnad} for where they are assembled. */
public final class ReportPipeline {
    private final List<ReportStage> stages;

    public ReportPipeline(List<ReportStage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** The stages in their order. */
    public List<ReportStage> stages() {
        return stages;
    }

    public AnalysedReport apply(AnalysedReport report) {
        AnalysedReport r = report;
        for (ReportStage s : stages) {
            r = s.apply(r);
        }
        return r;
    }
}
