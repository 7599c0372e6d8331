package org.isnad.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.function.IntFunction;
import org.isnad.time.ResolutionPolicy.Direction;

/** Calendar arithmetic the resolver needs: pure functions of dates, no language, no state. */
final class Calendars {
    private Calendars() {
    }

    /** The date, or null when the day does not exist (31 February). */
    static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A two-digit Gregorian year: 00-49 are 20xx, 50-99 are 19xx. */
    static int fullYear(int y) {
        return y >= 100 ? y : y < 50 ? 2000 + y : 1900 + y;
    }

    /** The ISO week ("2024-W50") a Monday opens. */
    static String isoWeek(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The nth (or, for n &lt; 0, the last) given weekday of a month. */
    static LocalDate nthWeekday(YearMonth ym, int weekday, int n) {
        return nthWeekday(ym.atDay(1), ym.atEndOfMonth(), weekday, n);
    }

    /** The nth (or last) given weekday of the days from {@code first} to {@code last}: a Hijri month's too. */
    static LocalDate nthWeekday(LocalDate first, LocalDate last, int weekday, int n) {
        DayOfWeek dow = DayOfWeek.of(weekday);
        return n < 0 ? last.with(TemporalAdjusters.previousOrSame(dow))
                : first.with(TemporalAdjusters.nextOrSame(dow)).plusWeeks(n - 1L);
    }

    /** The Monday of the nth (or last) week of a month: weeks are the Monday-to-Sunday ones wholly inside it. */
    static LocalDate nthWeekMonday(YearMonth ym, int n) {
        return n < 0 ? ym.atEndOfMonth().minusDays(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : ym.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusWeeks(n - 1L);
    }

    /** The first and last day of the START, MID or END of a month, or of all of it. */
    static int[] partOfMonth(String part, int length) {
        if (part == null) {
            return new int[] {1, length};
        }
        return switch (part) {
            case "START" -> new int[] {1, 10};
            case "MID" -> new int[] {11, 20};
            default -> new int[] {21, length};
        };
    }

    /** The first and last month of the START, MID or END of a year, or of all of it. */
    static int[] partOfYear(String part) {
        return part == null ? new int[] {1, 12} : switch (part) {
            case "START" -> new int[] {1, 4};
            case "MID" -> new int[] {5, 8};
            default -> new int[] {9, 12};
        };
    }

    /** The month a TIMEX3 season code starts in (winter starts in December). */
    static int seasonStart(String season) {
        return switch (season) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
    }

    /** The day with the given weekday that the policy picks from {@code from}. */
    static LocalDate matching(LocalDate from, int weekday, ResolutionPolicy policy) {
        DayOfWeek dow = DayOfWeek.of(weekday);
        LocalDate next = policy.weekdayMayBeToday() ? from.with(TemporalAdjusters.nextOrSame(dow)) : from.with(TemporalAdjusters.next(dow));
        LocalDate previous = policy.weekdayMayBeToday() ? from.with(TemporalAdjusters.previousOrSame(dow)) : from.with(TemporalAdjusters.previous(dow));
        return switch (policy.weekday()) {
            case NEXT -> next;
            case PREVIOUS, PAST -> previous;
            case NEAREST -> ChronoUnit.DAYS.between(previous, from) < ChronoUnit.DAYS.between(from, next) ? previous : next;
        };
    }

    /**
     * Of the occurrences {@code inYear} gives for the years around {@code now}, the one a direction
     * picks: the nearest, the nearest not before now's month (NEXT), or the nearest not after now.
     */
    static LocalDate pick(LocalDate now, Direction dir, IntFunction<LocalDate> inYear) {
        LocalDate best = null;
        for (int y = now.getYear() - 1; y <= now.getYear() + 1; y++) {
            LocalDate c = inYear.apply(y);
            if (c == null) {
                continue;
            }
            boolean ok = switch (dir) {
                case NEXT -> !YearMonth.from(c).isBefore(YearMonth.from(now));
                case PREVIOUS, PAST -> !c.isAfter(now);
                case NEAREST -> true;
            };
            if (ok && (best == null || Math.abs(ChronoUnit.DAYS.between(now, c)) < Math.abs(ChronoUnit.DAYS.between(now, best)))) {
                best = c;
            }
        }
        return best;
    }

    /** The (first) day of a holiday in a Gregorian year, or null. */
    static LocalDate holidayStart(TimeLexicon.Holiday h, int year) {
        return switch (h.calendar()) {
            case "gregorian" -> safe(year, h.month(), h.day());
            case "easter" -> easter(year).plusDays(h.day());
            case "orthodox-easter" -> orthodoxEaster(year).plusDays(h.day());
            case "nth" -> nthWeekday(java.time.YearMonth.of(year, h.month()), h.weekday(), h.day());
            default -> HijriDates.inGregorianYear(year, h.month(), h.calendar().equals("hijri") ? h.day() : 1);
        };
    }

    /**
     * Eastern (Orthodox and Coptic) Easter Sunday: the Julian computus, moved to the Gregorian
     * calendar by the thirteen days that separate the two from 1900 to 2099.
     */
    static LocalDate orthodoxEaster(int y) {
        int d = (19 * (y % 19) + 15) % 30;
        int e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7;
        int n = d + e + 114;
        return LocalDate.of(y, n / 31, n % 31 + 1).plusDays(13);
    }

    /** Western Easter Sunday (the Gregorian computus). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int h = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30;
        int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int n = h + l - 7 * m + 114;
        return LocalDate.of(y, n / 31, n % 31 + 1);
    }
}
