package org.isnad.time;

import static org.isnad.time.TimexResolver.EXPLICIT;
import static org.isnad.time.TimexResolver.REPORT;
import static org.isnad.time.TimexValues.dayOf;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.isnad.time.TimexResolver.Day;

/**
 * Where the narrative of one report stands as it is read in order: the day it has reached and what
 * that day was resolved against; the last day it established (a date it gave, not a weekday guessed
 * from the one before), which "تلك الرحلة" points back at; and, once it moves to an event no date is
 * known for ("ليلة السقوط"), that event, on which the times after it then hang. Only {@link #advance}
 * moves it, once per expression resolved; the resolver's helpers read it.
 */
final class Narrative {
    private static final Pattern DAY_PREFIXED_VALUE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d.*");

    LocalDate day;
    String anchor;
    /**
     * The last day the report tells as happening, which a quote's "اليوم/أمس" and, with no
     * publication date, a bare time count from: not a day it looks ahead to ("تأجيل الموعد إلى
     * 10/12/2015", "بدءا من 15 أكتوبر"), which the report is written before.
     */
    LocalDate present;
    /** The first day the report names in its opening (a dateline's, "ينبع 26 شوال 1436 الموافق 11 أغسطس"). */
    LocalDate lead;
    LocalDate established;
    String event;
    /** The last time the report named outright or by its own dates, and its grain (D, M or Y). */
    LocalDate focus;
    String focusGrain;

    /** The time "السابق/التالي" of {@code unit} count from: the last one told at that grain or finer. */
    Day focusFor(String unit) {
        if (focus == null) {
            return null;
        }
        boolean fine = switch (unit) {
            case "D", "W" -> focusGrain.equals("D");
            case "M" -> !focusGrain.equals("Y");
            case "Y" -> true;
            default -> false;
        };
        return fine ? new Day(focus, REPORT) : null;
    }

    /** Moves the narrative past {@code t}, now resolved as {@code r}. */
    void advance(Timex t, Timex r, ReportAnchors anchors) {
        LocalDate d = dayOf(r.value());
        // Only an expression that names a day moves the narrative: "الساعة العاشرة مساء" or a
        // midnight happen on the day it has reached, they do not take it elsewhere.
        if (d != null && r.type() != TimexType.DURATION && TimexResolver.namesADay(t.fields())) {
            day = d;
            anchor = r.anchor();
            event = null;
            if (!looksAhead(t.fields()) && !afterWriting(d, anchors.context())) {
                present = d;
                // A dateline names its date outright; "السابع من الشهر الحالي" in an opening is the event's.
                if (lead == null && t.span().start() < ReportAnchors.LEAD_CHARS && EXPLICIT.equals(r.anchor())) {
                    lead = d;
                }
            }
            Integer wd = t.fields().integer(Field.WEEKDAY);
            boolean bound = wd != null && anchors.isDatedWeekday(wd, d);
            if (t.fields().has(Field.DAY) || bound) {
                established = d;
            }
        } else if (t.fields().has(Field.EVENT) && r.value() == null) {
            day = null;
            event = t.relativeTo();
        }
        noteFocus(r);
    }

    /**
     * A day said as one the report looks ahead to: a future-looking sentence, one named as coming
     * ("22 ديسمبر المقبل"), or a bound from or to it.
     */
    private static boolean looksAhead(TimeFields f) {
        Object mod = f.get(Field.MOD, Object.class);
        return f.has(Field.TENSE) && f.integer(Field.TENSE) > 0 || f.has(Field.REL) && f.integer(Field.REL) > 0
                || "ON_OR_AFTER".equals(mod) || "ON_OR_BEFORE".equals(mod) || "AFTER".equals(mod) || "BEFORE".equals(mod);
    }

    /** A day after the report was published, or after the latest day it can have been: one it looks ahead to. */
    private static boolean afterWriting(LocalDate d, TimeContext ctx) {
        LocalDate written = ctx.publication() != null ? ctx.publication() : ctx.publishedBy();
        return written != null && d.isAfter(written);
    }

    /** A time named outright or by the report's own dates becomes what "السابق/التالي" count from. */
    private void noteFocus(Timex r) {
        if (r.value() == null || r.type() == TimexType.DURATION || r.type() == TimexType.SET
                || !(EXPLICIT.equals(r.anchor()) || REPORT.equals(r.anchor()) || TimexResolver.PUBLICATION.equals(r.anchor()))) {
            return;
        }
        String v = r.value();
        if (DAY_PREFIXED_VALUE.matcher(v).matches()) {
            focus = LocalDate.parse(v.substring(0, 10));
            focusGrain = "D";
        } else if (TimexValues.MONTH_VALUE.matcher(v).matches()) {
            focus = LocalDate.parse(v + "-01");
            focusGrain = "M";
        } else if (TimexValues.YEAR_VALUE.matcher(v).matches() || TimexValues.PART_OF_YEAR_VALUE.matcher(v).matches()) {
            // "النصف الأول من 2015 ... نفس الفترة من العام السابق": a half, quarter or season names its year.
            focus = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 1, 1);
            focusGrain = "Y";
        }
    }
}
