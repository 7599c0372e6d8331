package org.isnad.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Predicate;
import org.isnad.model.Span;
import org.isnad.model.StoryCalendar;

/**
 * What a report's time expressions are resolved against.
 *
 * @param publication the report's publication day, null when unknown
 * @param reference   a "now" to resolve against when there is no publication (test vectors); null in news
 * @param story       the run's story calendar, {@link StoryCalendar#UNKNOWN} before the corpus stage
 * @param zone        the run's offset, to which times given in another zone are converted
 * @param inQuote     whether an original span sits inside reported speech
 */
public record TimeContext(LocalDate publication, LocalDateTime reference, StoryCalendar story, ResolutionPolicy policy,
                          ZoneOffset zone, Predicate<Span> inQuote) {
    public TimeContext withStory(StoryCalendar s, ZoneOffset z) {
        return new TimeContext(publication, reference, s, policy, z, inQuote);
    }
}
