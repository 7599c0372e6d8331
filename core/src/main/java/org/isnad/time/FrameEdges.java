package org.isnad.time;

import static org.isnad.time.TimexResolver.EXPLICIT;
import static org.isnad.time.TimexValues.days;

import java.time.LocalDate;
import java.time.YearMonth;
import org.isnad.time.TimexResolver.Day;

/**
 * The first or last counted units of a year or a month ("الأشهر الستة الأولى من العام الجاري",
 * "الأيام العشرة الأخيرة من الشهر"): a stretch of days at one edge of the frame, not a bare
 * length, since the frame fixes where it lies.
 */
final class FrameEdges {
    private FrameEdges() {
    }

    /** The stretch, or null when the frame or the unit does not fix one (the caller reads a duration then). */
    static Timex resolve(Timex t, TimeFields f, Day now) {
        String unit = f.get(Field.UNIT, String.class);
        if (unit == null || !f.has(Field.COUNT) || !(unit.equals("D") || unit.equals("W") || unit.equals("M"))) {
            return null;
        }
        LocalDate[] frame = frame(f, now);
        if (frame == null && f.has(Field.RELUNIT) && now.date() == null) {
            // "الأشهر الستة الأولى من العام" with no year to count from: still a stretch of a year, not a length.
            return TimexValues.unresolved(t, TimexType.DATE, null, "an edge of a year or month the report does not date");
        }
        if (frame == null) {
            return null;
        }
        int n = f.integer(Field.COUNT);
        boolean first = f.integer(Field.EDGE) > 0;
        LocalDate from;
        LocalDate to;
        if (first) {
            from = frame[0];
            to = step(from, n, unit).minusDays(1);
        } else {
            to = frame[1];
            from = step(to.plusDays(1), -n, unit);
        }
        if (from.isBefore(frame[0]) || to.isAfter(frame[1]) || to.isBefore(from)) {
            return null; // more units than the frame holds: not an edge of it
        }
        boolean explicit = f.has(Field.YEAR);
        return days(t, from + "/" + to, from, to, explicit ? EXPLICIT : now.anchor());
    }

    /** The first and last day of the year or month the expression names, or null. */
    private static LocalDate[] frame(TimeFields f, Day now) {
        String relunit = f.get(Field.RELUNIT, String.class);
        int rel = f.has(Field.REL) ? f.integer(Field.REL) : 0;
        if (f.has(Field.YEAR) && f.has(Field.MONTH)) {
            return month(YearMonth.of(f.integer(Field.YEAR), f.integer(Field.MONTH)));
        }
        if (f.has(Field.YEAR)) {
            return year(Calendars.fullYear(f.integer(Field.YEAR)));
        }
        if (relunit == null || now.date() == null) {
            return null;
        }
        return switch (relunit) {
            case "Y" -> year(now.date().getYear() + rel);
            case "M" -> month(YearMonth.from(now.date()).plusMonths(rel));
            default -> null;
        };
    }

    private static LocalDate[] year(int y) {
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
    }

    private static LocalDate[] month(YearMonth ym) {
        return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
    }

    private static LocalDate step(LocalDate from, int n, String unit) {
        return switch (unit) {
            case "M" -> from.plusMonths(n);
            case "W" -> from.plusWeeks(n);
            default -> from.plusDays(n);
        };
    }
}
