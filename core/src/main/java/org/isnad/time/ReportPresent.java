package org.isnad.time;

import static org.isnad.time.TimexResolver.REPORT;

import java.time.LocalDate;
import java.util.List;
import org.isnad.time.TimexResolver.Day;

/**
 * The present of a report that gives no publication day: the year it calls its own ("هذا العام
 * 2015"), else, when a day it was published by is known (fetched, last updated) and the report names
 * that day's year, that year; and then that day, which weeks, months and years are counted from.
 * News names its own year far more often than the coming one, and is fetched within days of being
 * written: the reviews of SaudiNewsNet (issue 6, seeds 25-30) found "هذا العام", "يوليو الماضي" and
 * "النصف الثاني من العام" of such reports all meant the fetch year.
 */
final class ReportPresent {
    /** The report's present year, or null. */
    private final Integer year;
    /** Why {@link #year} is the present, when it was inferred rather than said; else null. */
    private final String note;
    /** The day weeks and months are counted from: the day it was published by, in its present year; else null. */
    private final LocalDate day;

    /**
     * @param said       the year the report calls its own, or null
     * @param years      the Gregorian years it says outright: {where, year, month or 0}
     * @param hijriYears the Hijri years it says outright, alike
     */
    ReportPresent(TimeContext ctx, Integer said, List<int[]> years, List<int[]> hijriYears) {
        Integer inferred = said == null ? inferredYear(ctx, years, hijriYears) : null;
        this.year = said != null ? said : inferred;
        this.note = inferred == null ? null
                : "the report names " + inferred + " and was published by " + ctx.publishedBy() + ": its present year";
        LocalDate by = ctx.publishedBy();
        this.day = by != null && year != null && year == by.getYear() ? by : null;
    }

    /**
     * That day's year when the report names it ("موسم 2015", "يوليو 2015"), or names a Hijri year or
     * month that runs in it before that day ("21/10/1436" fetched on 10 August 2015). A report that
     * names only earlier years says nothing of how old it is.
     */
    private static Integer inferredYear(TimeContext ctx, List<int[]> years, List<int[]> hijriYears) {
        if (ctx.publication() != null || ctx.reference() != null || ctx.publishedBy() == null) {
            return null;
        }
        LocalDate by = ctx.publishedBy();
        LocalDate yearStart = by.withDayOfYear(1);
        boolean named = years.stream().anyMatch(y -> y[1] == by.getYear())
                || hijriYears.stream().anyMatch(h -> overlaps(h[1], h[2], yearStart, by));
        return named ? by.getYear() : null;
    }

    /** Whether Hijri {@code year} (or its {@code month}, when not 0) runs on some day from {@code from} to {@code to}. */
    private static boolean overlaps(int year, int month, LocalDate from, LocalDate to) {
        LocalDate start = HijriDates.toGregorian(year, month == 0 ? 1 : month, 1).date();
        LocalDate next = month == 0 || month == 12 ? HijriDates.toGregorian(year + 1, 1, 1).date()
                : HijriDates.toGregorian(year, month + 1, 1).date();
        return start != null && next != null && start.isBefore(to.plusDays(1)) && next.isAfter(from);
    }

    /** The day a month said without its year is placed from, or null (see {@link #day}). */
    LocalDate day() {
        return day;
    }

    /** Why the present is what it is, when inferred; else null. */
    String note() {
        return note;
    }

    /**
     * "Now" for a time counted in weeks, months or years ("الأسبوع الماضي", "قبل 4 أشهر", "العام
     * الحالي", "نوفمبر من هذا العام") in a report with no "now", or only its narrative's: the present
     * day. A week or more counted from it or from the day of writing rarely differs; a day counted
     * would ("أمس" stays unresolved). The narrative's last day loses to it: the reviews found that
     * day a background date as often as the present. With no present day, a year (or a month of it)
     * is framed by the present year, all such a "now" can say.
     */
    Day coarseNow(Day now, TimeFields f, String unit) {
        boolean narrativeNow = REPORT.equals(now.anchor()) && !f.has(Field.ANAPHORIC); // "العام السابق" counts from the year told
        if (now.date() != null && !narrativeNow || year == null || f.has(Field.YEAR) || f.has(Field.HIJRI_MONTH) || unit == null) {
            return now;
        }
        if (day != null && (unit.equals("W") || unit.equals("M") || unit.equals("Y"))) {
            return new Day(day, REPORT, "counted from " + day + ", the day the report was published by"
                    + (note == null ? "" : " (" + note + ")"));
        }
        return unit.equals("Y") && now.date() == null ? new Day(LocalDate.of(year, 7, 1), REPORT, note) : now;
    }
}
