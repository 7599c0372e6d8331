package org.isnad.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** How resolved times are written: TIMEX3 values and the ISO bounds of the stretches they denote. */
final class TimexValues {
    private TimexValues() {
    }

    /** A local date-time to the minute, "2024-12-07T18:58". */
    static String minute(LocalDateTime t) {
        return t.truncatedTo(ChronoUnit.MINUTES).toString().substring(0, 16);
    }

    /** A whole day, from its first to its last minute. */
    static Timex wholeDay(Timex t, LocalDate d, String anchor) {
        return days(t, d.toString(), d, d, anchor);
    }

    /** A value that denotes the days {@code from} to {@code to}, both whole. */
    static Timex days(Timex t, String value, LocalDate from, LocalDate to, String anchor) {
        return t.withResolution(TimexType.DATE, value, minute(from.atStartOfDay()), minute(to.atTime(23, 59)), anchor, null);
    }

    /** An expression nothing could date, with why when that is worth saying. */
    static Timex unresolved(Timex t, TimexType type, String value, String note) {
        return t.withResolution(type, value, null, null, TimexResolver.UNRESOLVED, note);
    }

    /** The TIMEX3 duration a count and unit make: "P2D", "PT24H". */
    static String duration(TimeFields f) {
        String unit = f.get(Field.UNIT, String.class);
        int n = f.integer(Field.COUNT);
        return switch (unit) {
            case "H" -> "PT" + n + "H";
            case "MIN" -> "PT" + n + "M";
            case "S" -> "PT" + n + "S";
            default -> "P" + n + unit;
        };
    }

    /** A TIMEX3 value with X for what is unknown: "XXXX-11-28", "XXXX-WXX-6". */
    static String unresolvedValue(TimeFields f) {
        if (f.has(Field.MONTH)) {
            String v = "XXXX-" + two(f.integer(Field.MONTH));
            return f.has(Field.DAY) ? v + "-" + two(f.integer(Field.DAY)) : v;
        }
        if (f.has(Field.WEEKDAY)) {
            return "XXXX-WXX-" + f.integer(Field.WEEKDAY);
        }
        return null;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** The day a value names, or null for coarser or unresolved values. */
    static LocalDate dayOf(String value) {
        if (value == null || value.length() < 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
