package org.isnad.time;

import java.util.regex.Pattern;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Writes a time in its own zone: a time said "بتوقيت تونس", or of a place that keeps another zone
 * than the run's, carries its offset in its value ("2024-12-12T10:30+01:00") and bounds (spec: a
 * run about several places has no single zone). A time in the run's zone, and a stretch longer
 * than a day, are written plain.
 */
final class ZonedValues {
    private static final Pattern CLOCK_VALUE = Pattern.compile(".*T\\d\\d:\\d\\d(:\\d\\d)?");
    private ZonedValues() {
    }

    static Timex of(Timex r, TimeFields f, ZoneOffset run) {
        String zone = f.get(Field.ZONE, String.class);
        if (zone == null || zone.equals(TimeLexicon.LOCAL)) {
            zone = f.get(Field.PLACEZONE, String.class);
        }
        if (zone == null || r.value() == null || r.type() == TimexType.DURATION || r.type() == TimexType.SET) {
            return r;
        }
        String at = r.earliest() != null ? r.earliest() : r.value();
        ZoneOffset own;
        try {
            LocalDateTime local = LocalDateTime.parse(at.length() == 10 ? at + "T12:00" : at.substring(0, 16));
            own = ZoneId.of(zone).getRules().getOffset(local);
        } catch (DateTimeException | StringIndexOutOfBoundsException e) {
            return r;
        }
        if (own.equals(run) || longerThanADay(r)) {
            // A month or a year is the same stretch to a reader in either zone: no offset on it.
            return r;
        }
        String offset = StoryZone.format(own);
        return r.withResolution(r.type(), withOffset(r.value(), offset), withOffset(r.earliest(), offset),
                withOffset(r.latest(), offset), r.anchor(), r.note());
    }

    private static boolean longerThanADay(Timex r) {
        if (r.earliest() == null || r.latest() == null) {
            return false;
        }
        try {
            LocalDateTime a = LocalDateTime.parse(r.earliest().substring(0, 16));
            LocalDateTime b = LocalDateTime.parse(r.latest().substring(0, 16));
            return java.time.Duration.between(a, b).toHours() > 24;
        } catch (DateTimeException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }

    /** Each clock time of a value ("…T10:30", "…T10:00/…T12:00") with the offset after it. */
    private static String withOffset(String v, String offset) {
        if (v == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String part : v.split("/", -1)) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(part).append(CLOCK_VALUE.matcher(part).matches() ? offset : "");
        }
        return out.toString();
    }
}
