package org.isnad.pipeline;

import java.util.List;
import org.isnad.model.StoryCalendar;

/**
 * The result of a run, in memory: what {@code timeline.json} is written from.
 *
 * @param engine   name and version of the engine
 * @param timezone the offset assumed for local times, e.g. {@code +03:00}
 */
public record Timeline(String engine, String timezone, StoryCalendar story, List<AnalysedReport> reports) {
    public Timeline {
        reports = List.copyOf(reports);
    }
}
