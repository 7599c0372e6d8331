package org.isnad.model;

import java.time.LocalDate;

/** The span of days the reports of a run establish together; both ends null when unknown. */
public record StoryCalendar(LocalDate earliest, LocalDate latest) {
    public static final StoryCalendar UNKNOWN = new StoryCalendar(null, null);
}
