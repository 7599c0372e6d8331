package org.isnad.cli;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.time.Timex;
import org.isnad.time.TimexType;

/**
 * Whether the engine's timex gives the value a Recognizers-Text spec expects, compared at the
 * spec's grain. The rules, each with a test in {@code RecognizersTimexTest}:
 * <ul>
 * <li>An {@code X} in the spec means "any": {@code XXXX-10-02} is 2 October of any year,
 *     {@code XXXX-XX-15} the 15th of any month, {@code XX70} any year ending in 70. The engine agrees
 *     when its value gives every digit the spec gives.</li>
 * <li>The calendar grain must be the spec's: a day ({@code 2016-11-07}, a weekday
 *     {@code XXXX-WXX-1}, the nth weekday of a month {@code XXXX-07-WXX-5-#1} — Recognizers also
 *     writes it without the {@code #}) is matched by a day, whose weekday or place in its month is
 *     then compared; a week ({@code 2016-W45}), weekend ({@code 2016-W45-WE}), month, year or season
 *     ({@code 2016-SU}; a bare {@code SU} is any year's) only by a value of that grain.</li>
 * <li>A week of a month ({@code 2016-11-W03}) is an engine week whose Monday is that month's nth
 *     Monday, or whose Thursday is in its nth week (ISO-style); past 5 it is the week of the year
 *     ({@code 2015-12-W53}). The specs use both counts.</li>
 * <li>A clock time is what the spec resolves it to: {@code T19} is 19:00:00, so it matches
 *     {@code …T19:00} and {@code XXXX-XX-XXT19} but not {@code T19:30}; {@code T19:56:30} needs the
 *     seconds (an engine time written without seconds has :00). A spec that gives no time of day
 *     is matched whatever time the engine adds. Parts of day ({@code TMO}, {@code TAF},
 *     {@code TEV}, {@code TNI}) must be the same code.</li>
 * <li>A stretch {@code (start,end,duration)} (brackets optional) matches an engine stretch
 *     (its earliest/latest, else its value {@code a/b}) whose start matches {@code start} and whose
 *     end matches {@code end} either as written or one engine unit (a minute, a day) later: the
 *     specs write ends both inclusive ("من 4 إلى 22" ends on the 22nd) and exclusive (the third
 *     quarter ends on 1 October); an engine end at the minute holds the whole minute ("…T23:59"
 *     matches "…T23:59:59"); a stretch of years or months may also end on the first day of its last
 *     one ("2014-2018" is written {@code (2014-01-01,2018-01-01,P4Y)}). The duration is implied by the
 *     ends and not compared.</li>
 * <li>Durations compare as amounts: months and years together (P1Y = P12M), weeks, days, hours,
 *     minutes and seconds together (P1W = P7D, P1D = PT24H); a month is not a number of days.</li>
 * <li>{@code PRESENT_REF} is the reference instant (to the minute) or the same word;
 *     {@code FUTURE_REF} and {@code PAST_REF} only the same word.</li>
 * <li>A SET ("every Monday", {@code XXXX-WXX-1}, {@code P1D}) needs an engine timex of type SET,
 *     then its value is compared by the rules above: the next Monday is not every Monday.</li>
 * </ul>
 * The spec's {@code Mod} (before, after, since) is not compared: the engine's timex has no mod.
 */
final class RecognizersTimex {
    private static final String W = "[\\dX]";
    private static final Pattern DAY = Pattern.compile("(?<y>" + W + "{4})-(?<m>" + W + "{2})-(?<d>" + W + "{2})");
    private static final Pattern WEEKDAY = Pattern.compile(W + "{4}-W" + W + "{2}-\\d");
    private static final Pattern NTH = Pattern.compile("(?<ym>" + W + "{4}-" + W + "{2})-WXX-(?<wd>\\d)-#?(?<n>\\d)");
    private static final Pattern WEEK_OF_MONTH = Pattern.compile("(?<y>" + W + "{4})-(?<m>" + W + "{2})-W(?<n>\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(?<y>" + W + "{4})-W(?<w>" + W + "{2})");
    private static final Pattern WEEKEND = Pattern.compile(W + "{4}-W" + W + "{2}-WE");
    private static final Pattern MONTH = Pattern.compile(W + "{4}-" + W + "{2}");
    private static final Pattern YEAR = Pattern.compile(W + "{4}");
    private static final Pattern SEASON = Pattern.compile("(?:" + W + "{4}-)?(?:SP|SU|FA|WI)");
    private static final Pattern CLOCK = Pattern.compile("(?<h>\\d{2})(?::(?<m>\\d{2})(?::(?<s>\\d{2}))?)?");
    private static final Pattern DURATION = Pattern.compile("P(?:(?<y>[\\d.]+)Y)?(?:(?<mo>[\\d.]+)M)?(?:(?<w>[\\d.]+)W)?"
            + "(?:(?<d>[\\d.]+)D)?(?:T(?:(?<h>[\\d.]+)H)?(?:(?<mi>[\\d.]+)M)?(?:(?<s>[\\d.]+)S)?)?");

    /** The calendar part of a value, by grain. */
    private enum Kind { NONE, DAY, WEEKDAY, NTH, WEEK_OF_MONTH, WEEK, WEEKEND, MONTH, YEAR, SEASON, OTHER }

    /** The shapes are disjoint, so their order does not matter. */
    private static final List<Map.Entry<Kind, Pattern>> KINDS = List.of(Map.entry(Kind.DAY, DAY), Map.entry(Kind.WEEKDAY, WEEKDAY),
            Map.entry(Kind.NTH, NTH), Map.entry(Kind.WEEK_OF_MONTH, WEEK_OF_MONTH), Map.entry(Kind.WEEK, WEEK),
            Map.entry(Kind.WEEKEND, WEEKEND), Map.entry(Kind.MONTH, MONTH), Map.entry(Kind.YEAR, YEAR), Map.entry(Kind.SEASON, SEASON));

    private RecognizersTimex() {
    }

    /**
     * @param spec      one TIMEX value of the spec
     * @param set       whether the spec's result is a SET
     * @param reference the case's "now", for {@code PRESENT_REF}
     */
    static boolean matches(String spec, boolean set, Timex engine, LocalDateTime reference) {
        String s = spec.strip();
        if (engine.value() == null || set && engine.type() != TimexType.SET) {
            return false;
        }
        if (s.endsWith("_REF")) {
            return s.equals(engine.value()) || s.equals("PRESENT_REF") && engine.value().equals(minute(reference));
        }
        if (s.contains(",")) {
            return stretchMatches(s, engine);
        }
        if (s.startsWith("P")) {
            return durationMatches(s, engine.value());
        }
        return !engine.value().contains("/") && pointMatches(s, engine.value());
    }

    private static boolean stretchMatches(String spec, Timex engine) {
        String[] parts = spec.replaceAll("[()]", "").split(",");
        if (parts.length < 2) {
            return false;
        }
        String from;
        String to;
        if (engine.earliest() != null && engine.latest() != null) {
            from = engine.earliest();
            to = engine.latest();
        } else if (engine.value().contains("/")) {
            from = engine.value().substring(0, engine.value().indexOf('/'));
            to = engine.value().substring(engine.value().indexOf('/') + 1);
        } else {
            return false;
        }
        // An end at the minute holds that whole minute: "…T23:59" ends where the spec's "…T23:59:59" does.
        boolean lastSecond = to.length() == 16 && pointMatches(parts[1], to + ":59");
        // "2014-2018" is written (2014-01-01,2018-01-01,P4Y): a stretch of years or months ends, in the
        // specs, on the first day of its last one, as a stretch of days ends on its last day.
        String lastUnit = engine.value().contains("/") ? firstDay(engine.value().substring(engine.value().indexOf('/') + 1)) : null;
        return pointMatches(parts[0], from) && (pointMatches(parts[1], to) || pointMatches(parts[1], oneUnitLater(to)) || lastSecond
                || lastUnit != null && pointMatches(parts[1], lastUnit));
    }

    /** The first day of a concrete year, month or week value ("2018" → 2018-01-01), else null. */
    private static String firstDay(String value) {
        if (value.contains("X")) {
            return null;
        }
        return switch (kind(value)) {
            case YEAR -> value + "-01-01";
            case MONTH -> value + "-01";
            case WEEK -> monday(value).toString();
            default -> null;
        };
    }

    /** A concrete engine value one of its own smallest units later (a minute, a second, a day), else itself. */
    private static String oneUnitLater(String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).plusDays(1).toString();
            }
            LocalDateTime t = LocalDateTime.parse(value);
            return value.length() > 16 ? t.plusSeconds(1).toString() : t.plusMinutes(1).toString();
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    static boolean pointMatches(String spec, String value) {
        int specT = spec.indexOf('T');
        int valueT = value.indexOf('T');
        String specDate = specT < 0 ? spec : spec.substring(0, specT);
        String valueDate = valueT < 0 ? value : value.substring(0, valueT);
        String specTime = specT < 0 ? null : spec.substring(specT + 1);
        String valueTime = valueT < 0 ? null : value.substring(valueT + 1);
        return dateMatches(specDate, valueDate) && timeMatches(specTime, valueTime);
    }

    private static boolean dateMatches(String spec, String value) {
        Kind specKind = kind(spec);
        Kind valueKind = kind(value);
        LocalDate day = valueKind == Kind.DAY ? concreteDay(value) : null;
        return switch (specKind) {
            case NONE -> true;
            case DAY -> valueKind == Kind.DAY && wild(spec, value);
            case WEEKDAY -> valueKind == Kind.WEEKDAY ? wild(spec, value) : day != null && wild(spec, isoWeekDate(day));
            case NTH -> day != null && wild(nth(spec), nthWeekdayOf(day));
            case WEEK_OF_MONTH -> valueKind == Kind.WEEK && weekOfMonth(spec, monday(value));
            case SEASON -> valueKind == Kind.SEASON && wild(spec.length() == 2 ? "XXXX-" + spec : spec, value);
            case OTHER -> spec.equals(value);
            default -> valueKind == specKind && wild(spec, value);
        };
    }

    private static boolean timeMatches(String spec, String value) {
        if (spec == null) {
            return true;
        }
        if (value == null) {
            return false;
        }
        Matcher want = CLOCK.matcher(spec);
        if (!want.matches()) {
            return spec.equals(value);
        }
        Matcher got = CLOCK.matcher(value);
        if (!got.matches()) {
            return false;
        }
        // The spec's resolution of T19 is 19:00:00: what it leaves out is zero, as is what the engine leaves out.
        return want.group("h").equals(got.group("h")) && orZero(want.group("m")).equals(orZero(got.group("m")))
                && orZero(want.group("s")).equals(orZero(got.group("s")));
    }

    private static String orZero(String digits) {
        return digits == null ? "00" : digits;
    }

    private static Kind kind(String date) {
        if (date.isEmpty()) {
            return Kind.NONE;
        }
        for (Map.Entry<Kind, Pattern> k : KINDS) {
            if (k.getValue().matcher(date).matches()) {
                return k.getKey();
            }
        }
        return Kind.OTHER;
    }

    /** Same length, and equal wherever the spec gives a character other than X. */
    private static boolean wild(String spec, String value) {
        if (spec.length() != value.length()) {
            return false;
        }
        for (int i = 0; i < spec.length(); i++) {
            if (spec.charAt(i) != 'X' && spec.charAt(i) != value.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate concreteDay(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** 2016-11-11 → "2016-W45-5". */
    private static String isoWeekDate(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d-%d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                d.getDayOfWeek().getValue());
    }

    /** 2016-07-01 → "2016-07-WXX-5-#1": the first Friday of July. */
    private static String nthWeekdayOf(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-%02d-WXX-%d-#%d", d.getYear(), d.getMonthValue(), d.getDayOfWeek().getValue(),
                (d.getDayOfMonth() - 1) / 7 + 1);
    }

    private static String nth(String spec) {
        Matcher m = NTH.matcher(spec);
        return m.matches() ? m.group("ym") + "-WXX-" + m.group("wd") + "-#" + m.group("n") : spec;
    }

    /** The Monday of an ISO week value "2016-W47", or null when it is not concrete. */
    private static LocalDate monday(String week) {
        Matcher m = WEEK.matcher(week);
        if (!m.matches() || week.contains("X")) {
            return null;
        }
        return LocalDate.of(Integer.parseInt(m.group("y")), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group("w")))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static boolean weekOfMonth(String spec, LocalDate monday) {
        if (monday == null) {
            return false;
        }
        Matcher m = WEEK_OF_MONTH.matcher(spec);
        if (!m.matches()) {
            return false;
        }
        int n = Integer.parseInt(m.group("n"));
        String yearMonth = m.group("y") + "-" + m.group("m");
        if (n > 5) {
            return wild(m.group("y"), String.format(Locale.ROOT, "%04d", monday.get(IsoFields.WEEK_BASED_YEAR)))
                    && monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == n;
        }
        LocalDate thursday = monday.plusDays(3);
        return wild(yearMonth, monday.toString().substring(0, 7)) && (monday.getDayOfMonth() - 1) / 7 + 1 == n
                || wild(yearMonth, thursday.toString().substring(0, 7)) && (thursday.getDayOfMonth() - 1) / 7 + 1 == n;
    }

    private static boolean durationMatches(String spec, String value) {
        BigDecimal[] want = amount(spec);
        BigDecimal[] got = amount(value);
        return want != null && got != null && want[0].compareTo(got[0]) == 0 && want[1].compareTo(got[1]) == 0;
    }

    /** A duration as {months, seconds}, or null when it is not one. */
    private static BigDecimal[] amount(String duration) {
        Matcher m = DURATION.matcher(duration);
        if (duration.length() < 3 || !m.matches()) {
            return null;
        }
        BigDecimal months = part(m, "y", 12).add(part(m, "mo", 1));
        BigDecimal seconds = part(m, "w", 7 * 86_400).add(part(m, "d", 86_400)).add(part(m, "h", 3_600))
                .add(part(m, "mi", 60)).add(part(m, "s", 1));
        return new BigDecimal[] {months, seconds};
    }

    private static BigDecimal part(Matcher m, String group, long unit) {
        String n = m.group(group);
        return n == null ? BigDecimal.ZERO : new BigDecimal(n).multiply(BigDecimal.valueOf(unit));
    }

    private static String minute(LocalDateTime t) {
        return t.truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
