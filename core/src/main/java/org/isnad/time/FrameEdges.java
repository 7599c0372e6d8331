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
            YearMonth ym = YearMonth.of(f.integer(Field.YEAR), f.integer(Field.MONTH));
            return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
        }
        if (f.has(Field.YEAR) && !f.has(Field.MONTH)) {
            int y = Calendars.fullYear(f.integer(Field.YEAR));
            return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
        }
        if (relunit == null || now.date() == null) {
            return null;
        }
        return switch (relunit) {
            case "Y" -> new LocalDate[] {LocalDate.of(now.date().getYear() + rel, 1, 1), LocalDate.of(now.date().getYear() + rel, 12, 31)};
            case "M" -> {
                YearMonth ym = YearMonth.from(now.date()).plusMonths(rel);
                yield new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            default -> null;
        };
    }

    private static LocalDate step(LocalDate from, int n, String unit) {
        return switch (unit) {
            case "M" -> from.plusMonths(n);
            case "W" -> from.plusWeeks(n);
            default -> from.plusDays(n);
        };
    }
}
