package org.isnad.pipeline;

import java.util.List;
import org.isnad.model.StoryCalendar;

/**
 * All reports of one run, as the corpus stages see and extend them.
 *
 * @param timezone the offset the run's local times are in, e.g. {@code +03:00}
 */
public record Run(List<AnalysedReport> reports, StoryCalendar story, String timezone) {
    public Run {
        reports = List.copyOf(reports);
    }

    public Run withReports(List<AnalysedReport> r) {
        return new Run(r, story, timezone);
    }
}
