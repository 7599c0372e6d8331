package org.isnad.time;

import static org.isnad.time.Calendars.fullYear;
import static org.isnad.time.Calendars.holidayStart;
import static org.isnad.time.Calendars.isoWeek;
import static org.isnad.time.Calendars.matching;
import static org.isnad.time.Calendars.nthWeekMonday;
import static org.isnad.time.Calendars.nthWeekday;
import static org.isnad.time.Calendars.partOfMonth;
import static org.isnad.time.Calendars.partOfYear;
import static org.isnad.time.Calendars.pick;
import static org.isnad.time.Calendars.safe;
import static org.isnad.time.Calendars.seasonStart;
import static org.isnad.time.TimexValues.dayOf;
import static org.isnad.time.TimexValues.days;
import static org.isnad.time.TimexValues.duration;
import static org.isnad.time.TimexValues.minute;
import static org.isnad.time.TimexValues.unresolved;
import static org.isnad.time.TimexValues.unresolvedValue;
import static org.isnad.time.TimexValues.wholeDay;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Span;
import org.isnad.time.ResolutionPolicy.Direction;

/**
 * Gives each time expression of one report its TIMEX3 value and bounds, reading the report in order
 * so that an incomplete expression is resolved the way a reader would: a missing year from the
 * nearest complete date of the report, then from the run's story, then from the publication; a bare
 * weekday or part of day from the day the narrative has reached; "غدا" in a quote from when the
 * speaker spoke. Every choice is recorded in the timex's {@code anchor}.
 */
final class TimexResolver {
    static final String EXPLICIT = "explicit";
    static final String REPORT = "report";
    static final String STORY = "story";
    static final String PUBLICATION = "publication";
    static final String QUOTE = "quote";
    static final String UNRESOLVED = "unresolved";

    /**
     * Where the narrative stands: the day it has reached and what that day was resolved against;
     * the last day it established (a date it gave, not a weekday guessed from the one before), which
     * "تلك الرحلة" points back at; and, once it moves to an event no date is known for ("ليلة
     * السقوط"), that event, on which the times after it then hang.
     */
    private static final class Narrative {
        LocalDate day;
        String anchor;
        LocalDate established;
        String event;
    }

    private record Day(LocalDate date, String anchor) {
    }

    /** Words that point back at an event the report just told ("تلك", "ذلك"). */
    private final java.util.Set<String> anaphors;

    TimexResolver(java.util.Collection<String> anaphors) {
        this.anaphors = java.util.Set.copyOf(anaphors);
    }

    List<Timex> resolve(List<Timex> timexes, TimeContext ctx) {
        List<Map.Entry<Integer, LocalDate>> complete = new ArrayList<>();
        Map<Integer, LocalDate> ownWeekdays = new HashMap<>();
        for (Timex t : timexes) {
            LocalDate d = explicitDay(t.fields());
            if (d != null) {
                complete.add(Map.entry(t.span().start(), d));
                Integer wd = t.fields().integer(Field.WEEKDAY);
                if (wd != null && d.getDayOfWeek().getValue() == wd) {
                    ownWeekdays.put(wd, d);
                }
            }
        }
        Narrative narrative = new Narrative();
        List<Timex> out = new ArrayList<>(timexes.size());
        for (Timex t : timexes) {
            Timex r = resolveOne(t, ctx, complete, ownWeekdays, narrative);
            out.add(r);
            LocalDate day = dayOf(r.value());
            // Only an expression that names a day moves the narrative: "الساعة العاشرة مساء" or a
            // midnight happen on the day it has reached, they do not take it elsewhere.
            if (day != null && r.type() != TimexType.DURATION && namesADay(t.fields())) {
                narrative.day = day;
                narrative.anchor = r.anchor();
                narrative.event = null;
                Integer wd = t.fields().integer(Field.WEEKDAY);
                boolean bound = wd != null && (day.equals(ownWeekdays.get(wd)) || day.equals(ctx.story().weekdays().get(wd)));
                if (t.fields().has(Field.DAY) || bound) {
                    narrative.established = day;
                }
            } else if (t.fields().has(Field.EVENT) && r.value() == null) {
                narrative.day = null;
                narrative.event = t.relativeTo();
            }
        }
        return out;
    }

    private Timex resolveOne(Timex t, TimeContext ctx, List<Map.Entry<Integer, LocalDate>> complete,
                             Map<Integer, LocalDate> ownWeekdays, Narrative narrative) {
        TimeFields f = t.fields();
        boolean quoted = t.quote();
        if (f.has(Field.EVENT)) {
            return relativeToEvent(t, f, narrative);
        }
        if (f.has(Field.UNIT) && !f.has(Field.AGO)) {
            return t.withResolution(TimexType.DURATION, duration(f), null, null, EXPLICIT, null);
        }
        if (f.has(Field.AGO)) {
            return ago(t, f, base(ctx, narrative, quoted));
        }
        if (f.has(Field.NUMERIC) && ctx.policy().numericHijri() && f.has(Field.YEAR) && f.has(Field.DAY)) {
            f = f.with(Field.HIJRI_YEAR, f.integer(Field.YEAR)).with(Field.HIJRI_MONTH, f.integer(Field.MONTH))
                    .with(Field.HIJRI_DAY, f.integer(Field.DAY)).with(Field.YEAR, null).with(Field.MONTH, null).with(Field.DAY, null);
        }
        if (f.has(Field.HIJRI_MONTH)) {
            return hijri(t, f, ctx, narrative);
        }
        f = frame(f, base(ctx, narrative, quoted));
        if (f.has(Field.RELUNIT)) {
            return relativeUnit(t, f, base(ctx, narrative, quoted));
        }
        if (f.has(Field.HOLIDAY)) {
            return holiday(t, f, ctx, base(ctx, narrative, quoted));
        }
        f = ordinalOrNth(f, t.span(), ctx, complete);
        if (f.has(Field.NTH) && f.has(Field.MONTH)) {
            return nth(t, f, ctx, complete);
        }
        Day day = day(f, t.span(), ctx, complete, ownWeekdays, narrative, quoted);
        if (day == null) {
            return coarse(t, f, ctx, complete, narrative);
        }
        if (day.date() == null) {
            Timex open = t.withResolution(timeType(f), unresolvedValue(f), null, null, UNRESOLVED, null);
            return t.relativeTo() == null && narrative.event != null && !hasDate(f) ? open.hangingOn(narrative.event) : open;
        }
        Timex r = withTimeOfDay(t, f, day, ctx);
        return f.has(Field.DAY2) ? range(r, f, day.date()) : r;
    }

    /** "من 13 إلى 15 تموز": one stretch from the first day to the last, written start/end. */
    private static Timex range(Timex r, TimeFields f, LocalDate first) {
        LocalDate last = safe(first.getYear(), first.getMonthValue(), f.integer(Field.DAY2));
        if (last == null || last.isBefore(first) || r.type() != TimexType.DATE) {
            return r;
        }
        return days(r, first + "/" + last, first, last, r.anchor());
    }

    // ------------------------------------------------------------------ frames, nths, holidays

    /**
     * "الشهر القادم", "السنة القادمة" said with a month, a day or a weekday ("آخر اثنين من الشهر
     * القادم") fix the month or year those are counted in.
     */
    private static TimeFields frame(TimeFields f, Day base) {
        String unit = f.get(Field.RELUNIT, String.class);
        boolean framed = f.has(Field.MONTH) || f.has(Field.NTH) || f.has(Field.DAY) || f.has(Field.WEEKDAY) && !"W".equals(unit);
        if (unit == null || unit.equals("W") || !framed || base.date() == null) {
            return f;
        }
        int rel = f.has(Field.REL) ? f.integer(Field.REL) : 0;
        TimeFields out = f.with(Field.RELUNIT, null).with(Field.REL, null);
        if (unit.equals("Y")) {
            return out.with(Field.YEAR, base.date().getYear() + rel);
        }
        YearMonth ym = YearMonth.from(base.date()).plusMonths(rel);
        return out.with(Field.YEAR, ym.getYear()).with(Field.MONTH, ym.getMonthValue());
    }

    /**
     * "الثلاثاء الثالث من أيلول" is the third Tuesday when 3 September is no Tuesday, and the
     * 3rd when it is: an ordinal day that contradicts its weekday counts weekdays instead.
     */
    private static TimeFields ordinalOrNth(TimeFields f, Span span, TimeContext ctx, List<Map.Entry<Integer, LocalDate>> complete) {
        if (!f.has(Field.ORDINAL) || !f.has(Field.WEEKDAY) || !f.has(Field.DAY) || !f.has(Field.MONTH) || f.has(Field.NTH)) {
            return f;
        }
        Integer year = f.has(Field.YEAR) ? Integer.valueOf(fullYear(f.integer(Field.YEAR))) : null;
        if (year == null) {
            Day y = yearFor(f, span, ctx, complete);
            year = y.date() == null ? null : y.date().getYear();
        }
        LocalDate d = year == null ? null : safe(year, f.integer(Field.MONTH), f.integer(Field.DAY));
        if (d == null || d.getDayOfWeek().getValue() == f.integer(Field.WEEKDAY) || f.integer(Field.DAY) > 5) {
            return f;
        }
        return f.with(Field.NTH, f.integer(Field.DAY)).with(Field.DAY, null).with(Field.ORDINAL, null);
    }

    /** The nth or last weekday, week or day of a month. */
    private Timex nth(Timex t, TimeFields f, TimeContext ctx, List<Map.Entry<Integer, LocalDate>> complete) {
        String anchor = EXPLICIT;
        Integer year = f.has(Field.YEAR) ? Integer.valueOf(fullYear(f.integer(Field.YEAR))) : null;
        if (year == null) {
            Day y = yearFor(f.with(Field.DAY, 1), t.span(), ctx, complete);
            if (y.date() == null) {
                return unresolved(t, TimexType.DATE, null, null);
            }
            year = y.date().getYear();
            anchor = y.anchor();
        }
        YearMonth ym = YearMonth.of(year, f.integer(Field.MONTH));
        int n = f.integer(Field.NTH);
        String unit = f.has(Field.WEEKDAY) ? "WD" : f.has(Field.NTHUNIT) ? f.get(Field.NTHUNIT, String.class) : "D";
        LocalDate d;
        switch (unit) {
            case "WD" -> d = nthWeekday(ym, f.integer(Field.WEEKDAY), n);
            case "W" -> {
                LocalDate monday = nthWeekMonday(ym, n);
                return days(t, isoWeek(monday), monday, monday.plusDays(6), anchor);
            }
            default -> d = n < 0 ? ym.atEndOfMonth() : safe(year, ym.getMonthValue(), n);
        }
        if (d == null || !YearMonth.from(d).equals(ym)) {
            return unresolved(t, TimexType.DATE, null, null);
        }
        return withTimeOfDay(t, f.with(Field.DAY, d.getDayOfMonth()), new Day(d, anchor), ctx);
    }

    /** A holiday: in the year given, else its occurrence the policy picks from the reference day. */
    private Timex holiday(Timex t, TimeFields f, TimeContext ctx, Day base) {
        TimeLexicon.Holiday h = f.get(Field.HOLIDAY, TimeLexicon.Holiday.class);
        if (f.has(Field.YEAR)) {
            return holidayIn(t, h, fullYear(f.integer(Field.YEAR)), EXPLICIT);
        }
        if (base.date() == null) {
            return unresolved(t, TimexType.DATE, null, null);
        }
        LocalDate best = pick(base.date(), ctx.policy().noYear() == Direction.NEXT ? Direction.NEXT : Direction.NEAREST,
                y -> holidayStart(h, y));
        return best == null ? unresolved(t, TimexType.DATE, null, null)
                : holidayIn(t, h, best.getYear(), base.anchor());
    }

    private Timex holidayIn(Timex t, TimeLexicon.Holiday h, int year, String anchor) {
        LocalDate start = holidayStart(h, year);
        if (start == null) {
            return unresolved(t, TimexType.DATE, null, null);
        }
        if (h.calendar().equals("hijri-month")) {
            LocalDate end = HijriDates.monthEnd(start);
            return days(t, start + "/" + end, start, end, anchor);
        }
        return wholeDay(t, start, anchor);
    }

    // ------------------------------------------------------------------ days

    /** The day an expression names, or null when it names no day (a month, a year, a season). */
    private Day day(TimeFields f, Span span, TimeContext ctx, List<Map.Entry<Integer, LocalDate>> complete,
                    Map<Integer, LocalDate> ownWeekdays, Narrative narrative, boolean quoted) {
        if (f.has(Field.DAY) && f.has(Field.MONTH)) {
            if (f.has(Field.YEAR)) {
                return date(fullYear(f.integer(Field.YEAR)), f.integer(Field.MONTH), f.integer(Field.DAY), EXPLICIT);
            }
            Day year = yearFor(f, span, ctx, complete);
            return year.date() == null ? year : date(year.date().getYear(), f.integer(Field.MONTH), f.integer(Field.DAY), year.anchor());
        }
        if (f.has(Field.WEEKDAY) && !(f.has(Field.RELDAY) && base(ctx, narrative, quoted).date() != null)) {
            // "مساء أمس الأحد": when there is a "now", yesterday says more exactly which Sunday.
            return weekday(f, ctx, ownWeekdays, narrative, quoted);
        }
        if (f.has(Field.RELDAY)) {
            Day base = base(ctx, narrative, quoted);
            return base.date() == null ? base : new Day(base.date().plusDays(f.integer(Field.RELDAY)), base.anchor());
        }
        if (f.has(Field.NOW)) {
            return base(ctx, narrative, quoted);
        }
        if (f.has(Field.DAY) && !f.has(Field.YEAR) && (ctx.reference() != null || narrative.day != null)) {
            // "السبت السادس عشر": a day of the current month.
            LocalDate ref = ctx.reference() != null ? ctx.reference().toLocalDate() : narrative.day;
            return date(ref.getYear(), ref.getMonthValue(), f.integer(Field.DAY), ctx.reference() != null ? PUBLICATION : REPORT);
        }
        if (f.has(Field.MONTH) || f.has(Field.YEAR) || f.has(Field.SEASON)) {
            return null;
        }
        if (f.has(Field.HOUR) || f.has(Field.POD)) {
            if (narrative.day == null && narrative.event != null) {
                return new Day(null, UNRESOLVED);
            }
            if (narrative.day != null) {
                return new Day(narrative.day, narrative.anchor == null || narrative.anchor.equals(EXPLICIT) ? REPORT : narrative.anchor);
            }
            if (ctx.reference() != null) {
                return new Day(ctx.reference().toLocalDate(), PUBLICATION);
            }
            if (ctx.publication() != null) {
                return new Day(ctx.publication(), PUBLICATION);
            }
            return new Day(null, UNRESOLVED);
        }
        return null;
    }

    private static Day date(int y, int m, int d, String anchor) {
        try {
            return new Day(LocalDate.of(y, m, d), anchor);
        } catch (DateTimeException e) {
            return new Day(null, UNRESOLVED);
        }
    }

    /** The year of a day and month said without one. */
    private static Day yearFor(TimeFields f, Span span, TimeContext ctx, List<Map.Entry<Integer, LocalDate>> complete) {
        int month = f.integer(Field.MONTH);
        int dayOfMonth = f.has(Field.DAY) ? f.integer(Field.DAY) : 1;
        LocalDate now = ctx.publication() != null ? ctx.publication() : ctx.reference() != null ? ctx.reference().toLocalDate() : null;
        if (f.has(Field.REL) && now != null) {
            int rel = f.integer(Field.REL);
            int y = now.getYear();
            LocalDate cand = safe(y, month, dayOfMonth);
            if (rel < 0 && cand != null && !cand.isBefore(now)) {
                y--;
            } else if (rel > 0 && cand != null && !cand.isAfter(now)) {
                y++;
            }
            return new Day(LocalDate.of(y, 1, 1), PUBLICATION);
        }
        Map.Entry<Integer, LocalDate> nearest = nearest(complete, span.start());
        if (nearest != null) {
            // The year that puts the day closest to that date: "2 يناير" after "30 ديسمبر 2024" is in 2025.
            LocalDate near = pick(nearest.getValue(), Direction.NEAREST, y -> safe(y, month, dayOfMonth));
            return new Day(LocalDate.of(near == null ? nearest.getValue().getYear() : near.getYear(), 1, 1), REPORT);
        }
        Integer storyYear = ctx.story().yearFor(month, dayOfMonth);
        if (storyYear != null) {
            return new Day(LocalDate.of(storyYear, 1, 1), STORY);
        }
        if (now != null) {
            LocalDate cand = pick(now, ctx.policy().noYear(), y -> safe(y, month, dayOfMonth));
            return cand == null ? new Day(null, UNRESOLVED) : new Day(LocalDate.of(cand.getYear(), 1, 1), PUBLICATION);
        }
        return new Day(null, UNRESOLVED);
    }

    /** Of the complete dates (in text order), the one nearest to {@code at}, before or after it. */
    private static Map.Entry<Integer, LocalDate> nearest(List<Map.Entry<Integer, LocalDate>> complete, int at) {
        int lo = 0;
        int hi = complete.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (complete.get(mid).getKey() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Map.Entry<Integer, LocalDate> before = lo > 0 ? complete.get(lo - 1) : null;
        Map.Entry<Integer, LocalDate> after = lo < complete.size() ? complete.get(lo) : null;
        if (before == null || after == null) {
            return before == null ? after : before;
        }
        return at - before.getKey() <= after.getKey() - at ? before : after;
    }

    /**
     * A weekday without a date: the report's own dated mention of it, else the run's, else the
     * matching day nearest to where the narrative stands (policy), else to the story or publication.
     */
    private static Day weekday(TimeFields f, TimeContext ctx, Map<Integer, LocalDate> ownWeekdays, Narrative narrative,
                               boolean quoted) {
        int wd = f.integer(Field.WEEKDAY);
        if (f.has(Field.REL)) {
            Day base = base(ctx, narrative, quoted);
            if (base.date() == null) {
                return base;
            }
            int rel = f.integer(Field.REL);
            DayOfWeek dow = DayOfWeek.of(wd);
            LocalDate d = rel < 0 ? base.date().with(TemporalAdjusters.previous(dow))
                    : rel > 0 ? base.date().with(TemporalAdjusters.next(dow))
                    : base.date().with(TemporalAdjusters.nextOrSame(dow));
            return new Day(d, base.anchor());
        }
        if (ownWeekdays.containsKey(wd)) {
            return new Day(ownWeekdays.get(wd), REPORT);
        }
        if (ctx.story().weekdays().containsKey(wd)) {
            return new Day(ctx.story().weekdays().get(wd), STORY);
        }
        if (narrative.day != null) {
            return new Day(matching(narrative.day, wd, ctx.policy()), REPORT);
        }
        if (ctx.reference() != null) {
            return new Day(matching(ctx.reference().toLocalDate(), wd, ctx.policy()), PUBLICATION);
        }
        if (ctx.publication() != null) {
            return new Day(matching(ctx.publication(), wd, ctx.policy()), PUBLICATION);
        }
        if (ctx.story().isKnown()) {
            return new Day(matching(ctx.story().earliest(), wd, ctx.policy()), STORY);
        }
        return new Day(null, UNRESOLVED);
    }

    /** "Now" for a relative expression: the speaker's moment in a quote, else publication, else the narrative. */
    private static Day base(TimeContext ctx, Narrative narrative, boolean quoted) {
        if (quoted && narrative.day != null) {
            return new Day(narrative.day, QUOTE);
        }
        if (ctx.reference() != null) {
            return new Day(ctx.reference().toLocalDate(), PUBLICATION);
        }
        if (ctx.publication() != null) {
            return new Day(ctx.publication(), PUBLICATION);
        }
        if (narrative.day != null) {
            return new Day(narrative.day, REPORT);
        }
        return new Day(null, UNRESOLVED);
    }

    private static LocalDate explicitDay(TimeFields f) {
        if (f.has(Field.YEAR) && f.has(Field.MONTH) && f.has(Field.DAY) && f.integer(Field.YEAR) >= 100) {
            return safe(f.integer(Field.YEAR), f.integer(Field.MONTH), f.integer(Field.DAY));
        }
        return null;
    }

    // ------------------------------------------------------------------ times of day

    private Timex withTimeOfDay(Timex t, TimeFields f, Day day, TimeContext ctx) {
        LocalDate d = day.date();
        TimeLexicon.PartOfDay pod = f.get(Field.POD, TimeLexicon.PartOfDay.class);
        if (f.has(Field.NOW) && ctx.reference() != null) {
            return t.withResolution(TimexType.TIME, minute(ctx.reference()), null, null, day.anchor(), null);
        }
        if (f.has(Field.HOUR)) {
            int hour = f.integer(Field.HOUR);
            int minute = f.has(Field.MINUTE) ? f.integer(Field.MINUTE) : 0;
            if (minute < 0) {
                hour -= 1;
                minute += 60;
            }
            hour = adjustForPartOfDay(hour, pod);
            LocalDateTime at = d.atStartOfDay().plusHours(hour).plusMinutes(minute);
            if (f.has(Field.SECOND)) {
                at = at.plusSeconds(f.integer(Field.SECOND));
            }
            if (ctx.policy().clockNext() && pod == null && !hasDate(f) && ctx.reference() != null) {
                while (at.isBefore(ctx.reference())) {
                    at = at.plusHours(at.getHour() < 12 && hour < 12 ? 12 : 24);
                }
            }
            if (f.has(Field.ZONE)) {
                at = convert(at, f.get(Field.ZONE, String.class), ctx.zone());
            }
            String v = f.has(Field.SECOND) ? at.toString() : minute(at);
            if (f.has(Field.HOUR2)) {
                int minute2 = f.has(Field.MINUTE2) ? f.integer(Field.MINUTE2) : 0;
                LocalDateTime until = d.atStartOfDay().plusHours(adjustForPartOfDay(f.integer(Field.HOUR2), pod)).plusMinutes(minute2);
                if (until.isBefore(at)) {
                    until = until.plusHours(12);
                }
                return t.withResolution(TimexType.TIME, minute(at) + "/" + minute(until), minute(at), minute(until), day.anchor(), null);
            }
            return t.withResolution(TimexType.TIME, v, null, null, day.anchor(), null);
        }
        if (pod != null) {
            if (pod.isMidnight()) {
                // A midnight with its own date is that date's start; a bare one ends the narrative's day.
                LocalDate on = hasDate(f) ? d : d.plusDays(1);
                return t.withResolution(TimexType.TIME, minute(on.atStartOfDay()), null, null, day.anchor(), null);
            }
            LocalDateTime from = d.atTime(pod.from());
            LocalDateTime to = pod.to().isAfter(pod.from()) ? d.atTime(pod.to()) : d.plusDays(1).atTime(pod.to());
            return t.withResolution(TimexType.TIME, d + "T" + pod.code(), minute(from), minute(to), day.anchor(), null);
        }
        return wholeDay(t, d, day.anchor());
    }

    private static boolean namesADay(TimeFields f) {
        return hasDate(f) || f.has(Field.MONTH) || f.has(Field.HIJRI_MONTH) || f.has(Field.NTH) || f.has(Field.HOLIDAY)
                || f.has(Field.AGO) || f.has(Field.EVENT);
    }

    private static boolean hasDate(TimeFields f) {
        return f.has(Field.DAY) || f.has(Field.WEEKDAY) || f.has(Field.RELDAY);
    }

    static int adjustForPartOfDay(int hour, TimeLexicon.PartOfDay pod) {
        if (pod == null || hour > 12) {
            return hour;
        }
        return switch (pod.code()) {
            case "AF", "EV" -> hour < 12 ? hour + 12 : hour;
            case "MI" -> hour < 6 ? hour + 12 : hour;
            case "NI" -> hour >= 6 && hour < 12 ? hour + 12 : hour == 12 ? 0 : hour;
            default -> hour;
        };
    }

    private static LocalDateTime convert(LocalDateTime at, String zone, java.time.ZoneOffset runZone) {
        ZonedDateTime there = at.atZone(ZoneId.of(zone));
        return there.withZoneSameInstant(runZone).toLocalDateTime();
    }

    // ------------------------------------------------------------------ months, years, seasons

    private Timex coarse(Timex t, TimeFields f, TimeContext ctx, List<Map.Entry<Integer, LocalDate>> complete, Narrative narrative) {
        Integer year = f.integer(Field.YEAR);
        String anchor = EXPLICIT;
        if (year == null && f.has(Field.MONTH)) {
            Day y = yearFor(f, t.span(), ctx, complete);
            if (y.date() == null) {
                return unresolved(t, TimexType.DATE, unresolvedValue(f), null);
            }
            year = y.date().getYear();
            anchor = y.anchor();
        }
        if (year == null) {
            return unresolved(t, TimexType.DATE, null, null);
        }
        if (f.has(Field.MONTH)) {
            YearMonth ym = YearMonth.of(year, f.integer(Field.MONTH));
            int[] part = partOfMonth(f.get(Field.PART, String.class), ym.lengthOfMonth());
            // Mid-month is said of its middle day, within the middle ten days.
            String value = "MID".equals(f.get(Field.PART, String.class)) ? ym.atDay(15).toString() : ym.toString();
            return days(t, value, ym.atDay(part[0]), ym.atDay(part[1]), anchor);
        }
        if (f.has(Field.SEASON)) {
            String s = f.get(Field.SEASON, String.class);
            LocalDate from = LocalDate.of(year, seasonStart(s), 1);
            LocalDate to = from.plusMonths(3).minusDays(1);
            return days(t, year + "-" + s, from, to, anchor);
        }
        int[] months = partOfYear(f.get(Field.PART, String.class));
        LocalDate from = LocalDate.of(year, months[0], 1);
        LocalDate to = YearMonth.of(year, months[1]).atEndOfMonth();
        return days(t, String.valueOf(year), from, to, anchor);
    }

    private Timex relativeUnit(Timex t, TimeFields f, Day base) {
        if (base.date() == null) {
            return unresolved(t, TimexType.DATE, null, null);
        }
        int rel = f.has(Field.REL) ? f.integer(Field.REL) : 0;
        LocalDate d = base.date();
        switch (f.get(Field.RELUNIT, String.class)) {
            case "W" -> {
                LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(rel);
                if (f.has(Field.WEEKDAY)) {
                    LocalDate day = monday.plusDays(f.integer(Field.WEEKDAY) - 1L);
                    return wholeDay(t, day, base.anchor());
                }
                return days(t, isoWeek(monday), monday, monday.plusDays(6), base.anchor());
            }
            case "D" -> {
                return wholeDay(t, d.plusDays(rel), base.anchor());
            }
            case "M" -> {
                YearMonth ym = YearMonth.from(d).plusMonths(rel);
                int[] part = partOfMonth(f.get(Field.PART, String.class), ym.lengthOfMonth());
                return days(t, ym.toString(), ym.atDay(part[0]), ym.atDay(part[1]), base.anchor());
            }
            default -> {
                int y = d.getYear() + rel;
                int[] months = partOfYear(f.get(Field.PART, String.class));
                return days(t, String.valueOf(y), LocalDate.of(y, months[0], 1), YearMonth.of(y, months[1]).atEndOfMonth(), base.anchor());
            }
        }
    }

    // ------------------------------------------------------------------ durations and relative times

    /** "قبل/منذ N unit": the point N units before now, at the unit's grain; a duration when there is no now. */
    private Timex ago(Timex t, TimeFields f, Day base) {
        if (!f.has(Field.COUNT)) {
            // "قبل أشهر": some months back; how many is not said.
            return unresolved(t, TimexType.DATE, null, "an unstated number of units back");
        }
        if (base.date() == null) {
            return t.withResolution(TimexType.DURATION, duration(f), null, null, EXPLICIT, null);
        }
        return shifted(t, f, base.date(), -f.integer(Field.COUNT), base.anchor());
    }

    private Timex shifted(Timex t, TimeFields f, LocalDate from, int n, String anchor) {
        String unit = f.get(Field.UNIT, String.class);
        return switch (unit) {
            case "Y" -> t.withResolution(TimexType.DATE, String.valueOf(from.plusYears(n).getYear()), null, null, anchor, null);
            case "M" -> t.withResolution(TimexType.DATE, YearMonth.from(from).plusMonths(n).toString(), null, null, anchor, null);
            case "W" -> {
                LocalDate d = from.plusWeeks(n);
                yield t.withResolution(TimexType.DATE, d.toString(), null, null, anchor, null);
            }
            case "D" -> t.withResolution(TimexType.DATE, from.plusDays(n).toString(), null, null, anchor, null);
            default -> {
                // Hours and minutes back from a day: the day is all that is known.
                long minutes = unit.equals("H") ? 60L * n : unit.equals("MIN") ? n : n / 60;
                LocalDateTime end = from.atStartOfDay().plusMinutes(minutes);
                yield t.withResolution(TimexType.DATE, end.toLocalDate().toString(), null, null, anchor, null);
            }
        };
    }

    /**
     * A time hanging on an event: counted from the report's last date when the event is one the
     * report just told ("بعد 4 أيام من تلك الرحلة"); otherwise left for the event layer to date.
     */
    private Timex relativeToEvent(Timex t, TimeFields f, Narrative narrative) {
        boolean anaphoric = t.relativeTo() != null && t.fields().has(Field.COUNT) && isAnaphor(t.relativeTo());
        if (anaphoric && narrative.established != null) {
            int n = f.integer(Field.COUNT) * (f.has(Field.DIR) ? f.integer(Field.DIR) : 1);
            return shifted(t, f, narrative.established, n, REPORT);
        }
        return t.withResolution(f.has(Field.POD) ? TimexType.TIME : TimexType.DATE, null, null, null, UNRESOLVED, null);
    }


    private boolean isAnaphor(String phrase) {
        String first = phrase.strip().split("\\s+")[0];
        return anaphors.contains(first);
    }

    private Timex hijri(Timex t, TimeFields f, TimeContext ctx, Narrative narrative) {
        Integer y = f.integer(Field.HIJRI_YEAR);
        String anchor = EXPLICIT;
        if (y != null && y < 100) {
            // Two-digit Hijri years: 00-49 are 14xx, 50-99 are 13xx ("90" is 1390, "33" is 1433).
            y += y < 50 ? 1400 : 1300;
        }
        if (y == null) {
            LocalDate base = ctx.publication() != null ? ctx.publication() : narrative.day != null ? narrative.day
                    : ctx.story().isKnown() ? ctx.story().latest() : null;
            if (base == null) {
                return unresolved(t, TimexType.DATE, null, null);
            }
            y = HijriDates.yearOf(base);
            anchor = ctx.publication() != null ? PUBLICATION : narrative.day != null ? REPORT : STORY;
        }
        HijriDates.Result g = HijriDates.toGregorian(y, f.integer(Field.HIJRI_MONTH),
                f.has(Field.HIJRI_DAY) ? f.integer(Field.HIJRI_DAY) : 1);
        if (g.date() == null) {
            return unresolved(t, TimexType.DATE, null, g.problem());
        }
        LocalDate d = g.date();
        if (f.has(Field.HOUR)) {
            Timex timed = withTimeOfDay(t, f.with(Field.DAY, d.getDayOfMonth()), new Day(d, anchor), ctx);
            return timed.withResolution(timed.type(), timed.value(), minute(d.minusDays(1).atStartOfDay()),
                    minute(d.plusDays(1).atTime(23, 59)), anchor, null);
        }
        // Umm al-Qura tables and local sightings differ by a day: widen the bounds by one on each side.
        return days(t, d.toString(), d.minusDays(1), d.plusDays(1), anchor);
    }

    // ------------------------------------------------------------------ values

    private static TimexType timeType(TimeFields f) {
        return f.has(Field.HOUR) || f.has(Field.POD) ? TimexType.TIME : TimexType.DATE;
    }


}
