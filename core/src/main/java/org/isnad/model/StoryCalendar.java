package org.isnad.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The days the reports of a run establish together: the span of their complete dates and the
 * weekdays they name with a date ("السبت 7 ديسمبر"), so that a bare "السبت" elsewhere in the run can
 * be read as a careful reader of all the reports would read it.
 *
 * @param weekdays ISO day-of-week number (1 = Monday) to the one date the run gives it
 * @param reports how many reports gave the dates: a story told by one report alone is only its own dates
 */
public record StoryCalendar(LocalDate earliest, LocalDate latest, Map<Integer, LocalDate> weekdays, int reports) {
    public static final StoryCalendar UNKNOWN = new StoryCalendar(null, null, Map.of(), 0);

    public StoryCalendar {
        weekdays = Map.copyOf(weekdays);
    }

    public boolean isKnown() {
        return earliest != null;
    }

    /** The year that puts a day and month inside the story, or nearest to it; null when unknown. */
    public Integer yearFor(int month, int day) {
        if (!isKnown()) {
            return null;
        }
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = earliest.getYear() - 1; y <= latest.getYear() + 1; y++) {
            LocalDate d;
            try {
                d = LocalDate.of(y, month, day);
            } catch (java.time.DateTimeException e) {
                continue;
            }
            long distance = d.isBefore(earliest) ? ChronoUnit.DAYS.between(d, earliest)
                    : d.isAfter(latest) ? ChronoUnit.DAYS.between(latest, d) : 0;
            if (distance < bestDistance) {
                best = y;
                bestDistance = distance;
            }
        }
        return best;
    }
}
