package org.isnad.time;

import static org.isnad.time.TimexResolver.EXPLICIT;
import static org.isnad.time.TimexValues.days;
import static org.isnad.time.TimexValues.unresolved;

import java.time.LocalDate;
import org.isnad.time.TimexResolver.Day;

/**
 * Stretches of years: a decade ("الستينيات" 196X, "سبعينيات القرن الماضي" 197X), a century
 * ("القرن العشرين" 19XX), a millennium ("مطلع الألفية"), and the decade or century counted from now
 * ("العقد الماضي" 201X). Written as TIMEX3 values with X for the digits they leave open.
 */
final class EraValues {
    private EraValues() {
    }

    static boolean applies(TimeFields f) {
        return f.has(Field.DECADE) || f.has(Field.CENTURY) || f.has(Field.MILLENNIUM);
    }

    static Timex resolve(Timex t, TimeFields f, Day now) {
        Integer reference = now.date() == null ? null : now.date().getYear();
        String anchor = EXPLICIT;
        Integer century = f.integer(Field.CENTURY);
        if (f.has(Field.REL) && (f.has(Field.DECADE) || f.has(Field.CENTURY))) {
            // "القرن الماضي": the century before now's.
            if (reference == null) {
                return unresolved(t, TimexType.DATE, null, null);
            }
            century = reference / 100 + 1 + f.integer(Field.REL);
            anchor = now.anchor();
        }
        if (f.has(Field.DECADE)) {
            int tens = f.integer(Field.DECADE);
            int start;
            if (century != null) {
                start = (century - 1) * 100 + tens;
            } else if (reference != null) {
                // The sixties said alone are the latest sixties that have begun.
                start = reference / 100 * 100 + tens;
                if (start > reference) {
                    start -= 100;
                }
                anchor = now.anchor();
            } else {
                return unresolved(t, TimexType.DATE, "XX" + tens / 10 + "X", null);
            }
            return years(t, start / 10 + "X", start, start + 9, f, anchor);
        }
        if (f.has(Field.CENTURY) && f.has(Field.HIJRI_ERA) && !f.has(Field.REL)) {
            LocalDate first = HijriDates.tabularNewYear((century - 1) * 100 + 1);
            LocalDate last = HijriDates.tabularNewYear(century * 100 + 1).minusDays(1);
            return stretch(t, first.getYear() + "/" + last.getYear(), first, last, f, anchor);
        }
        if (f.has(Field.CENTURY)) {
            int start = (century - 1) * 100;
            return years(t, two(start / 100) + "XX", start, start + 99, f, anchor);
        }
        int millennium = f.integer(Field.MILLENNIUM);
        if (millennium == 0) {
            if (reference == null) {
                return unresolved(t, TimexType.DATE, null, null);
            }
            millennium = reference / 1000 + 1;
            anchor = now.anchor();
        }
        int start = (millennium - 1) * 1000;
        return years(t, start / 1000 + "XXX", start, start + 999, f, anchor);
    }

    /** "العقد الماضي", "القرن الحالي": the decade or century now is in, or one before or after it. */
    static Timex relative(Timex t, TimeFields f, Day now) {
        if (now.date() == null) {
            return unresolved(t, TimexType.DATE, null, null);
        }
        int rel = f.has(Field.REL) ? f.integer(Field.REL) : 0;
        int year = now.date().getYear();
        if ("DE".equals(f.get(Field.RELUNIT, String.class))) {
            int start = (year / 10 + rel) * 10;
            return years(t, start / 10 + "X", start, start + 9, f, now.anchor());
        }
        int start = (year / 100 + rel) * 100;
        return years(t, two(start / 100) + "XX", start, start + 99, f, now.anchor());
    }

    private static Timex years(Timex t, String value, int from, int to, TimeFields f, String anchor) {
        return stretch(t, value, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), f, anchor);
    }

    private static Timex stretch(Timex t, String value, LocalDate a, LocalDate b, TimeFields f, String anchor) {
        String part = f.get(Field.PART, String.class);
        if (part != null) {
            // The start, middle or end of the stretch: its first, middle or last third.
            long third = (b.toEpochDay() - a.toEpochDay()) / 3;
            LocalDate startOfEnd = b.minusDays(third);
            LocalDate endOfStart = a.plusDays(third);
            a = part.equals("START") ? a : part.equals("MID") ? endOfStart : startOfEnd;
            b = part.equals("START") ? endOfStart : part.equals("MID") ? startOfEnd : b;
        }
        return days(t, value, a, b, anchor);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
