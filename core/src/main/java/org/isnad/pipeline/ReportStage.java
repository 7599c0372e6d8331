package org.isnad.pipeline;

/**
 * A per-report stage: sees one report only, so reports can be analysed independently and in
 * parallel. Implementations are immutable after construction and safe to share across threads.
 */
public interface ReportStage {
    AnalysedReport apply(AnalysedReport report);
}
