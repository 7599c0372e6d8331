package org.isnad.time;

import static org.isnad.time.TimexResolver.EXPLICIT;
import static org.isnad.time.TimexResolver.REPORT;
import static org.isnad.time.TimexResolver.UNRESOLVED;
import static org.isnad.time.TimexValues.unresolved;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Set;
import org.isnad.time.TimexResolver.Day;

/**
 * Times that count units: a duration ("يومين"), the point N units before now ("قبل 3 أيام"), and
 * the point N units before or after an event the report just told ("بعد 4 أيام من تلك الرحلة").
 */
final class CountedTimes {
    /** Words that point back at an event the report just told ("تلك", "ذلك"). */
    private final Set<String> anaphors;

    CountedTimes(Collection<String> anaphors) {
        this.anaphors = Set.copyOf(anaphors);
    }

    /** A count of units said as a length of time: "P2D", "PT24H". */
    static Timex duration(Timex t, TimeFields f) {
        return t.withResolution(TimexType.DURATION, TimexValues.duration(f), null, null, EXPLICIT, null);
    }

    /** "قبل/منذ N unit": the point N units before now, at the unit's grain; a duration when there is no now. */
    static Timex ago(Timex t, TimeFields f, Day now) {
        if (!f.has(Field.COUNT)) {
            // "قبل أشهر": some months back; how many is not said.
            return unresolved(t, TimexType.DATE, null, "an unstated number of units back");
        }
        if (now.date() == null) {
            return duration(t, f);
        }
        return shifted(t, f, now.date(), -f.integer(Field.COUNT), now.anchor());
    }

    /**
     * A time hanging on an event: counted from the report's last established date when the event
     * is one the report just told; otherwise left for the event layer to date.
     */
    Timex relativeToEvent(Timex t, TimeFields f, LocalDate established) {
        boolean anaphoric = t.relativeTo() != null && t.fields().has(Field.COUNT) && isAnaphor(t.relativeTo());
        if (anaphoric && established != null) {
            int n = f.integer(Field.COUNT) * (f.has(Field.DIR) ? f.integer(Field.DIR) : 1);
            return shifted(t, f, established, n, REPORT);
        }
        return t.withResolution(f.has(Field.POD) ? TimexType.TIME : TimexType.DATE, null, null, null, UNRESOLVED, null);
    }

    /** The day {@code n} units of the expression's unit from {@code from}, written at the unit's grain. */
    private static Timex shifted(Timex t, TimeFields f, LocalDate from, int n, String anchor) {
        String unit = f.get(Field.UNIT, String.class);
        return switch (unit) {
            case "Y" -> t.withResolution(TimexType.DATE, String.valueOf(from.plusYears(n).getYear()), null, null, anchor, null);
            case "M" -> t.withResolution(TimexType.DATE, YearMonth.from(from).plusMonths(n).toString(), null, null, anchor, null);
            case "W" -> t.withResolution(TimexType.DATE, from.plusWeeks(n).toString(), null, null, anchor, null);
            case "D" -> t.withResolution(TimexType.DATE, from.plusDays(n).toString(), null, null, anchor, null);
            default -> {
                // Hours and minutes back from a day: the day is all that is known.
                long minutes = unit.equals("H") ? 60L * n : unit.equals("MIN") ? n : n / 60;
                LocalDateTime end = from.atStartOfDay().plusMinutes(minutes);
                yield t.withResolution(TimexType.DATE, end.toLocalDate().toString(), null, null, anchor, null);
            }
        };
    }

    private boolean isAnaphor(String phrase) {
        String first = phrase.strip().split("\\s+")[0];
        return anaphors.contains(first);
    }
}
