package org.isnad.time;

import java.util.List;

/**
 * The two ends of a stretch said as "from A to B", each with its own fields. What one end leaves
 * unsaid the other lends it, when it is coarser than what the end says itself: in "من 12 نوفمبر
 * حتى 3 يناير 2025" the first end takes the year, in "من الخامسة إلى السابعة من الغد" the day, in
 * "الأسبوع الماضي من الأربعاء إلى الجمعة" the second end takes the week.
 */
final class RangeEnds {
    /** Fields from coarse to fine; a field is lent only to an end that says something finer. */
    private static final List<List<Field>> GRAINS = List.of(
            List.of(Field.YEAR, Field.HIJRI_YEAR),
            List.of(Field.MONTH, Field.HIJRI_MONTH, Field.RELUNIT, Field.REL),
            List.of(Field.DAY, Field.HIJRI_DAY, Field.WEEKDAY, Field.RELDAY, Field.HOLIDAY, Field.SET),
            List.of(Field.HOUR));

    private RangeEnds() {
    }

    /**
     * An end that is an instant of the day ("منتصف الليل", "منتصف النهار") facing a clock time is
     * that hour, so the two make a stretch of hours: "من الساعة 8 مساء حتى منتصف الليل" ends at the
     * next day's 00:00 (hour 24), "من منتصف الليل حتى الخامسة صباحا" starts at 00:00. Midday said as
     * an end ("من 10 صباحا حتى الظهر", "من الظهر حتى الخامسة") is noon, the hour "الظهر" is named for.
     */
    static TimeFields clockEnd(TimeFields end, TimeFields other, boolean far) {
        if (end.has(Field.HOUR) || !other.has(Field.HOUR) || !(end.get(Field.POD, Object.class) instanceof TimeLexicon.PartOfDay pod)) {
            return end;
        }
        java.time.LocalTime at = pod.from().equals(pod.to()) ? pod.from() : pod.code().equals("MI") ? java.time.LocalTime.NOON : null;
        if (at == null) {
            return end;
        }
        int hour = pod.isMidnight() && far ? 24 : at.getHour();
        TimeFields out = end.with(Field.POD, null).with(Field.HOUR, hour);
        return at.getMinute() == 0 ? out : out.with(Field.MINUTE, at.getMinute());
    }

    /** {@code end} with what {@code other} says that {@code end} leaves unsaid and is coarser than it. */
    static TimeFields lend(TimeFields end, TimeFields other) {
        int finest = finestGrain(end);
        TimeFields out = end;
        for (int g = 0; g < finest; g++) {
            List<Field> grain = GRAINS.get(g);
            if (grain.stream().anyMatch(end::has)) {
                continue;
            }
            for (Field f : grain) {
                if (other.has(f)) {
                    out = out.with(f, other.get(f, Object.class));
                }
            }
        }
        return out;
    }

    /**
     * The two ends of "from A to B" after lending, with the year an end borrowed moved so the
     * stretch runs forward: "من أكتوبر 2015 حتى مارس" ends in March 2016, "من نوفمبر حتى فبراير
     * 2017" starts in November 2016. An end that says its own year is never moved.
     */
    static TimeFields[] inOrder(TimeFields near, TimeFields far, TimeFields nearSaid, TimeFields farSaid) {
        for (Field[] calendar : new Field[][] {{Field.YEAR, Field.MONTH, Field.DAY}, {Field.HIJRI_YEAR, Field.HIJRI_MONTH, Field.HIJRI_DAY}}) {
            Field year = calendar[0];
            if (!(near.get(year, Object.class) instanceof Integer y) || !y.equals(far.get(year, Object.class))
                    || nearSaid.has(year) == farSaid.has(year) || !(near.get(calendar[1], Object.class) instanceof Integer)
                    || !(far.get(calendar[1], Object.class) instanceof Integer) || dayOfYear(far, calendar) >= dayOfYear(near, calendar)) {
                continue;
            }
            return farSaid.has(year) ? new TimeFields[] {near.with(year, y - 1), far} : new TimeFields[] {near, far.with(year, y + 1)};
        }
        return new TimeFields[] {near, far};
    }

    private static int dayOfYear(TimeFields f, Field[] calendar) {
        Object day = f.get(calendar[2], Object.class);
        return f.integer(calendar[1]) * 32 + (day instanceof Integer d ? d : 0);
    }

    private static int finestGrain(TimeFields f) {
        for (int g = GRAINS.size() - 1; g >= 0; g--) {
            if (GRAINS.get(g).stream().anyMatch(f::has)) {
                return g;
            }
        }
        return -1;
    }

    /** The start of a value that may be a stretch "a/b". */
    private static String first(String v) {
        return v.contains("/") ? v.substring(0, v.indexOf('/')) : v;
    }

    /** The end of a value that may be a stretch "a/b". */
    private static String last(String v) {
        return v.contains("/") ? v.substring(v.lastIndexOf('/') + 1) : v;
    }

    /** True when both ends are dated and the far one starts before the near one. */
    static boolean endsBeforeStart(Timex from, Timex to) {
        String[] a = TimexValues.bounds(from);
        String[] b = TimexValues.bounds(to);
        return a != null && b != null && b[0].compareTo(a[0]) < 0;
    }

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\d");

    /** The same time of the next day: every date a resolved end writes, one day on. */
    static Timex dayLater(Timex to) {
        return to.withResolution(to.type(), dayLater(to.value()), dayLater(to.earliest()), dayLater(to.latest()), to.anchor(), to.note());
    }

    private static String dayLater(String v) {
        return v == null ? null : DAY.matcher(v).replaceAll(m -> java.time.LocalDate.parse(m.group()).plusDays(1).toString());
    }

    /**
     * One stretch from its two ends, resolved alone: "a/b" with the first end's start and the
     * second's end; a start whose part of day came from the other end ("من السابعة والنصف حتى 4
     * مساء") is the reading that does not fall after the end.
     */
    static Timex join(Timex t, Timex from, Timex to) {
        if (from.value() == null || to.value() == null) {
            return TimexValues.unresolved(t, from.type() == TimexType.TIME || to.type() == TimexType.TIME ? TimexType.TIME : TimexType.DATE,
                    null, "one end of the stretch could not be dated");
        }
        if (from.type() == TimexType.SET) {
            // "كل يوم من 9 صباحا إلى 5 مساء": a stretch that recurs is a set of stretches, with no bounds.
            return t.withResolution(TimexType.SET, first(from.value()) + "/" + last(to.value()), null, null, TimexResolver.EXPLICIT, null);
        }
        String[] a = TimexValues.bounds(from);
        String[] b = TimexValues.bounds(to);
        TimexType type = from.type() == TimexType.TIME || to.type() == TimexType.TIME ? TimexType.TIME : TimexType.DATE;
        String anchor = TimexResolver.EXPLICIT.equals(from.anchor()) ? to.anchor() : from.anchor();
        // An end that is a stretch itself ("1436 / 1437هـ", two Hijri years) gives its own start or end.
        String value = first(from.value()) + "/" + last(to.value());
        if (a == null || b == null) {
            return t.withResolution(type, value, null, null, anchor, null);
        }
        return t.withResolution(type, value, a[0], b[1], anchor, null);
    }
}
