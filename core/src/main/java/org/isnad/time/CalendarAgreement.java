package org.isnad.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A day said in two ways with no year ("الاثنين 25 شوال", "2 ذي القعدة الموافق 17 أغسطس") has only
 * a few years in which both ways name the same day: the weekday of a Gregorian date moves by one or
 * two a year, that of a Hijri date (354 or 355 days a year) by four or five, and a Hijri date meets
 * the same Gregorian date again only after about 33 years. So a day near a known one (the
 * publication, or the day a report was published by) has its year pinned, where the nearest
 * occurrence alone would be a guess. Pure functions of the calendar; null when no year or more than
 * one fits.
 */
final class CalendarAgreement {
    /**
     * A weekday is looked for this far either side of the pivot day: half a year, so that a day and
     * month have one year in reach, and a weekday that is wrong in it (a slip, as "الأحد 17 أغسطس
     * الحالي" fetched in August 2015) moves no date to another year.
     */
    private static final int WEEKDAY_REACH_DAYS = 183;
    /** A Hijri-Gregorian pair is looked for this far either side: less than half the 33-year cycle. */
    private static final int GLOSS_REACH_YEARS = 15;

    private CalendarAgreement() {
    }

    /** The year near {@code pivot} in which day/month falls on {@code weekday} (1 Monday .. 7 Sunday). */
    static Integer gregorianYearOfWeekday(int month, int day, int weekday, LocalDate pivot) {
        Integer found = null;
        for (int y = pivot.getYear() - 1; y <= pivot.getYear() + 1; y++) {
            LocalDate d = Calendars.safe(y, month, day);
            // near() leaves one year, or two for a day half a year off: a weekday then tells them apart.
            if (d != null && near(d, pivot) && d.getDayOfWeek().getValue() == weekday) {
                if (found != null) {
                    return null;
                }
                found = y;
            }
        }
        return found;
    }

    /**
     * The Gregorian day of Hijri day/month on {@code weekday}, in the Hijri year near {@code pivot}
     * that puts it there. A calendar by sighting may begin the month a day before or after the Umm
     * al-Qura tables, so the day may be one off them; the weekday says which.
     */
    static LocalDate hijriDayOfWeekday(int hijriMonth, int hijriDay, int weekday, LocalDate pivot) {
        // The tables' own day first: a day off them is the reading only when no year fits without it.
        LocalDate exact = hijriDayShifted(hijriMonth, hijriDay, weekday, pivot, 0);
        return exact != null ? exact : hijriDayShifted(hijriMonth, hijriDay, weekday, pivot, 1);
    }

    private static LocalDate hijriDayShifted(int hijriMonth, int hijriDay, int weekday, LocalDate pivot, int reach) {
        int hy = HijriDates.yearOf(pivot);
        LocalDate found = null;
        for (int y = hy - 1; y <= hy + 1; y++) {
            LocalDate d = HijriDates.toGregorian(y, hijriMonth, hijriDay).date();
            if (d == null || !near(d, pivot)) {
                continue;
            }
            for (int shift = -reach; shift <= reach; shift++) {
                LocalDate s = d.plusDays(shift);
                if (s.getDayOfWeek().getValue() == weekday) {
                    if (found != null) {
                        return null;
                    }
                    found = s;
                }
            }
        }
        return found;
    }

    /**
     * The Gregorian year nearest {@code pivot} in which Hijri day/month falls on Gregorian day/month,
     * give or take a day of sighting.
     */
    static Integer yearOfGloss(int hijriMonth, int hijriDay, int month, int day, LocalDate pivot) {
        Integer best = null;
        for (int y = pivot.getYear() - GLOSS_REACH_YEARS; y <= pivot.getYear() + GLOSS_REACH_YEARS; y++) {
            LocalDate g = Calendars.safe(y, month, day);
            if (g == null || !glosses(hijriMonth, hijriDay, g)) {
                continue;
            }
            if (best == null || Math.abs(y - pivot.getYear()) < Math.abs(best - pivot.getYear())) {
                best = y;
            }
        }
        return best;
    }

    private static boolean glosses(int hijriMonth, int hijriDay, LocalDate g) {
        int hy = HijriDates.yearOf(g);
        for (int y = hy - 1; y <= hy + 1; y++) {
            LocalDate h = HijriDates.toGregorian(y, hijriMonth, hijriDay).date();
            if (h != null && Math.abs(ChronoUnit.DAYS.between(h, g)) <= 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(LocalDate d, LocalDate pivot) {
        return Math.abs(ChronoUnit.DAYS.between(d, pivot)) <= WEEKDAY_REACH_DAYS;
    }
}
