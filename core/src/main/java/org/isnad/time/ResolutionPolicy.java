package org.isnad.time;

import java.util.HashMap;
import java.util.Map;
import org.isnad.lang.LanguagePack;
import org.isnad.lang.ResourceFile;

/**
 * Conventions for resolving incomplete expressions, read from {@code time/policies.tsv} by profile
 * name ("news" for reports, "duckling" for Duckling's test vectors).
 */
public record ResolutionPolicy(Direction weekday, boolean weekdayMayBeToday, boolean clockNext, Direction noYear,
                               boolean numericHijri, int approxMinutes, int nearMinutes, int[] weekend,
                               boolean nextWeekday, Integer someCount, boolean monthFirst, boolean endOfDayInstant,
                               boolean midMonthDay, Map<String, java.time.LocalTime> partsAsHours,
                               boolean assistantForms) {
    /** Which matching day to take from a reference day. */
    public enum Direction { NEAREST, NEXT, PREVIOUS, PAST }

    public static ResolutionPolicy load(LanguagePack pack, String profile) {
        ResourceFile file = pack.resource("time/policies.tsv");
        Map<String, String> settings = new HashMap<>();
        for (ResourceFile.Entry e : file.entries()) {
            if (e.fields().size() != 3) {
                throw file.error(e, "expected profile<TAB>setting<TAB>value");
            }
            if (e.field(0).equals(profile)) {
                settings.put(e.field(1), e.field(2));
            }
        }
        if (settings.isEmpty()) {
            throw new IllegalArgumentException("no time policy profile '" + profile + "' in time/policies.tsv");
        }
        return new ResolutionPolicy(direction(settings.getOrDefault("weekday", "nearest")),
                settings.getOrDefault("weekday-today", "include").equals("include"),
                settings.getOrDefault("clock", "same-day").equals("next"),
                direction(settings.getOrDefault("no-year", "nearest")),
                settings.getOrDefault("numeric-dates", "gregorian").equals("hijri"),
                Integer.parseInt(settings.getOrDefault("approx-minutes", "30")),
                Integer.parseInt(settings.getOrDefault("near-minutes", "60")),
                weekend(settings.getOrDefault("weekend", "5-6")),
                settings.getOrDefault("next-weekday", "coming").equals("next-week"),
                settings.containsKey("some-count") ? Integer.valueOf(settings.get("some-count")) : null,
                settings.getOrDefault("numeric-order", "day-first").equals("month-first"),
                settings.getOrDefault("end-of-day", "stretch").equals("instant"),
                settings.getOrDefault("mid-month", "month").equals("day"),
                partsAsHours(settings.getOrDefault("parts-as-hours", "")),
                settings.getOrDefault("assistant-forms", "exclude").equals("include"));
    }

    /** The same conventions, but bare weekdays taken in the given direction. */
    public ResolutionPolicy withWeekday(Direction d) {
        return new ResolutionPolicy(d, true, clockNext, noYear, numericHijri, approxMinutes, nearMinutes, weekend, nextWeekday,
                someCount, monthFirst, endOfDayInstant, midMonthDay, partsAsHours, assistantForms);
    }

    /** "MI=12:00 MO-MID=10:00": a part of day, with its part word if any, read as that clock time. */
    private static Map<String, java.time.LocalTime> partsAsHours(String s) {
        Map<String, java.time.LocalTime> out = new HashMap<>();
        for (String pair : s.trim().split("\\s+")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=");
                try {
                    out.put(kv[0], java.time.LocalTime.parse(kv[1]));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("time/policies.tsv: parts-as-hours wants CODE=HH:MM pairs, got '" + pair + "'", e);
                }
            }
        }
        return Map.copyOf(out);
    }

    /** The clock time a part of day ("MI"), or a part of one ("MO" and "MID"), stands for, or null when it stays a stretch. */
    public java.time.LocalTime partAsHour(String pod, String part) {
        return partsAsHours.get(part == null ? pod : pod + "-" + part);
    }

    private static int[] weekend(String s) {
        String[] ab = s.split("-");
        return new int[] {Integer.parseInt(ab[0]), Integer.parseInt(ab[1])};
    }

    private static Direction direction(String s) {
        return Direction.valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
