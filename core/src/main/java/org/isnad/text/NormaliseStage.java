package org.isnad.text;

import org.isnad.pipeline.AnalysedReport;
import org.isnad.pipeline.ReportStage;

/** Adds the normalised view of a report's text. */
public final class NormaliseStage implements ReportStage {
    private final Normaliser normaliser;

    public NormaliseStage(Normaliser normaliser) {
        this.normaliser = normaliser;
    }

    @Override
    public AnalysedReport apply(AnalysedReport report) {
        return report.withNormalised(normaliser.normalise(report.text()));
    }
}
