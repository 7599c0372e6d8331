package org.isnad.io.internal;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the day out of a date that metadata states: ISO dates and date-times, {@code YYYY-MM-DD hh:mm:ss},
 * {@code YYYY/MM/DD}, day-month-year when unambiguous, and RFC 1123 (HTTP-style) dates.
 * A date-time gives the date as written, in its own offset: the publisher's local day.
 */
final class MetadataDates {
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<year>\\d{4})[-/.](?<month>\\d{1,2})[-/.](?<day>\\d{1,2})"
                    + "(?:(?:T|\\s+)(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::\\d{2}(?:[.,]\\d+)?)?"
                    + "\\s*(?:Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(?<year>\\d{4})(?<month>\\d{2})(?<day>\\d{2})");
    private static final Pattern YEAR_LAST = Pattern.compile(
            "(?<first>\\d{1,2})[-/.](?<second>\\d{1,2})[-/.](?<year>\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");

    private MetadataDates() {
    }

    static DateReading read(String value) {
        String text = value.strip();
        Matcher m = YEAR_FIRST.matcher(text);
        if (m.matches()) {
            if (m.group("hour") != null
                    && (Integer.parseInt(m.group("hour")) > 24 || Integer.parseInt(m.group("minute")) > 59)) {
                return DateReading.failed(text, text + " is not a real time");
            }
            return CalendarDays.ymd(text, m.group("year"), m.group("month"), m.group("day"));
        }
        m = COMPACT.matcher(text);
        if (m.matches()) {
            return CalendarDays.ymd(text, m.group("year"), m.group("month"), m.group("day"));
        }
        m = YEAR_LAST.matcher(text);
        if (m.matches()) {
            return CalendarDays.yearLast(text, m.group("first"), m.group("second"), m.group("year"));
        }
        try {
            return DateReading.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate(), text);
        } catch (DateTimeParseException e) {
            return DateReading.failed(text, "\"" + text + "\" is not a date format this reader knows");
        }
    }
}
