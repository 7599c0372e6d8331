package org.isnad.time;

import static org.isnad.time.Calendars.matching;
import static org.isnad.time.Calendars.pick;
import static org.isnad.time.Calendars.safe;
import static org.isnad.time.TimexResolver.EXPLICIT;
import static org.isnad.time.TimexResolver.PUBLICATION;
import static org.isnad.time.TimexResolver.QUOTE;
import static org.isnad.time.TimexResolver.REPORT;
import static org.isnad.time.TimexResolver.STORY;
import static org.isnad.time.TimexResolver.UNRESOLVED;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Span;
import org.isnad.time.ResolutionPolicy.Direction;
import org.isnad.time.TimexResolver.Day;

/**
 * What one report's incomplete expressions are resolved against: "now" (the speaker's moment, the
 * publication, the narrative's day), the year of a day and month said without one, and the day a
 * bare weekday or clock time falls on. Each answer says where it came from (explicit, report,
 * story, publication, quote). Built once per report from its complete dates; it reads the
 * narrative the resolver moves and never moves it.
 */
final class ReportAnchors {
    /** The year the report calls its own or is of, and the day weeks and months are counted from. */
    private final ReportPresent present;
    private final TimeContext ctx;
    /** The report's complete dates, keyed by where they start, in text order. */
    private final List<Map.Entry<Integer, LocalDate>> complete;
    /** The latest complete date the report gives, or null when it gives none. */
    private final LocalDate horizon;
    /** Weekday (1 = Monday) to the date the report itself gives it ("السبت 7 ديسمبر"). */
    private final Map<Integer, LocalDate> ownWeekdays;
    /**
     * The Gregorian and Hijri years the report says outright, in text order: where each starts, its
     * year, and the month said with it (0 for none).
     */
    private final SaidYears years;
    private final SaidYears hijriYears;
    private ReportAnchors(TimeContext ctx, List<Map.Entry<Integer, LocalDate>> complete, Map<Integer, LocalDate> ownWeekdays,
                          List<int[]> years, List<int[]> hijriYears, Integer ownYear) {
        this.ctx = ctx;
        this.years = new SaidYears(years);
        this.present = new ReportPresent(ctx, ownYear, years, hijriYears);
        this.complete = complete;
        this.hijriYears = new SaidYears(hijriYears);
        // Worked out once: asked for each expression, a report of thousands of dates stays linear (issue 6).
        this.horizon = complete.stream().map(Map.Entry::getValue).max(LocalDate::compareTo).orElse(null);
        this.ownWeekdays = ownWeekdays;
    }

    /** The anchors of a report whose expressions, in text order, are {@code timexes}. */
    static ReportAnchors of(List<Timex> timexes, TimeContext ctx) {
        List<Map.Entry<Integer, LocalDate>> complete = new ArrayList<>();
        Map<Integer, LocalDate> ownWeekdays = new HashMap<>();
        List<int[]> years = new ArrayList<>();
        List<int[]> hijriYears = new ArrayList<>();
        Integer ownYear = null;
        for (Timex t : timexes) {
            TimeFields f = t.fields();
            if (ownYear == null && f.has(Field.YEAR) && "Y".equals(f.get(Field.RELUNIT, String.class)) && Integer.valueOf(0).equals(f.integer(Field.REL))) {
                ownYear = f.integer(Field.YEAR); // "هذا العام 2015": the report says which year is its own
            }
            // A year said outright, not one counted ("العام الماضي 2014"); "الأربعاء المقبل 12 أغسطس 2015" says its year.
            boolean counted = f.has(Field.REL) && (!f.has(Field.WEEKDAY) || f.has(Field.RELUNIT));
            if (f.has(Field.YEAR) && f.integer(Field.YEAR) >= 1000 && !counted) {
                years.add(new int[] {t.span().start(), f.integer(Field.YEAR), f.has(Field.MONTH) ? f.integer(Field.MONTH) : 0});
            }
            if (f.has(Field.HIJRI_YEAR) && !counted) {
                hijriYears.add(new int[] {t.span().start(), f.integer(Field.HIJRI_YEAR), f.has(Field.HIJRI_MONTH) ? f.integer(Field.HIJRI_MONTH) : 0});
            }
            LocalDate d = explicitDay(t.fields());
            if (d != null) {
                complete.add(Map.entry(t.span().start(), d));
                Integer wd = t.fields().integer(Field.WEEKDAY);
                if (wd != null && d.getDayOfWeek().getValue() == wd) {
                    ownWeekdays.put(wd, d);
                }
            }
        }
        return new ReportAnchors(ctx, complete, ownWeekdays, years, hijriYears, ownYear);
    }

    TimeContext context() {
        return ctx;
    }

    /** See {@link ReportPresent#coarseNow}. */
    Day coarseNow(Day now, TimeFields f, String unit) {
        return present.coarseNow(now, f, unit);
    }

    /** Whether the report, or else the run, gives {@code weekday} exactly this date. */
    boolean isDatedWeekday(int weekday, LocalDate day) {
        return day.equals(ownWeekdays.get(weekday)) || day.equals(ctx.story().weekdays().get(weekday));
    }

    /** A day, or an unresolved one when it does not exist (31 February). */
    static Day date(int y, int m, int d, String anchor) {
        try {
            return new Day(LocalDate.of(y, m, d), anchor);
        } catch (DateTimeException e) {
            return new Day(null, UNRESOLVED);
        }
    }

    /** "Now" for a relative expression: the speaker's moment in a quote, else publication, else the narrative. */
    Day now(Narrative narrative, boolean quoted) {
        if (quoted && narrative.present != null) {
            // A quote's "now" is when it was said: the day told last, not one the report looks ahead to.
            return new Day(narrative.present, QUOTE);
        }
        if (ctx.reference() != null) {
            return new Day(ctx.reference().toLocalDate(), PUBLICATION);
        }
        if (ctx.publication() != null) {
            return new Day(ctx.publication(), PUBLICATION);
        }
        if (narrative.present != null && nearHorizon(narrative.present)) {
            return new Day(narrative.present, REPORT);
        }
        // A report with no date of its own, in a run whose story other reports date too: it was
        // written at the story's end at the earliest, so "الثلاثاء الماضي" counts back from there. A
        // story told by this report alone is its own dates, as often background ("last Thursday"
        // counted from a 2012 appointment in a 2015 report, SaudiNewsNet review, seed 28).
        if (ctx.story().isKnown() && ctx.story().reports() > 1) {
            return new Day(ctx.story().latest(), STORY);
        }
        return new Day(null, UNRESOLVED);
    }

    /** How far into a report its opening reaches: a date there is its dateline's, the day it was written. */
    static final int LEAD_CHARS = 120;

    /**
     * The "now" of "اليوم/أمس/غدا" in a report with no publication date: the day its opening names,
     * else the end of a story other reports tell too. The last day the narrative told is no "today":
     * in news it is most often a background date ("أمس" after "قمة كامب ديفيد في 14 مايو"), as the
     * precision reviews found; and a story told by this report alone is only those same dates.
     */
    Day deicticNow(Day now, Narrative narrative) {
        boolean toldByOthers = ctx.story().reports() > 1;
        if (!REPORT.equals(now.anchor()) && !(STORY.equals(now.anchor()) && !toldByOthers)) {
            return now;
        }
        if (narrative.lead != null) {
            return new Day(narrative.lead, REPORT);
        }
        return toldByOthers ? new Day(ctx.story().latest(), STORY) : new Day(null, UNRESOLVED);
    }

    /** How far from the latest day a report gives its narrative may stand and still be its "now". */
    private static final int HORIZON_DAYS = 31;

    /**
     * Whether a day the narrative has reached is near the report's horizon (the latest complete date
     * it gives): a report with no publication tells its present there, while an older date it
     * mentions ("ولد في 28 أبريل 1941") is background that "غدا" does not count from.
     */
    private boolean nearHorizon(LocalDate day) {
        return horizon == null || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(day, horizon)) <= HORIZON_DAYS;
    }

    /** The year (as its 1 January) of a day and month said without one. */
    Day yearFor(TimeFields f, Span span) {
        int month = f.integer(Field.MONTH);
        int dayOfMonth = f.has(Field.DAY) ? f.integer(Field.DAY) : 1;
        LocalDate now = ctx.publication() != null ? ctx.publication() : ctx.reference() != null ? ctx.reference().toLocalDate() : null;
        LocalDate fetchedBy = now == null ? present.day() : null;
        if (f.has(Field.REL) && (now != null || fetchedBy != null)) {
            return yearCounted(f.integer(Field.REL), month, dayOfMonth, now != null ? now : fetchedBy,
                    now != null ? new Day(null, PUBLICATION) : new Day(null, REPORT, present.note()));
        }
        Map.Entry<Integer, LocalDate> nearest = nearest(span.start());
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
            LocalDate cand = pick(now, direction(f), y -> safe(y, month, dayOfMonth));
            return cand == null ? new Day(null, UNRESOLVED) : new Day(LocalDate.of(cand.getYear(), 1, 1), PUBLICATION);
        }
        // No date to count from: the year the report gave this month before ("لشهر يوليو 2015 … حتى
        // 31 يوليو"), else a year it says just before in the clause, is the one the month is told in.
        // Not the only year the report names: in the review pool that is as often a background year
        // ("12 أغسطس" put in 1992, "العام الماضي" in 1943), so the month stays without its year.
        Integer said = f.has(Field.REL) ? null : years.before(span.start(), month);
        if (said != null) {
            return new Day(LocalDate.of(said, 1, 1), REPORT);
        }
        if (fetchedBy != null) {
            LocalDate cand = pick(fetchedBy, direction(f), y -> safe(y, month, dayOfMonth));
            return cand == null ? new Day(null, UNRESOLVED) : new Day(LocalDate.of(cand.getYear(), 1, 1), REPORT, present.note());
        }
        return new Day(null, UNRESOLVED);
    }

    /** "يناير الماضي/المقبل": the year that puts the month before or after {@code now}; {@code as} says where now came from. */
    private static Day yearCounted(int rel, int month, int dayOfMonth, LocalDate now, Day as) {
        int y = now.getYear();
        LocalDate cand = safe(y, month, dayOfMonth);
        if (rel < 0 && cand != null && !cand.isBefore(now)) {
            y--;
        } else if (rel > 0 && cand != null && !cand.isAfter(now)) {
            y++;
        }
        return new Day(LocalDate.of(y, 1, 1), as.anchor(), as.note());
    }

    /** A sentence that looks ahead or back takes the occurrence after or before now; else the policy's. */
    private Direction direction(TimeFields f) {
        return !f.has(Field.TENSE) ? ctx.policy().noYear() : f.integer(Field.TENSE) > 0 ? Direction.NEXT : Direction.PREVIOUS;
    }

    /**
     * The Hijri year of a Hijri month said without one in a report with nothing to count from: the
     * Hijri year the report says just before it ("وفي عام 1436 ه (حتى شهر رمضان)"), else null.
     */
    Integer hijriYearSaidBefore(TimeFields f, Span span, Narrative narrative) {
        boolean nothingElse = ctx.reference() == null && ctx.publication() == null && narrative.day == null && !ctx.story().isKnown();
        return nothingElse && !f.has(Field.REL) ? hijriYears.before(span.start(), f.integer(Field.HIJRI_MONTH)) : null;
    }

    /**
     * A weekday without a date: the report's own dated mention of it, else the run's, else the
     * matching day nearest to where the narrative stands (policy), else to the story or publication.
     */
    Day weekday(TimeFields f, Narrative narrative, boolean quoted) {
        int wd = f.integer(Field.WEEKDAY);
        if (f.has(Field.REL)) {
            Day now = now(narrative, quoted);
            if (now.date() == null) {
                return now;
            }
            int rel = f.integer(Field.REL);
            DayOfWeek dow = DayOfWeek.of(wd);
            LocalDate d = rel < 0 ? now.date().with(TemporalAdjusters.previous(dow))
                    : rel > 0 ? now.date().with(TemporalAdjusters.next(dow))
                    : now.date().with(TemporalAdjusters.nextOrSame(dow));
            if (rel > 0 && ctx.policy().nextWeekday()) {
                // A calendar assistant's "next Sunday" is the Sunday of next week.
                d = now.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(rel).plusDays(wd - 1L);
            }
            return new Day(d, now.anchor());
        }
        if (ownWeekdays.containsKey(wd)) {
            return new Day(ownWeekdays.get(wd), REPORT);
        }
        if (ctx.story().weekdays().containsKey(wd)) {
            return new Day(ctx.story().weekdays().get(wd), STORY);
        }
        // A sentence that tells the past ("أبحروا مساء الأربعاء") means the last such day, one that
        // looks ahead the next; else the policy's nearest.
        ResolutionPolicy policy = !f.has(Field.TENSE) || f.integer(Field.TENSE) == 0 ? ctx.policy()
                : ctx.policy().withWeekday(f.integer(Field.TENSE) < 0 ? Direction.PREVIOUS : Direction.NEXT);
        if (narrative.day != null) {
            return new Day(matching(narrative.day, wd, policy), REPORT);
        }
        if (ctx.reference() != null) {
            return new Day(matching(ctx.reference().toLocalDate(), wd, policy), PUBLICATION);
        }
        if (ctx.publication() != null) {
            return new Day(matching(ctx.publication(), wd, policy), PUBLICATION);
        }
        if (ctx.story().isKnown()) {
            return new Day(matching(ctx.story().earliest(), wd, ctx.policy()), STORY);
        }
        return new Day(null, UNRESOLVED);
    }

    /** How many months either side of now a day of the month named with its weekday is looked for. */
    private static final int WEEKDAY_MONTHS = 6;

    /** The day of the month, nearest to now, that falls on the weekday; null when none is near. */
    Day dayOnWeekday(int dayOfMonth, int weekday, Day now) {
        java.time.YearMonth here = java.time.YearMonth.from(now.date());
        for (int k = 0; k <= WEEKDAY_MONTHS; k++) {
            for (int sign : new int[] {1, -1}) {
                java.time.YearMonth ym = here.plusMonths((long) sign * k);
                LocalDate d = safe(ym.getYear(), ym.getMonthValue(), dayOfMonth);
                if (d != null && d.getDayOfWeek().getValue() == weekday) {
                    return new Day(d, now.anchor());
                }
            }
        }
        return null;
    }

    /** A day of the month "now" is in (the reference, else the narrative's day), or null when there is no such month. */
    Day inCurrentMonth(int dayOfMonth, Narrative narrative) {
        if (ctx.reference() == null && narrative.day == null) {
            return null;
        }
        LocalDate ref = ctx.reference() != null ? ctx.reference().toLocalDate() : narrative.day;
        return date(ref.getYear(), ref.getMonthValue(), dayOfMonth, ctx.reference() != null ? PUBLICATION : REPORT);
    }

    /**
     * The day a clock time or part of day said without one falls on: the narrative's day; none
     * once the narrative has moved to an undated event; else the reference or publication day.
     */
    Day dayOfBareTime(TimeFields f, Narrative narrative) {
        if (Integer.valueOf(0).equals(f.integer(Field.TENSE))) {
            // A filing time is on the publication day, wherever the story stands.
            if (ctx.reference() != null) {
                return new Day(ctx.reference().toLocalDate(), PUBLICATION);
            }
            if (ctx.publication() != null) {
                return new Day(ctx.publication(), PUBLICATION);
            }
            // Not the day the story has reached, which may be one the report announces.
            return new Day(null, UNRESOLVED);
        }
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

    /** The day whose Hijri year a Hijri date said without one takes: the publication, the narrative's day, the story's last. */
    Day dayForHijriYear(Narrative narrative) {
        if (ctx.reference() != null) {
            return new Day(ctx.reference().toLocalDate(), PUBLICATION);
        }
        if (ctx.publication() != null) {
            return new Day(ctx.publication(), PUBLICATION);
        }
        if (narrative.day != null) {
            return new Day(narrative.day, REPORT);
        }
        if (ctx.story().isKnown()) {
            return new Day(ctx.story().latest(), STORY);
        }
        return new Day(null, UNRESOLVED);
    }

    /** Of the complete dates, the one nearest to {@code at}, before or after it (binary search: they are in text order). */
    private Map.Entry<Integer, LocalDate> nearest(int at) {
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

    private static LocalDate explicitDay(TimeFields f) {
        if (f.has(Field.YEAR) && f.has(Field.MONTH) && f.has(Field.DAY) && f.integer(Field.YEAR) >= 100) {
            return safe(f.integer(Field.YEAR), f.integer(Field.MONTH), f.integer(Field.DAY));
        }
        return null;
    }
}
