package org.isnad.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;

/** Hijri dates in the Umm al-Qura calendar (the JDK's Hijrah-umalqura chronology). */
final class HijriDates {
    private HijriDates() {
    }

    /** A conversion: the Gregorian day, or why there is none. */
    record Result(LocalDate date, String problem) {
    }

    static Result toGregorian(int year, int month, int day) {
        try {
            HijrahDate h = HijrahChronology.INSTANCE.date(year, month, day);
            return new Result(LocalDate.from(h), null);
        } catch (DateTimeException e) {
            return new Result(null, "the Umm al-Qura calendar has no day " + day + " of month " + month + " of " + year
                    + " AH (" + e.getMessage() + ")");
        }
    }

    /** The first Gregorian day in {@code year} that is day {@code day} of Hijri month {@code month}, or null. */
    static LocalDate inGregorianYear(int year, int month, int day) {
        int hy = yearOf(LocalDate.of(year, 1, 1));
        for (int y = hy; y <= hy + 1; y++) {
            Result r = toGregorian(y, month, day);
            if (r.date() != null && r.date().getYear() == year) {
                return r.date();
            }
        }
        return null;
    }

    /** The last Gregorian day of the Hijri month that starts on {@code firstDay}. */
    static LocalDate monthEnd(LocalDate firstDay) {
        HijrahDate h = HijrahDate.from(firstDay);
        return firstDay.plusDays(h.lengthOfMonth() - 1L);
    }

    /** The epoch day of 1 Muharram 1 AH in the tabular (arithmetic) Islamic calendar: 16 July 622, Julian. */
    private static final long TABULAR_EPOCH = -492148;

    /**
     * 1 Muharram of Hijri {@code year} by the tabular calendar (30-year cycle of 11 leap years), for
     * years the Umm al-Qura tables do not reach ("القرن العاشر الهجري"); within a day or two of them.
     */
    static LocalDate tabularNewYear(int year) {
        return LocalDate.ofEpochDay(TABULAR_EPOCH + 354L * (year - 1) + Math.floorDiv(3 + 11L * year, 30));
    }

    static int yearOf(LocalDate gregorian) {
        return HijrahDate.from(gregorian).get(ChronoField.YEAR);
    }
}
