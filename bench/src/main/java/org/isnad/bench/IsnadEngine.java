package org.isnad.bench;

import org.isnad.Isnad;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.pipeline.AnalysedReport;

/** Isnad's per-report pipeline for Arabic, exactly as the facade runs it: {@link Isnad#analyseReport}. */
public final class IsnadEngine implements BenchEngine {
    private Isnad isnad;

    @Override
    public String name() {
        return "Isnad " + Isnad.ENGINE.replace("isnad ", "") + " (per-report pipeline)";
    }

    @Override
    public void setUp() {
        isnad = Isnad.create(new ArabicLanguagePack());
    }

    @Override
    public long process(BenchReport report) {
        AnalysedReport analysed = isnad.analyseReport(report.document());
        return analysed.timexes().size();
    }

    @Override
    public String foundUnit() {
        return "time expressions";
    }
}
