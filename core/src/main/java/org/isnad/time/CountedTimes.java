package org.isnad.time;

import java.util.regex.Pattern;
import static org.isnad.time.TimexResolver.EXPLICIT;
import static org.isnad.time.TimexResolver.REPORT;
import static org.isnad.time.TimexResolver.UNRESOLVED;
import static org.isnad.time.TimexValues.unresolved;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Set;
import org.isnad.time.TimexResolver.Day;

/**
 * Times that count units: a duration ("يومين"), the point N units before now ("قبل 3 أيام"), and
 * the point N units before or after an event the report just told ("بعد 4 أيام من تلك الرحلة").
 */
final class CountedTimes {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Words that point back at an event the report just told ("تلك", "ذلك"). */
    private final Set<String> anaphors;

    CountedTimes(Collection<String> anaphors) {
        this.anaphors = Set.copyOf(anaphors);
    }

    /** A count of units said as a length of time: "P2D", "PT24H". */
    static Timex duration(Timex t, TimeFields f) {
        return t.withResolution(TimexType.DURATION, TimexValues.duration(f), null, null, EXPLICIT, null);
    }

    /**
     * "خلال الأيام الثلاثة الماضية", "الأسابيع الثلاثة القادمة": a length of time that ends or
     * starts now, so it has bounds too (by whole days).
     */
    static Timex durationFromNow(Timex t, TimeFields f, Day now, java.time.LocalDateTime reference) {
        Timex d = duration(t, f);
        if (!f.has(Field.REL) || f.integer(Field.REL) == 0 || now.date() == null || !f.has(Field.COUNT) && !f.has(Field.AMOUNT)) {
            return d;
        }
        int sign = f.integer(Field.REL) < 0 ? -1 : 1;
        BigDecimal n = amount(f).multiply(BigDecimal.valueOf(sign));
        String unit = f.get(Field.UNIT, String.class);
        if (reference != null && isClockUnit(unit)) {
            // "الساعات الثلاث القادمة" from a known instant: to the minute.
            java.time.LocalDateTime other = shiftTime(reference, n, unit);
            java.time.LocalDateTime from = sign < 0 ? other : reference;
            java.time.LocalDateTime to = sign < 0 ? reference : other;
            return d.withResolution(TimexType.DURATION, d.value(), TimexValues.minute(from), TimexValues.minute(to), now.anchor(), null);
        }
        if (unit.equals("DE") || unit.equals("CE")) {
            // "العقدين الماضيين": whole decades (centuries) before or after the one now is in.
            int span = unit.equals("DE") ? 10 : 100;
            int current = Math.floorDiv(now.date().getYear(), span) * span;
            int count = n.abs().setScale(0, java.math.RoundingMode.HALF_UP).intValue();
            int first = sign < 0 ? current - count * span : current + span;
            LocalDate from = LocalDate.of(first, 1, 1);
            LocalDate to = LocalDate.of(first + count * span - 1, 12, 31);
            return d.withResolution(TimexType.DURATION, d.value(), TimexValues.minute(from.atStartOfDay()),
                    TimexValues.minute(to.atTime(23, 59)), now.anchor(), null);
        }
        // Days and longer: the next N days start tomorrow, the last N end yesterday.
        LocalDate start = now.date().plusDays(sign);
        LocalDate other = shift(now.date(), n, unit);
        LocalDate from = sign < 0 ? other : start;
        LocalDate to = sign < 0 ? start : other;
        return d.withResolution(TimexType.DURATION, d.value(), TimexValues.minute(from.atStartOfDay()),
                TimexValues.minute(to.atTime(23, 59)), now.anchor(), null);
    }

    /**
     * "قبل/منذ N unit", "بعد N unit": the point N units before or after now, at the unit's grain; a
     * duration when there is no now. With no number ("منذ أسابيع", "قبل بضع سنوات") it is the
     * duration PXW, bounded by the counts the words may stand for.
     */
    static Timex ago(Timex t, TimeFields f, Day now, java.time.LocalDateTime reference) {
        int sign = f.integer(Field.AGO);
        if (sign > 0 && Integer.valueOf(-1).equals(f.integer(Field.TENSE))) {
            // "وقال بعد دقائق": after a moment of the story the sentence tells, not after now.
            return unresolved(t, TimexType.DATE, null, "counted from a moment of the story, not from now: " + TimexValues.duration(f));
        }
        if (!f.has(Field.COUNT) && !f.has(Field.AMOUNT)) {
            Timex some = duration(t, f);
            if (!f.has(Field.SINCE)) {
                // "قبل أسابيع": a time some weeks back, not a length.
                some = some.withResolution(TimexType.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF", null, null,
                        now.date() == null ? UNRESOLVED : now.anchor(), null);
            }
            int[] counts = f.get(Field.SOME, int[].class);
            if (now.date() == null || counts == null) {
                return some;
            }
            LocalDate a = shift(now.date(), BigDecimal.valueOf((long) sign * counts[0]), f.get(Field.UNIT, String.class));
            LocalDate b = shift(now.date(), BigDecimal.valueOf((long) sign * counts[1]), f.get(Field.UNIT, String.class));
            LocalDate from = a.isBefore(b) ? a : b;
            LocalDate to = a.isBefore(b) ? b : a;
            return some.withResolution(some.type(), some.value(), TimexValues.minute(from.atStartOfDay()),
                    TimexValues.minute(to.atTime(23, 59)), now.anchor(), null);
        }
        if (now.date() == null) {
            // "قبل عام" with no "now" known: a point nobody can place, not a length of time.
            return unresolved(t, TimexType.DATE, null, "counted from a 'now' that is not known: " + TimexValues.duration(f));
        }
        String unit = f.get(Field.UNIT, String.class);
        if (reference != null && isClockUnit(unit) && !f.has(Field.PLUS)) {
            // "بعد 5 دقائق" from a known instant: that minute.
            java.time.LocalDateTime at = shiftTime(reference, amount(f).multiply(BigDecimal.valueOf(sign)), unit);
            return t.withResolution(TimexType.TIME, TimexValues.minute(at), null, null, now.anchor(), null);
        }
        return shifted(t, f, now.date(), sign, now.anchor());
    }

    /**
     * A time hanging on an event: counted from the report's last established date when the event
     * is one the report just told; otherwise left for the event layer to date.
     */
    Timex relativeToEvent(Timex t, TimeFields f, LocalDate established, Timex base) {
        LocalDate baseDay = base == null ? null : TimexValues.dayOf(base.value());
        if (baseDay != null && f.has(Field.UNIT)) {
            return shifted(t, f, baseDay, f.has(Field.DIR) ? f.integer(Field.DIR) : 1, base.anchor());
        }
        boolean anaphoric = t.relativeTo() != null && t.fields().has(Field.COUNT) && isAnaphor(t.relativeTo());
        if (anaphoric && established != null) {
            return shifted(t, f, established, f.has(Field.DIR) ? f.integer(Field.DIR) : 1, REPORT);
        }
        return t.withResolution(f.has(Field.POD) ? TimexType.TIME : TimexType.DATE, null, null, null, UNRESOLVED, null);
    }

    /** The expression's amount of its unit, counted {@code sign} ways from {@code from}, written at the unit's grain. */
    private static Timex shifted(Timex t, TimeFields f, LocalDate from, int sign, String anchor) {
        String unit = f.get(Field.UNIT, String.class);
        BigDecimal n = amount(f).multiply(BigDecimal.valueOf(sign));
        LocalDate d = shift(from, n, unit);
        if (f.has(Field.PLUS)) {
            // "منذ شهر و21 يوما": each part in turn; the value has the grain of the last, finest one.
            for (Object p : f.get(Field.PLUS, java.util.List.class)) {
                TimeFields part = (TimeFields) p;
                unit = part.get(Field.UNIT, String.class);
                d = shift(d, amount(part).multiply(BigDecimal.valueOf(sign)), unit);
            }
            n = BigDecimal.ONE;
        }
        String value = switch (unit) {
            // A whole number of years, decades or centuries back names a year; a fraction of a
            // year names a month ("منذ ثلاث سنوات وثلث").
            case "Y", "DE", "CE" -> whole(n.multiply(BigDecimal.valueOf(YEARS.get(unit)))) ? TimexValues.year(d.getYear())
                    : YearMonth.from(d).toString();
            case "M" -> whole(n) ? YearMonth.from(d).toString() : d.toString();
            // Hours and minutes from a day: the day is all that is known.
            default -> d.toString();
        };
        return t.withResolution(TimexType.DATE, value, null, null, anchor, null);
    }

    private static BigDecimal amount(TimeFields f) {
        return f.has(Field.AMOUNT) ? f.get(Field.AMOUNT, BigDecimal.class) : BigDecimal.valueOf(f.has(Field.COUNT) ? f.integer(Field.COUNT) : 1);
    }

    private static final java.util.Map<String, Integer> YEARS = java.util.Map.of("Y", 1, "DE", 10, "CE", 100);

    /** The day an amount of a unit away from {@code from}; fractions go to months, days or minutes. */
    static LocalDate shift(LocalDate from, BigDecimal n, String unit) {
        return switch (unit) {
            case "Y", "DE", "CE" -> from.plusMonths(round(n.multiply(BigDecimal.valueOf(12L * YEARS.get(unit)))));
            case "M" -> whole(n) ? from.plusMonths(n.longValue()) : from.plusDays(round(n.multiply(BigDecimal.valueOf(30))));
            case "W" -> from.plusDays(round(n.multiply(BigDecimal.valueOf(7))));
            case "D" -> from.plusDays(round(n));
            // From a day whose hour is unknown, hours move it only by the whole days they make.
            case "H" -> from.plusDays(n.divide(BigDecimal.valueOf(24), 0, java.math.RoundingMode.DOWN).longValue());
            case "MIN" -> from.plusDays(n.divide(BigDecimal.valueOf(24 * 60), 0, java.math.RoundingMode.DOWN).longValue());
            default -> from.plusDays(n.divide(BigDecimal.valueOf(24 * 3600), 0, java.math.RoundingMode.DOWN).longValue());
        };
    }

    private static boolean isClockUnit(String unit) {
        return unit.equals("H") || unit.equals("MIN") || unit.equals("S");
    }

    /** An instant an amount of hours, minutes or seconds away. */
    static java.time.LocalDateTime shiftTime(java.time.LocalDateTime from, BigDecimal n, String unit) {
        long seconds = n.multiply(BigDecimal.valueOf(unit.equals("H") ? 3600 : unit.equals("MIN") ? 60 : 1))
                .setScale(0, java.math.RoundingMode.HALF_UP).longValue();
        return from.plusSeconds(seconds);
    }

    private static boolean whole(BigDecimal n) {
        return n.stripTrailingZeros().scale() <= 0;
    }

    private static long round(BigDecimal n) {
        return n.setScale(0, java.math.RoundingMode.HALF_UP).longValue();
    }

    private boolean isAnaphor(String phrase) {
        String first = SPACES.split(phrase.strip())[0];
        return anaphors.contains(first);
    }
}
