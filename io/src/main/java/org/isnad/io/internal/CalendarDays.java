package org.isnad.io.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/** Builds days from numbers found in text, refusing days that do not exist and orders that are a guess. */
final class CalendarDays {
    private CalendarDays() {
    }

    static DateReading ymd(String fragment, String year, String month, String day) {
        try {
            return DateReading.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)),
                    fragment);
        } catch (DateTimeException | NumberFormatException e) {
            return DateReading.failed(fragment, fragment + " is not a real date");
        }
    }

    /**
     * A date written with the year last: day/month when the first number cannot be a month, month/day
     * when the second cannot; when both could be either, the order is not guessed.
     */
    static DateReading yearLast(String fragment, String first, String second, String year) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        if (a > 12 && b <= 12) {
            return ymd(fragment, year, second, first);
        }
        if (b > 12 && a <= 12) {
            return ymd(fragment, year, first, second);
        }
        if (a == b) {
            return ymd(fragment, year, first, second);
        }
        if (a <= 12) {
            return DateReading.failed(fragment, String.format(Locale.ROOT,
                    "%s is ambiguous (day %d of month %d, or month %d day %d), not guessed", fragment, a, b, a, b));
        }
        return DateReading.failed(fragment, fragment + " is not a real date");
    }
}
