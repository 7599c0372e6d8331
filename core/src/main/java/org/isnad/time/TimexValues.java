package org.isnad.time;

import java.util.regex.Pattern;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** How resolved times are written: TIMEX3 values and the ISO bounds of the stretches they denote. */
final class TimexValues {
    private static final Pattern MINUTE_VALUE = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?");
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d\\d");
    static final Pattern YEAR_VALUE = Pattern.compile("\\d{4}");
    /** A half, quarter or season of a year ("2015-H1", "2015-Q2", "2015-SU"). */
    static final Pattern PART_OF_YEAR_VALUE = Pattern.compile("\\d{4}-(?:H[12]|Q[1-4]|SP|SU|FA|WI)");
    private TimexValues() {
    }

    /** A year as TIMEX3 writes it, in four digits: 715 is "0715" (three digits would read as a decade). */
    static String year(int y) {
        return String.format(java.util.Locale.ROOT, "%04d", y);
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

    /**
     * The TIMEX3 duration a count and unit make: "P2D", "PT24H", "P3.5Y", "PXW" when the count is
     * not said; a fraction that is no short decimal goes to the next smaller unit ("ساعة وثلث" PT1H20M).
     */
    static String duration(TimeFields f) {
        String unit = f.get(Field.UNIT, String.class);
        if (f.has(Field.PLUS)) {
            return compound(f);
        }
        if (f.has(Field.COUNT)) {
            return duration(java.math.BigDecimal.valueOf(f.integer(Field.COUNT)), unit);
        }
        if (f.has(Field.AMOUNT)) {
            return duration(f.get(Field.AMOUNT, java.math.BigDecimal.class), unit);
        }
        return (isClockUnit(unit) ? "PT" : "P") + "X" + letter(unit);
    }

    static String duration(java.math.BigDecimal amount, String unit) {
        java.math.BigDecimal a = amount.stripTrailingZeros();
        String sub = SMALLER.get(unit);
        if (a.scale() > 2 && sub != null) {
            java.math.BigDecimal whole = a.setScale(0, java.math.RoundingMode.DOWN);
            java.math.BigDecimal rest = a.subtract(whole).multiply(java.math.BigDecimal.valueOf(PER.get(unit)))
                    .setScale(0, java.math.RoundingMode.HALF_UP);
            String big = whole.signum() == 0 ? "" : whole.toPlainString() + letter(unit);
            String small = rest.signum() == 0 ? "" : rest.toPlainString() + letter(sub);
            boolean clockSmall = isClockUnit(sub) && !isClockUnit(unit);
            return "P" + (isClockUnit(unit) ? "T" : "") + big + (clockSmall && !small.isEmpty() ? "T" : "") + small;
        }
        return (isClockUnit(unit) ? "PT" : "P") + (a.scale() < 0 ? a.setScale(0).toPlainString() : a.toPlainString()) + letter(unit);
    }

    /** Units in the order ISO 8601 writes them; a decade or century is years, a week seven days when mixed. */
    private static final List<String> ORDER = List.of("Y", "M", "D", "H", "MIN", "S");
    /** Every unit, largest first. */
    private static final List<String> SIZES = List.of("CE", "DE", "Y", "Q", "M", "W", "D", "H", "MIN", "S");

    /** Whether {@code unit} is a smaller unit than {@code than} (a week is smaller than a month). */
    static boolean isSmaller(String unit, String than) {
        return SIZES.indexOf(unit) > SIZES.indexOf(than) && SIZES.contains(than);
    }

    /** "شهرين ويوم واحد وساعتين": P2M1DT2H. */
    private static String compound(TimeFields f) {
        java.util.Map<String, java.math.BigDecimal> sum = new java.util.HashMap<>();
        List<TimeFields> parts = new java.util.ArrayList<>();
        parts.add(f);
        parts.addAll(f.get(Field.PLUS, List.class));
        for (TimeFields p : parts) {
            java.math.BigDecimal n = p.has(Field.AMOUNT) ? p.get(Field.AMOUNT, java.math.BigDecimal.class)
                    : java.math.BigDecimal.valueOf(p.has(Field.COUNT) ? p.integer(Field.COUNT) : 1);
            String unit = p.get(Field.UNIT, String.class);
            switch (unit) {
                case "DE" -> sum.merge("Y", n.multiply(java.math.BigDecimal.TEN), java.math.BigDecimal::add);
                case "CE" -> sum.merge("Y", n.multiply(java.math.BigDecimal.valueOf(100)), java.math.BigDecimal::add);
                case "W" -> sum.merge("D", n.multiply(java.math.BigDecimal.valueOf(7)), java.math.BigDecimal::add);
                default -> sum.merge(unit, n, java.math.BigDecimal::add);
            }
        }
        StringBuilder v = new StringBuilder("P");
        boolean time = false;
        for (String unit : ORDER) {
            java.math.BigDecimal n = sum.get(unit);
            if (n == null) {
                continue;
            }
            if (isClockUnit(unit) && !time) {
                v.append('T');
                time = true;
            }
            v.append(n.stripTrailingZeros().toPlainString()).append(letter(unit));
        }
        return v.toString();
    }

    /** The next smaller unit of each unit and how many of it make one. */
    private static final java.util.Map<String, String> SMALLER = java.util.Map.of("CE", "Y", "DE", "Y", "Y", "M", "M", "D",
            "W", "D", "D", "H", "H", "MIN", "MIN", "S");
    private static final java.util.Map<String, Integer> PER = java.util.Map.of("CE", 100, "DE", 10, "Y", 12, "M", 30,
            "W", 7, "D", 24, "H", 60, "MIN", 60);

    private static boolean isClockUnit(String unit) {
        return unit.equals("H") || unit.equals("MIN") || unit.equals("S");
    }

    /**
     * How many of each smaller unit, down to seconds, one {@code unit} makes (a month 30 days, a year
     * 12 months): the unit itself first, with 1.
     */
    private static java.util.LinkedHashMap<String, Long> downFrom(String unit) {
        java.util.LinkedHashMap<String, Long> out = new java.util.LinkedHashMap<>();
        long per = 1;
        for (String u = unit; u != null; u = SMALLER.get(u)) {
            out.put(u, per);
            per *= PER.getOrDefault(u, 1);
        }
        return out;
    }

    /**
     * Two lengths in one unit, the largest both break into ("20 يوما" and "3 أشهر": 20 and 90 days;
     * "أسبوع" and "شهرين": 7 and 60 days); null when they share none.
     */
    static Lengths inOneUnit(long n1, String u1, long n2, String u2) {
        java.util.Map<String, Long> a = downFrom(u1);
        java.util.Map<String, Long> b = downFrom(u2);
        for (String u : (a.size() < b.size() ? a : b).keySet()) {
            if (a.containsKey(u) && b.containsKey(u)) {
                return new Lengths(u, n1 * a.get(u), n2 * b.get(u));
            }
        }
        return null;
    }

    /** Two counts of one unit. */
    record Lengths(String unit, long first, long second) {
    }

    private static String letter(String unit) {
        return unit.equals("MIN") ? "M" : unit;
    }

    /** The TIMEX3 value of a set: "XXXX-WXX-1" every Monday, "P3D" every three days, "TMO" every morning. */
    static String set(TimeFields f) {
        String said = f.get(Field.SET, String.class);
        TimeLexicon.PartOfDay pod = f.get(Field.POD, TimeLexicon.PartOfDay.class);
        String day = f.has(Field.WEEKDAY) ? "XXXX-WXX-" + f.integer(Field.WEEKDAY) : "XXXX-XX-XX";
        String time = !f.has(Field.HOUR) ? "" : clock(f.integer(Field.HOUR), f.has(Field.MINUTE) ? f.integer(Field.MINUTE) : 0, pod);
        if (!time.isEmpty() && f.has(Field.HOUR2)) {
            // "يوميا من 6 مساء حتى 11 مساء": every day, the same stretch of hours.
            time += "/" + day + clock(f.integer(Field.HOUR2), f.has(Field.MINUTE2) ? f.integer(Field.MINUTE2) : 0, pod);
        }
        if ("P1D".equals(said) && !time.isEmpty()) {
            return "XXXX-XX-XX" + time; // "يوميا الساعة 6 مساء": every day at that hour
        }
        if (!said.isEmpty()) {
            return said;
        }
        if (f.has(Field.WEEKDAY) || !time.isEmpty()) {
            // "كل يوم اثنين", "الساعة 3 مساءً كل يوم": every such day, at that hour if one is said,
            // else in its part of day ("كل صباح ثلاثاء").
            boolean partOfDay = time.isEmpty() && pod != null && pod.isTimexPart();
            return day + (partOfDay ? "T" + pod.code() : time);
        }
        if (f.has(Field.UNIT)) {
            return duration(f.has(Field.COUNT) || f.has(Field.AMOUNT) ? f : f.with(Field.COUNT, 1));
        }
        if (f.has(Field.POD)) {
            return "T" + f.get(Field.POD, TimeLexicon.PartOfDay.class).code();
        }
        return "XXXX";
    }

    /** "T18:00": an hour of the clock, read in its part of day. */
    private static String clock(int hour, int minute, TimeLexicon.PartOfDay pod) {
        return String.format(java.util.Locale.ROOT, "T%02d:%02d", ClockTimes.adjustForPartOfDay(hour, pod), minute);
    }

    /** A TIMEX3 value with X for what is unknown: "XXXX-11-28", "XXXX-WXX-6", "XXXX-WXX-3T21:00". */
    static String unresolvedValue(TimeFields f) {
        String day = unresolvedDay(f);
        if (day == null || day.contains("/")) {
            return day;
        }
        // "غدا الأربعاء الساعة التاسعة مساء" with no "now": the weekday and the hour are still known.
        TimeLexicon.PartOfDay pod = f.get(Field.POD, TimeLexicon.PartOfDay.class);
        if (f.has(Field.HOUR)) {
            return day + clock(f.integer(Field.HOUR), f.has(Field.MINUTE) ? f.integer(Field.MINUTE) : 0, pod);
        }
        return pod != null && pod.isTimexPart() ? day + "T" + pod.code() : day;
    }

    private static String unresolvedDay(TimeFields f) {
        if (f.has(Field.MONTH)) {
            String v = "XXXX-" + two(f.integer(Field.MONTH));
            if (f.has(Field.DAY) && f.has(Field.DAY2)) {
                // "بين 27-29 أكتوبر" with no year known: still the stretch of days, not its first.
                return v + "-" + two(f.integer(Field.DAY)) + "/" + v + "-" + two(f.integer(Field.DAY2));
            }
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

    /**
     * The first and last minute a resolved date or time denotes: its bounds when it has them, else
     * what its value names ("2024-12-07T18:58" that minute, "2024-12" the month); null for
     * durations, sets and values with unknown parts.
     */
    static String[] bounds(Timex t) {
        if (t.earliest() != null && t.latest() != null) {
            return new String[] {t.earliest(), t.latest()};
        }
        String v = t.value();
        if (v == null || t.type() == TimexType.DURATION || t.type() == TimexType.SET) {
            return null;
        }
        try {
            if (MINUTE_VALUE.matcher(v).matches()) {
                String m = v.substring(0, 16);
                return new String[] {m, m};
            }
            if (DAY_VALUE.matcher(v).matches()) {
                LocalDate d = LocalDate.parse(v);
                return new String[] {minute(d.atStartOfDay()), minute(d.atTime(23, 59))};
            }
            if (MONTH_VALUE.matcher(v).matches()) {
                java.time.YearMonth ym = java.time.YearMonth.parse(v);
                return new String[] {minute(ym.atDay(1).atStartOfDay()), minute(ym.atEndOfMonth().atTime(23, 59))};
            }
            if (YEAR_VALUE.matcher(v).matches()) {
                int y = Integer.parseInt(v);
                return new String[] {minute(LocalDate.of(y, 1, 1).atStartOfDay()), minute(LocalDate.of(y, 12, 31).atTime(23, 59))};
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /** The day a value names, or null for coarser or unresolved values. */
    static LocalDate dayOf(String value) {
        if (value == null || value.length() < 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.substring(0, 10));
            int slash = value.indexOf('/');
            if (slash > 0 && value.length() >= slash + 11) {
                // A stretch of more than a week (a Hijri year "2014-10-25/2015-10-13", the first half
                // of a year) names no day the story stands on, not even its first.
                LocalDate end = LocalDate.parse(value.substring(slash + 1, slash + 11));
                if (java.time.temporal.ChronoUnit.DAYS.between(day, end) > LONGEST_DAY_STRETCH) {
                    return null;
                }
            }
            return day;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Days a stretch may span and still be told as the day it starts on ("من 17 إلى 23 شوال"). */
    private static final int LONGEST_DAY_STRETCH = 7;
}
