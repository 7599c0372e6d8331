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
 */
public record TimeContext(LocalDate publication, LocalDateTime reference, StoryCalendar story, ResolutionPolicy policy,
                          ZoneOffset zone) {
    public TimeContext withStory(StoryCalendar s, ZoneOffset z) {
        return new TimeContext(publication, reference, s, policy, z);
    }
}
