package org.isnad.pipeline;

import java.util.List;

/** All reports of one run, as the corpus stages see and extend them. */
public record Run(List<AnalysedReport> reports) {
    public Run {
        reports = List.copyOf(reports);
    }
}
