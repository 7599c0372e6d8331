package org.isnad.time;

import static org.isnad.time.TimexResolver.hasDate;
import static org.isnad.time.TimexValues.minute;
import static org.isnad.time.TimexValues.wholeDay;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.isnad.time.TimeLexicon.PartOfDay;
import org.isnad.time.TimexResolver.Day;

/**
 * The time on a day that is already known: "now", a clock time (with its part of day, its zone and
 * the far end of a stretch of hours), a part of day, or else the whole day.
 */
final class ClockTimes {
    private ClockTimes() {
    }

    static Timex withTimeOfDay(Timex t, TimeFields f, Day day, TimeContext ctx) {
        PartOfDay pod = f.get(Field.POD, PartOfDay.class);
        if (f.has(Field.NOW) && ctx.reference() != null) {
            return t.withResolution(TimexType.TIME, minute(ctx.reference()), null, null, day.anchor(), null);
        }
        if (f.has(Field.HOUR)) {
            return clock(t, f, day, pod, ctx);
        }
        if (pod != null) {
            return partOfDay(t, f, day, pod, ctx.policy());
        }
        return day(t, f, day, ctx.policy());
    }

    /** "الساعة 3 مساء", "7:45 بتوقيت غرينتش", "من الساعة 3 إلى 5". */
    private static Timex clock(Timex t, TimeFields f, Day day, PartOfDay pod, TimeContext ctx) {
        LocalDate d = day.date();
        int hour = f.integer(Field.HOUR);
        int minute = f.has(Field.MINUTE) ? f.integer(Field.MINUTE) : 0;
        if (minute < 0) {
            // "الخامسة إلا ربعا": minutes before the hour.
            hour -= 1;
            minute += 60;
        }
        hour = adjustForPartOfDay(hour, pod);
        if (pod != null && pod.isMidnight() && hour == 12) {
            // "الساعة 12 منتصف الليل" is the midnight itself: a date's start, else the end of the day.
            hour = hasDate(f) ? 0 : 24;
        }
        LocalDateTime at = d.atStartOfDay().plusHours(hour).plusMinutes(minute);
        if (f.has(Field.SECOND)) {
            at = at.plusSeconds(f.integer(Field.SECOND));
        }
        if (ctx.policy().clockNext() && pod == null && !hasDate(f) && ctx.reference() != null) {
            while (at.isBefore(ctx.reference())) {
                at = at.plusHours(at.getHour() < 12 && hour < 12 ? 12 : 24);
            }
        }
        if (f.has(Field.HOUR2)) {
            LocalDateTime unadjusted = d.atStartOfDay().plusHours(f.integer(Field.HOUR) - (minute < 0 ? 1 : 0)).plusMinutes(minute);
            return clockRange(t, f, d, at, unadjusted, pod, day.anchor());
        }
        String v = f.has(Field.SECOND) ? at.toString() : minute(at);
        return t.withResolution(TimexType.TIME, v, null, null, day.anchor(), null);
    }

    /**
     * A stretch of hours from {@code at}. The part of day said once belongs to the end; the start
     * takes it too unless that puts the start after the end ("من السابعة والنصف حتى 4 مساء" starts
     * at 7:30); an end still before the start is the same hour twelve hours on.
     */
    private static Timex clockRange(Timex t, TimeFields f, LocalDate d, LocalDateTime at, LocalDateTime unadjusted,
                                    PartOfDay pod, String anchor) {
        int minute2 = f.has(Field.MINUTE2) ? f.integer(Field.MINUTE2) : 0;
        if (f.has(Field.POD_FIRST)) {
            // The part of day is the start's: the end is the first time its hour comes round after it
            // ("من الثامنة مساء حتى الواحدة" ends at one in the night, "من 8 صباحا إلى الثانية" at two).
            LocalDateTime until = d.atStartOfDay().plusHours(f.integer(Field.HOUR2)).plusMinutes(minute2);
            while (!until.isAfter(at)) {
                until = until.plusHours(12);
            }
            return t.withResolution(TimexType.TIME, minute(at) + "/" + minute(until), minute(at), minute(until), anchor, null);
        }
        LocalDateTime until = d.atStartOfDay().plusHours(adjustForPartOfDay(f.integer(Field.HOUR2), pod)).plusMinutes(minute2);
        if (until.isBefore(at) && !until.isBefore(unadjusted)) {
            at = unadjusted;
        }
        if (until.isBefore(at)) {
            until = until.plusHours(12);
        }
        return t.withResolution(TimexType.TIME, minute(at) + "/" + minute(until), minute(at), minute(until), anchor, null);
    }

    /** A part of day ("2024-12-07TEV") with its bounds; a midnight is an instant. */
    private static Timex partOfDay(Timex t, TimeFields f, Day day, PartOfDay pod, ResolutionPolicy policy) {
        LocalDate d = day.date();
        java.time.LocalTime asHour = policy.partAsHour(pod.code(), f.get(Field.PART, String.class));
        if (asHour != null) {
            // A calendar assistant's midday is noon, its mid-morning an hour of it.
            return t.withResolution(TimexType.TIME, minute(d.atTime(asHour)), null, null, day.anchor(), null);
        }
        if (pod.isMidnight()) {
            // A midnight with its own date is that date's start; a bare one ends the narrative's day.
            LocalDate on = hasDate(f) ? d : d.plusDays(1);
            return t.withResolution(TimexType.TIME, minute(on.atStartOfDay()), null, null, day.anchor(), null);
        }
        if (pod.from().equals(pod.to())) {
            // "منتصف النهار": an instant of the day.
            return t.withResolution(TimexType.TIME, minute(d.atTime(pod.from())), null, null, day.anchor(), null);
        }
        LocalDateTime from = d.atTime(pod.from());
        LocalDateTime to = pod.to().isAfter(pod.from()) ? d.atTime(pod.to()) : d.plusDays(1).atTime(pod.to());
        LocalDateTime[] part = partOf(from, to, f.get(Field.PART, String.class));
        return t.withResolution(TimexType.TIME, d + "T" + pod.code(), minute(part[0]), minute(part[1]), day.anchor(), null);
    }

    /** A whole day, or its first, middle or last third ("نهاية اليوم"). */
    private static Timex day(Timex t, TimeFields f, Day day, ResolutionPolicy policy) {
        if (!f.has(Field.PART)) {
            return wholeDay(t, day.date(), day.anchor());
        }
        if (policy.endOfDayInstant() && "END".equals(f.get(Field.PART, String.class))) {
            // A calendar assistant's "end of the day" is its last minute.
            String last = minute(day.date().atTime(23, 59));
            return t.withResolution(TimexType.TIME, last, last, last, day.anchor(), null);
        }
        LocalDateTime[] part = partOf(day.date().atStartOfDay(), day.date().atTime(23, 59), f.get(Field.PART, String.class));
        return t.withResolution(TimexType.DATE, day.date().toString(), minute(part[0]), minute(part[1]), day.anchor(), null);
    }

    /**
     * The start, middle or end of a stretch as its first, middle or last third: "الساعات الأولى من
     * فجر الجمعة" is early in that dawn, never an hour nobody said.
     */
    static LocalDateTime[] partOf(LocalDateTime from, LocalDateTime to, String part) {
        if (part == null) {
            return new LocalDateTime[] {from, to};
        }
        long third = java.time.Duration.between(from, to).toMinutes() / 3;
        return switch (part) {
            case "START" -> new LocalDateTime[] {from, from.plusMinutes(third)};
            case "MID" -> new LocalDateTime[] {from.plusMinutes(third), to.minusMinutes(third)};
            default -> new LocalDateTime[] {to.minusMinutes(third), to};
        };
    }

    /**
     * Whether {@code next} is only a part of day that reads the hour of a clock time {@code clock},
     * which has a part of day already, as that one does ("4" is 16:00 "بعد الظهر" and "مساء" alike).
     */
    static boolean partOfDaySaidAgain(TimeFields clock, TimeFields next) {
        if (!clock.has(Field.HOUR) || clock.has(Field.HOUR2) || !next.only(Field.POD)
                || !(clock.get(Field.POD, Object.class) instanceof PartOfDay first)
                || !(next.get(Field.POD, Object.class) instanceof PartOfDay again) || again.isMidnight()) {
            return false;
        }
        return readAlike(clock.integer(Field.HOUR), first, again);
    }

    /** Whether two parts of day put {@code hour} at the same hour of the 24-hour clock ("4" after "بعد الظهر" and "مساء"). */
    static boolean readAlike(int hour, PartOfDay a, PartOfDay b) {
        return adjustForPartOfDay(hour, a) == adjustForPartOfDay(hour, b);
    }

    /** A clock hour on the 24-hour clock, given the part of day said with it ("الثالثة مساء" is 15). */
    static int adjustForPartOfDay(int hour, PartOfDay pod) {
        if (pod == null || hour > 12) {
            return hour;
        }
        return switch (pod.code()) {
            case "AF", "EV", "PM" -> hour < 12 ? hour + 12 : hour;
            case "AM" -> hour == 12 ? 0 : hour;
            case "MI" -> hour < 6 ? hour + 12 : hour;
            case "NI" -> hour >= 6 && hour < 12 ? hour + 12 : hour == 12 ? 0 : hour;
            default -> hour;
        };
    }

}
