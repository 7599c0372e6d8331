package org.isnad.time;

import static org.isnad.time.Calendars.isoWeek;
import static org.isnad.time.Calendars.partOfMonth;
import static org.isnad.time.Calendars.partOfYear;
import static org.isnad.time.Calendars.seasonStart;
import static org.isnad.time.TimexResolver.EXPLICIT;
import static org.isnad.time.TimexValues.days;
import static org.isnad.time.TimexValues.unresolved;
import static org.isnad.time.TimexValues.unresolvedValue;
import static org.isnad.time.TimexValues.wholeDay;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.isnad.time.TimexResolver.Day;

/**
 * Values coarser than a day: a month, a year or a season (or its start, middle or end), and a
 * calendar unit counted from now ("الأسبوع الماضي", "نهاية الشهر المقبل").
 */
final class CoarseValues {
    private CoarseValues() {
    }

    /**
     * "الشهر القادم", "السنة القادمة" said with a month, a day or a weekday ("آخر اثنين من الشهر
     * القادم"), or a year with a feast ("عيد الشكر هذا العام"), fix the month or year those are counted in.
     */
    static TimeFields frame(TimeFields f, Day now) {
        String unit = f.get(Field.RELUNIT, String.class);
        boolean framed = f.has(Field.MONTH) || f.has(Field.NTH) || f.has(Field.DAY) || f.has(Field.SEASON) || f.has(Field.QUARTER)
                || f.has(Field.WEEKDAY) && !"W".equals(unit) || f.has(Field.HOLIDAY) && "Y".equals(unit);
        if (unit == null || unit.equals("W") || !framed || now.date() == null) {
            return f;
        }
        int rel = f.has(Field.REL) ? f.integer(Field.REL) : 0;
        TimeFields out = f.with(Field.RELUNIT, null).with(Field.REL, null);
        if (unit.equals("Y")) {
            return out.with(Field.YEAR, now.date().getYear() + rel);
        }
        YearMonth ym = YearMonth.from(now.date()).plusMonths(rel);
        return out.with(Field.YEAR, ym.getYear()).with(Field.MONTH, ym.getMonthValue());
    }

    /**
     * The first day of "عطلة نهاية الأسبوع" said with no "this", "last" or "next": the weekend around
     * now, else the one before or after it the sentence's tense points to, else the one the weekday
     * policy picks (news: the nearer; a Monday's is the one just gone, not the one four days away).
     */
    private static LocalDate bareWeekend(LocalDate d, DayOfWeek start, int length, TimeFields f, ResolutionPolicy policy) {
        LocalDate current = d.with(TemporalAdjusters.previousOrSame(start));
        if (!d.isAfter(current.plusDays(length))) {
            return current;
        }
        LocalDate next = d.with(TemporalAdjusters.next(start));
        Integer tense = f.integer(Field.TENSE);
        ResolutionPolicy.Direction dir = tense == null || tense == 0 ? policy.weekday()
                : tense < 0 ? ResolutionPolicy.Direction.PREVIOUS : ResolutionPolicy.Direction.NEXT;
        return switch (dir) {
            case NEXT -> next;
            case PREVIOUS, PAST -> current;
            case NEAREST -> java.time.temporal.ChronoUnit.DAYS.between(current.plusDays(length), d)
                    < java.time.temporal.ChronoUnit.DAYS.between(d, next) ? current : next;
        };
    }

    /** A week, day, month or year counted from now; a weekday of a relative week is that day. */
    static Timex relativeUnit(Timex t, TimeFields f, Day now, ResolutionPolicy policy, java.time.LocalDateTime reference) {
        if (now.date() == null) {
            return unresolved(t, TimexType.DATE, null, null);
        }
        int rel = f.has(Field.REL) ? f.integer(Field.REL) : 0;
        LocalDate d = now.date();
        if (f.has(Field.WITHIN)) {
            Timex unit = relativeUnit(t, f.with(Field.WITHIN, null), now, policy, reference);
            return rel != 0 || unit.earliest() == null ? unit : cutAtNow(unit, f.integer(Field.WITHIN), d, reference);
        }
        if (f.has(Field.REST)) {
            if (reference != null && "D".equals(f.get(Field.RELUNIT, String.class))) {
                // "بقية اليوم" from a known instant: to the day's last minute.
                return t.withResolution(TimexType.TIME, TimexValues.minute(reference) + "/" + TimexValues.minute(d.atTime(23, 59)),
                        TimexValues.minute(reference), TimexValues.minute(d.atTime(23, 59)), now.anchor(), null);
            }
            return restOf(t, f.get(Field.RELUNIT, String.class), d, now.anchor());
        }
        switch (f.get(Field.RELUNIT, String.class)) {
            case "W" -> {
                if (f.has(Field.WEEKEND)) {
                    int[] weekend = policy.weekend();
                    int length = Math.floorMod(weekend[1] - weekend[0], 7);
                    LocalDate first = f.has(Field.REL)
                            ? d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(rel).plusDays(weekend[0] - 1L)
                            : bareWeekend(d, DayOfWeek.of(weekend[0]), length, f, policy);
                    LocalDate last = first.plusDays(length);
                    return days(t, isoWeek(first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))) + "-WE", first, last, now.anchor());
                }
                LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(rel);
                if (f.has(Field.WEEKDAY)) {
                    LocalDate day = monday.plusDays(f.integer(Field.WEEKDAY) - 1L);
                    return wholeDay(t, day, now.anchor());
                }
                // "مطلع الأسبوع": its first third.
                java.time.LocalDateTime[] part = ClockTimes.partOf(monday.atStartOfDay(), monday.plusDays(6).atTime(23, 59),
                        f.get(Field.PART, String.class));
                return t.withResolution(TimexType.DATE, isoWeek(monday), TimexValues.minute(part[0]), TimexValues.minute(part[1]),
                        now.anchor(), null);
            }
            case "D" -> {
                return wholeDay(t, d.plusDays(rel), now.anchor());
            }
            case "H" -> {
                // "الساعة القادمة": from a known instant, the hour after it; from a day, that day.
                if (reference == null) {
                    return wholeDay(t, d, now.anchor());
                }
                java.time.LocalDateTime from = rel < 0 ? reference.minusHours(1) : rel > 0 ? reference : reference.withMinute(0);
                java.time.LocalDateTime to = rel < 0 ? reference : from.plusHours(1);
                return t.withResolution(TimexType.TIME, TimexValues.minute(from) + "/" + TimexValues.minute(to),
                        TimexValues.minute(from), TimexValues.minute(to), now.anchor(), null);
            }
            case "M" -> {
                YearMonth ym = YearMonth.from(d).plusMonths(rel);
                int[] part = partOfMonth(f.get(Field.PART, String.class), ym.lengthOfMonth());
                return days(t, ym.toString(), ym.atDay(part[0]), ym.atDay(part[1]), now.anchor());
            }
            case "Q" -> {
                // "الربع الماضي": the quarter of the year before the one now is in.
                YearMonth first = quarterStart(d).plusMonths(3L * rel);
                java.time.LocalDateTime[] part = ClockTimes.partOf(first.atDay(1).atStartOfDay(), first.plusMonths(2).atEndOfMonth().atTime(23, 59),
                        f.get(Field.PART, String.class));
                return days(t, TimexValues.year(first.getYear()) + "-Q" + ((first.getMonthValue() - 1) / 3 + 1),
                        part[0].toLocalDate(), part[1].toLocalDate(), now.anchor());
            }
            default -> {
                int y = d.getYear() + rel;
                int[] months = partOfYear(f.get(Field.PART, String.class));
                return days(t, TimexValues.year(y), LocalDate.of(y, months[0], 1), YearMonth.of(y, months[1]).atEndOfMonth(), now.anchor());
            }
        }
    }

    /** "بقية الأسبوع": from now to the end of the unit now is in. */
    /** A unit now is in, its bounds stopped at now: after it ({@code side} +1) or before it (-1). */
    private static Timex cutAtNow(Timex unit, int side, LocalDate d, java.time.LocalDateTime reference) {
        String earliest = unit.earliest();
        String latest = unit.latest();
        if (side > 0) {
            String cut = TimexValues.minute(reference != null ? reference : d.atStartOfDay());
            earliest = cut.compareTo(earliest) > 0 ? cut : earliest;
        } else {
            String cut = TimexValues.minute(reference != null ? reference : d.atTime(23, 59));
            latest = cut.compareTo(latest) < 0 ? cut : latest;
        }
        return unit.withResolution(unit.type(), unit.value(), earliest, latest, unit.anchor(), unit.note());
    }

    private static Timex restOf(Timex t, String unit, LocalDate d, String anchor) {
        LocalDate end = switch (unit) {
            case "W" -> d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case "M" -> YearMonth.from(d).atEndOfMonth();
            case "Y" -> LocalDate.of(d.getYear(), 12, 31);
            case "Q" -> quarterStart(d).plusMonths(2).atEndOfMonth();
            default -> d;
        };
        return days(t, d + "/" + end, d, end, anchor);
    }

    /** The first month of the quarter of the year {@code d} is in. */
    private static YearMonth quarterStart(LocalDate d) {
        return YearMonth.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1);
    }

    /**
     * The year whose season {@code rel} points at from {@code now}: the coming one (+1), the last
     * one over (-1), or the one now is in, else the nearest (0). A winter is the year it starts in.
     */
    private static int seasonYear(String season, int rel, LocalDate now) {
        int best = now.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int y = now.getYear() - 1; y <= now.getYear() + 1; y++) {
            LocalDate from = LocalDate.of(y, seasonStart(season), 1);
            LocalDate to = from.plusMonths(3).minusDays(1);
            boolean ok = rel > 0 ? from.isAfter(now) : rel < 0 ? to.isBefore(now) : true;
            long distance = now.isBefore(from) ? from.toEpochDay() - now.toEpochDay()
                    : now.isAfter(to) ? now.toEpochDay() - to.toEpochDay() : 0;
            if (ok && distance < bestDistance) {
                best = y;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** A month, season or year, the year of a month said alone taken from the report's anchors. */
    static Timex coarse(Timex t, TimeFields f, ReportAnchors anchors, Day now) {
        Integer year = f.integer(Field.YEAR);
        String anchor = EXPLICIT;
        if (year == null && f.has(Field.SEASON) && now.date() != null) {
            // "هذا الصيف", "الربيع القادم": the season's occurrence around now the words point at.
            year = seasonYear(f.get(Field.SEASON, String.class), f.has(Field.REL) ? f.integer(Field.REL) : 0, now.date());
            anchor = now.anchor();
        }
        if (year == null && f.has(Field.MONTH)) {
            Day y = anchors.yearFor(f, t.span());
            if (y.date() == null) {
                return unresolved(t, TimexType.DATE, unresolvedValue(f), null);
            }
            year = y.date().getYear();
            anchor = y.anchor();
        }
        if (year == null) {
            return unresolved(t, TimexType.DATE, null, null);
        }
        if (f.has(Field.MONTH)) {
            YearMonth ym = YearMonth.of(year, f.integer(Field.MONTH));
            int[] half = f.has(Field.QUARTER) ? f.get(Field.QUARTER, int[].class) : null;
            if (half != null && half[1] == 6) {
                // "النصف الثاني من الشهر": a month halves at its 15th; TIMEX3 has no half-month, so the days.
                boolean first = half[0] == 1;
                LocalDate from = first ? ym.atDay(1) : ym.atDay(16);
                LocalDate to = first ? ym.atDay(15) : ym.atEndOfMonth();
                return days(t, from + "/" + to, from, to, anchor);
            }
            int[] part = partOfMonth(f.get(Field.PART, String.class), ym.lengthOfMonth());
            // Mid-month is the month with mod MID, its middle ten days as bounds (TIMEX3); a convention
            // that writes it as its middle day (Duckling's) says so in its policy.
            String value = "MID".equals(f.get(Field.PART, String.class)) && anchors.context().policy().midMonthDay() ? ym.atDay(15).toString() : ym.toString();
            return days(t, value, ym.atDay(part[0]), ym.atDay(part[1]), anchor);
        }
        if (f.has(Field.SEASON)) {
            String s = f.get(Field.SEASON, String.class);
            LocalDate from = LocalDate.of(year, seasonStart(s), 1);
            LocalDate to = from.plusMonths(3).minusDays(1);
            java.time.LocalDateTime[] part = ClockTimes.partOf(from.atStartOfDay(), to.atTime(23, 59), f.get(Field.PART, String.class));
            return days(t, TimexValues.year(year) + "-" + s, part[0].toLocalDate(), part[1].toLocalDate(), anchor);
        }
        if (f.has(Field.QUARTER)) {
            // "الربع الثالث" 2016-Q3, "النصف الأول" 2016-H1.
            int[] q = f.get(Field.QUARTER, int[].class);
            YearMonth first = YearMonth.of(year, (q[0] - 1) * q[1] + 1);
            String name = (q[1] == 3 ? "Q" : "H") + q[0];
            return days(t, TimexValues.year(year) + "-" + name, first.atDay(1), first.plusMonths(q[1] - 1L).atEndOfMonth(), anchor);
        }
        int[] months = partOfYear(f.get(Field.PART, String.class));
        LocalDate from = LocalDate.of(year, months[0], 1);
        LocalDate to = YearMonth.of(year, months[1]).atEndOfMonth();
        return days(t, TimexValues.year(year), from, to, anchor);
    }
}
