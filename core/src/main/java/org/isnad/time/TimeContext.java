package org.isnad.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.isnad.model.StoryCalendar;

/**
 * What a report's time expressions are resolved against.
 *
 * @param publication the report's publication day, null when unknown
 * @param reference   a "now" to resolve against when there is no publication (test vectors); null in news
 * @param story       the run's story calendar, {@link StoryCalendar#UNKNOWN} before the corpus stage
 * @param zone        the run's offset, to which times given in another zone are converted
 * @param publishedBy the latest day a report of unknown publication can have been published (the day it was
 *                    fetched, or last updated), else null
 */
public record TimeContext(LocalDate publication, LocalDateTime reference, StoryCalendar story, ResolutionPolicy policy,
                          ZoneOffset zone, LocalDate publishedBy) {
    /** A context with no such latest day: a publication, a reference, or neither. */
    public TimeContext(LocalDate publication, LocalDateTime reference, StoryCalendar story, ResolutionPolicy policy, ZoneOffset zone) {
        this(publication, reference, story, policy, zone, null);
    }

    public TimeContext withStory(StoryCalendar s, ZoneOffset z) {
        return new TimeContext(publication, reference, s, policy, z, publishedBy);
    }
}
