package org.isnad.time;

import static org.isnad.time.Calendars.fullYear;
import static org.isnad.time.Calendars.holidayStart;
import static org.isnad.time.Calendars.isoWeek;
import static org.isnad.time.Calendars.nthWeekMonday;
import static org.isnad.time.Calendars.nthWeekday;
import static org.isnad.time.Calendars.pick;
import static org.isnad.time.Calendars.safe;
import static org.isnad.time.TimexResolver.EXPLICIT;
import static org.isnad.time.TimexValues.days;
import static org.isnad.time.TimexValues.minute;
import static org.isnad.time.TimexValues.unresolved;
import static org.isnad.time.TimexValues.wholeDay;

import java.time.LocalDate;
import java.time.YearMonth;
import org.isnad.model.Span;
import org.isnad.time.ResolutionPolicy.Direction;
import org.isnad.time.TimexResolver.Day;

/**
 * Days named otherwise than by day, month and year: the nth weekday, week or day of a month, a
 * holiday, a Hijri date, and a range of days of one month.
 */
final class CalendarForms {
    private CalendarForms() {
    }

    /** An all-digit date the policy reads as Hijri ("10-03-90") becomes Hijri fields; else unchanged. */
    private static final int HIJRI_YEARS_FROM = 1300;
    private static final int HIJRI_YEARS_TO = 1500;

    static TimeFields numericAsHijri(TimeFields f, ResolutionPolicy policy) {
        // A numeric date in a year 1300-1499 is Hijri whatever the policy ("25/3/1432"): no
        // report of today's news dates a day of the fifteenth century that way.
        boolean hijriYear = f.has(Field.YEAR) && f.integer(Field.YEAR) >= HIJRI_YEARS_FROM && f.integer(Field.YEAR) < HIJRI_YEARS_TO;
        if (!(f.has(Field.NUMERIC) && (policy.numericHijri() || hijriYear) && f.has(Field.YEAR) && f.has(Field.DAY))) {
            return f;
        }
        return f.with(Field.HIJRI_YEAR, f.integer(Field.YEAR)).with(Field.HIJRI_MONTH, f.integer(Field.MONTH))
                .with(Field.HIJRI_DAY, f.integer(Field.DAY)).with(Field.YEAR, null).with(Field.MONTH, null).with(Field.DAY, null);
    }

    /**
     * "الثلاثاء الثالث من أيلول" is the third Tuesday when 3 September is no Tuesday, and the
     * 3rd when it is: an ordinal day that contradicts its weekday counts weekdays instead.
     */
    /** A month has at most five of a weekday: a higher ordinal is a day of the month. */
    static final int NTH_MAX = 5;

    static TimeFields ordinalOrNth(TimeFields f, Span span, ReportAnchors anchors) {
        if (!f.has(Field.ORDINAL) || !f.has(Field.WEEKDAY) || !f.has(Field.DAY) || !f.has(Field.MONTH) || f.has(Field.NTH)) {
            return f;
        }
        Integer year = f.has(Field.YEAR) ? Integer.valueOf(fullYear(f.integer(Field.YEAR))) : null;
        if (year == null) {
            Day y = anchors.yearFor(f, span);
            year = y.date() == null ? null : y.date().getYear();
        }
        LocalDate d = year == null ? null : safe(year, f.integer(Field.MONTH), f.integer(Field.DAY));
        if (d == null || d.getDayOfWeek().getValue() == f.integer(Field.WEEKDAY) || f.integer(Field.DAY) > NTH_MAX) {
            return f;
        }
        return f.with(Field.NTH, f.integer(Field.DAY)).with(Field.DAY, null).with(Field.ORDINAL, null);
    }

    /**
     * The nth day of a year, or its last week, is that of a month ("آخر يوم في العام" is the last of
     * December, "اليوم الأول من العام" the first of January); a year's nth week stays a week of the year.
     */
    static TimeFields nthOfYear(TimeFields f) {
        if (!f.has(Field.NTH) || !f.has(Field.YEAR) || f.has(Field.MONTH) || f.has(Field.WEEKDAY)) {
            return f;
        }
        boolean last = f.integer(Field.NTH) < 0;
        boolean week = "W".equals(f.get(Field.NTHUNIT, String.class));
        return week && !last ? f : f.with(Field.MONTH, last ? 12 : 1);
    }

    /** The nth or last weekday, week or day of a month. */
    static Timex nth(Timex t, TimeFields f, ReportAnchors anchors) {
        String anchor = EXPLICIT;
        Integer year = f.has(Field.YEAR) ? Integer.valueOf(fullYear(f.integer(Field.YEAR))) : null;
        if (year == null) {
            Day y = anchors.yearFor(f.with(Field.DAY, 1), t.span());
            if (y.date() == null) {
                return unresolved(t, TimexType.DATE, null, null);
            }
            year = y.date().getYear();
            anchor = y.anchor();
        }
        YearMonth ym = YearMonth.of(year, f.integer(Field.MONTH));
        int n = f.integer(Field.NTH);
        String unit = f.has(Field.WEEKDAY) ? "WD" : f.has(Field.NTHUNIT) ? f.get(Field.NTHUNIT, String.class) : "D";
        LocalDate d;
        switch (unit) {
            case "WD" -> d = nthWeekday(ym, f.integer(Field.WEEKDAY), n);
            case "W" -> {
                LocalDate monday = nthWeekMonday(ym, n);
                return days(t, isoWeek(monday), monday, monday.plusDays(6), anchor);
            }
            default -> d = n < 0 ? ym.atEndOfMonth() : safe(year, ym.getMonthValue(), n);
        }
        if (d == null || !YearMonth.from(d).equals(ym)) {
            return unresolved(t, TimexType.DATE, null, null);
        }
        return ClockTimes.withTimeOfDay(t, f.with(Field.DAY, d.getDayOfMonth()), new Day(d, anchor), anchors.context());
    }

    /** A holiday: in the year given, else its occurrence the policy picks from now. */
    static Timex holiday(Timex t, TimeFields f, ResolutionPolicy policy, Day now) {
        TimeLexicon.Holiday h = f.get(Field.HOLIDAY, TimeLexicon.Holiday.class);
        if (f.has(Field.YEAR)) {
            return holidayIn(t, h, fullYear(f.integer(Field.YEAR)), EXPLICIT);
        }
        if (now.date() == null) {
            return unresolved(t, TimexType.DATE, null, null);
        }
        if (f.has(Field.REL) && f.integer(Field.REL) != 0) {
            return nextOrLast(t, h, f.integer(Field.REL) > 0, now);
        }
        // "منذ شهر رمضان" looks back, "سيقام في عيد الأضحى" ahead; else the policy's nearest or next.
        Direction dir = f.has(Field.TENSE) && f.integer(Field.TENSE) != 0 ? f.integer(Field.TENSE) > 0 ? Direction.NEXT : Direction.PREVIOUS
                : policy.noYear() == Direction.NEXT ? Direction.NEXT : Direction.NEAREST;
        LocalDate best = pick(now.date(), dir,
                y -> holidayStart(h, y));
        return best == null ? unresolved(t, TimexType.DATE, null, null)
                : holidayIn(t, h, best.getYear(), now.anchor());
    }

    /** "عيد الفطر المقبل", "رمضان الماضي": the first occurrence after the reference day, or the last before it. */
    private static Timex nextOrLast(Timex t, TimeLexicon.Holiday h, boolean next, Day now) {
        LocalDate best = null;
        for (int y = now.date().getYear() - 2; y <= now.date().getYear() + 2; y++) {
            LocalDate c = holidayStart(h, y);
            boolean side = c != null && (next ? c.isAfter(now.date()) : c.isBefore(now.date()));
            if (side && (best == null || (next ? c.isBefore(best) : c.isAfter(best)))) {
                best = c;
            }
        }
        return best == null ? unresolved(t, TimexType.DATE, null, null) : holidayIn(t, h, best.getYear(), now.anchor());
    }

    private static Timex holidayIn(Timex t, TimeLexicon.Holiday h, int year, String anchor) {
        LocalDate start = holidayStart(h, year);
        if (start == null) {
            return unresolved(t, TimexType.DATE, null, null);
        }
        if (h.calendar().equals("hijri-month")) {
            LocalDate end = HijriDates.monthEnd(start);
            return days(t, start + "/" + end, start, end, anchor);
        }
        return wholeDay(t, start, anchor);
    }

    /**
     * A Hijri date (Umm al-Qura); without a year, in the Hijri year of {@code yearFrom}. Two-digit
     * years: 00-49 are 14xx, 50-99 are 13xx ("90" is 1390, "33" is 1433).
     */
    static Timex hijri(Timex t, TimeFields f, Day yearFrom, TimeContext ctx) {
        Integer y = f.integer(Field.HIJRI_YEAR);
        if (!f.has(Field.HIJRI_MONTH) && y != null) {
            // "عام 1435 هـ": the Gregorian days that Hijri year spans.
            HijriDates.Result first = HijriDates.toGregorian(y, 1, 1);
            HijriDates.Result next = HijriDates.toGregorian(y + 1, 1, 1);
            if (first.date() == null || next.date() == null) {
                return unresolved(t, TimexType.DATE, null, first.date() == null ? first.problem() : next.problem());
            }
            LocalDate last = next.date().minusDays(1);
            return days(t, first.date() + "/" + last, first.date(), last, EXPLICIT);
        }
        String anchor = EXPLICIT;
        if (y != null && y < 100) {
            y += y < 50 ? 1400 : 1300;
        }
        if (y == null) {
            if (yearFrom.date() == null) {
                return unresolved(t, TimexType.DATE, null, null);
            }
            y = HijriDates.yearOf(yearFrom.date());
            anchor = yearFrom.anchor();
            // The occurrence nearest the anchor, as for a Gregorian day without a year: "7 ذي القعدة"
            // in a timetable whose last date is in Safar 1437 is the Dhu al-Qadah before it, of 1436.
            int tense = f.has(Field.TENSE) ? Integer.signum(f.integer(Field.TENSE)) : 0;
            y = nearestHijriYear(y, f.integer(Field.HIJRI_MONTH), f.has(Field.HIJRI_DAY) ? f.integer(Field.HIJRI_DAY) : 0,
                    yearFrom.date(), tense);
        }
        if (f.has(Field.NTH) && f.has(Field.WEEKDAY) && !f.has(Field.HIJRI_DAY)) {
            return nthWeekdayOfHijriMonth(t, f, y, anchor);
        }
        if (!f.has(Field.HIJRI_DAY) && !f.has(Field.HOUR)) {
            // "خلال شهر رمضان", "في ربيع الأول": the whole month.
            HijriDates.Result first = HijriDates.toGregorian(y, f.integer(Field.HIJRI_MONTH), 1);
            if (first.date() == null) {
                return unresolved(t, TimexType.DATE, null, first.problem());
            }
            LocalDate end = HijriDates.monthEnd(first.date());
            return days(t, first.date() + "/" + end, first.date(), end, anchor);
        }
        HijriDates.Result g = HijriDates.toGregorian(y, f.integer(Field.HIJRI_MONTH),
                f.has(Field.HIJRI_DAY) ? f.integer(Field.HIJRI_DAY) : 1);
        if (g.date() == null) {
            return unresolved(t, TimexType.DATE, null, g.problem());
        }
        LocalDate d = g.date();
        // Umm al-Qura tables and local sightings differ by a day: widen the bounds by one on each side.
        if (f.has(Field.HOUR)) {
            Timex timed = ClockTimes.withTimeOfDay(t, f.with(Field.DAY, d.getDayOfMonth()), new Day(d, anchor), ctx);
            return timed.withResolution(timed.type(), timed.value(), minute(d.minusDays(1).atStartOfDay()),
                    minute(d.plusDays(1).atTime(23, 59)), anchor, null);
        }
        return days(t, d.toString(), d.minusDays(1), d.plusDays(1), anchor);
    }

    /** "أول جمعة من رمضان", "آخر جمعة من شهر رمضان": that weekday of the Hijri month, counted in its Gregorian days. */
    private static Timex nthWeekdayOfHijriMonth(Timex t, TimeFields f, int year, String anchor) {
        HijriDates.Result first = HijriDates.toGregorian(year, f.integer(Field.HIJRI_MONTH), 1);
        if (first.date() == null) {
            return unresolved(t, TimexType.DATE, null, first.problem());
        }
        LocalDate end = HijriDates.monthEnd(first.date());
        LocalDate d = nthWeekday(first.date(), end, f.integer(Field.WEEKDAY), f.integer(Field.NTH));
        if (d.isAfter(end) || d.isBefore(first.date())) {
            return unresolved(t, TimexType.DATE, null, null);
        }
        return days(t, d.toString(), d, d, anchor);
    }

    /**
     * "عام 1433" with no era said: a year 1300-1499 in today's news is a Hijri year, unless it is
     * marked Gregorian ("1453م") or the Hijri year has not come yet ("1453" would be 2031): then it
     * is the Gregorian one, a year of history.
     */
    static TimeFields hijriLookingYear(TimeFields f, Day now) {
        Integer y = f.integer(Field.YEAR);
        if (y != null && y.equals(f.integer(Field.HIJRI_YEAR)) && !f.has(Field.MONTH) && !f.has(Field.GREGORIAN)) {
            // "مطلع العام 1395هـ": the year read twice, once with its هـ; the mark says which calendar.
            return f.with(Field.YEAR, null);
        }
        if (y == null || y < HIJRI_YEARS_FROM || y >= HIJRI_YEARS_TO || f.has(Field.GREGORIAN) || f.has(Field.MONTH)
                || f.has(Field.DAY) || f.has(Field.HIJRI_YEAR)) {
            return f;
        }
        int current = now.date() != null ? HijriDates.yearOf(now.date()) : LATEST_HIJRI_WITHOUT_NOW;
        return y > current ? f : f.with(Field.HIJRI_YEAR, y).with(Field.YEAR, null);
    }

    /**
     * "يوم 12 / 8 / 2015هـ": a numeric date whose year is Gregorian (the Hijri year 2015 is five
     * centuries away) though a هـ follows it, a slip of the pen; read as the Gregorian date it is.
     */
    static TimeFields gregorianMarkedHijri(TimeFields f) {
        Integer y = f.integer(Field.HIJRI_YEAR);
        if (y == null || y < GREGORIAN_LOOKING_FROM || y > GREGORIAN_LOOKING_TO || !f.has(Field.HIJRI_DAY)
                || !f.has(Field.HIJRI_MONTH) || f.has(Field.MONTH) || f.integer(Field.HIJRI_MONTH) > 12) {
            return f;
        }
        return f.with(Field.YEAR, y).with(Field.MONTH, f.integer(Field.HIJRI_MONTH)).with(Field.DAY, f.integer(Field.HIJRI_DAY))
                .with(Field.HIJRI_YEAR, null).with(Field.HIJRI_MONTH, null).with(Field.HIJRI_DAY, null).with(Field.GREGORIAN, Boolean.TRUE);
    }

    private static final int GREGORIAN_LOOKING_FROM = 1900;
    private static final int GREGORIAN_LOOKING_TO = 2100;

    /** With no "now" to compare with, the last Hijri year a report could be dated in. */
    private static final int LATEST_HIJRI_WITHOUT_NOW = 1450;

    /** "الأسبوع الثالث من عام 2027": the ISO week of that number. */
    static Timex weekOfYear(Timex t, TimeFields f) {
        int year = Calendars.fullYear(f.integer(Field.YEAR));
        int n = f.integer(Field.NTH);
        if (n < 1 || n > 53) {
            return unresolved(t, TimexType.DATE, null, null);
        }
        LocalDate monday = LocalDate.of(year, 1, 4).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, n)
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        return days(t, Calendars.isoWeek(monday), monday, monday.plusDays(6), EXPLICIT);
    }

    /**
     * Of the Hijri years around {@code year}, the one whose month (its middle), or its {@code day}
     * when given (not 0), falls nearest {@code near}: of those before it when the sentence looks
     * back (tense -1), after it when ahead (+1).
     */
    private static int nearestHijriYear(int year, int month, int day, LocalDate near, int tense) {
        int best = year;
        long bestDistance = Long.MAX_VALUE;
        for (int y = year - 1; y <= year + 1; y++) {
            LocalDate start = HijriDates.toGregorian(y, month, 1).date();
            LocalDate at = day > 0 ? HijriDates.toGregorian(y, month, day).date() : start;
            if (start == null || at == null || tense < 0 && at.isAfter(near) || tense > 0 && (day > 0 ? at : start.plusDays(28)).isBefore(near)) {
                continue;
            }
            long distance = Math.abs((day > 0 ? at : start.plusDays(14)).toEpochDay() - near.toEpochDay());
            if (distance < bestDistance) {
                best = y;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** "من 13 إلى 15 تموز": one stretch from the first day to the last, written start/end. */
    static Timex dayRange(Timex r, TimeFields f, LocalDate first) {
        LocalDate last = safe(first.getYear(), first.getMonthValue(), f.integer(Field.DAY2));
        if (last == null || last.isBefore(first) || r.type() != TimexType.DATE) {
            return r;
        }
        return days(r, first + "/" + last, first, last, r.anchor());
    }
}
