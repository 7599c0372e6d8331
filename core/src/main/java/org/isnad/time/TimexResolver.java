package org.isnad.time;

import java.util.regex.Pattern;
import static org.isnad.time.TimexValues.unresolvedValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.isnad.model.Span;

/**
 * Gives each time expression of one report its TIMEX3 value and bounds, reading the report in order
 * so that an incomplete expression is resolved the way a reader would: a missing year from the
 * nearest complete date of the report, then from the run's story, then from the publication; a bare
 * weekday or part of day from the day the narrative has reached; "غدا" in a quote from when the
 * speaker spoke. Every choice is recorded in the timex's {@code anchor}.
 *
 * <p>This class holds the order in which an expression's fields are examined, reading the report
 * with a {@link Narrative} of where it stands; the work is done by {@link ReportAnchors} (what "now", the year and the day are), {@link CountedTimes}
 * (durations and counts back or on), {@link CalendarForms} (nth weekdays, holidays, Hijri dates, day
 * ranges), {@link CoarseValues} (months, years, seasons, relative units) and {@link ClockTimes}
 * (clock times, parts of day, zones).
 */
final class TimexResolver {
    private static final Pattern YEAR_FIRST = Pattern.compile("\\D*\\d{4}[-/.]\\d");

    static final String EXPLICIT = "explicit";
    static final String REPORT = "report";
    static final String STORY = "story";
    static final String PUBLICATION = "publication";
    static final String QUOTE = "quote";
    static final String UNRESOLVED = "unresolved";

    /** A day and what it was resolved against; the date is null when nothing could date it. */
    record Day(LocalDate date, String anchor, String note) {
        Day(LocalDate date, String anchor) {
            this(date, anchor, null);
        }
    }

    private final CountedTimes counted;

    /** @param anaphors words that point back at an event the report just told ("تلك", "ذلك") */
    TimexResolver(Collection<String> anaphors) {
        this.counted = new CountedTimes(anaphors);
    }

    List<Timex> resolve(List<Timex> timexes, TimeContext ctx) {
        ReportAnchors anchors = ReportAnchors.of(timexes, ctx);
        Narrative narrative = new Narrative();
        List<Timex> out = new ArrayList<>(timexes.size());
        for (Timex t : timexes) {
            Timex r = ZonedValues.of(TimexBounds.of(resolveOne(t, anchors, narrative), ctx.policy()), t.fields(), ctx.zone());
            out.add(r);
            narrative.advance(t, r, anchors);
        }
        return out;
    }


    /**
     * One expression, its fields examined in an order that matters: each test below assumes the
     * ones before it failed, and some steps rewrite the fields for the steps after them.
     */
    private Timex resolveOne(Timex t, ReportAnchors anchors, Narrative narrative) {
        TimeContext ctx = anchors.context();
        TimeFields f = t.fields();
        if (f.has(Field.SOME) && !f.has(Field.COUNT) && !f.has(Field.AMOUNT) && ctx.policy().someCount() != null) {
            // A convention that gives "بضعة أيام" a number (a calendar assistant's three).
            f = f.with(Field.COUNT, ctx.policy().someCount());
        }
        // The narrative stands still while one expression is resolved, so "now" is fixed for it.
        Day now = anchors.now(narrative, t.quote());
        if (f.has(Field.ANAPHORIC) && f.has(Field.RELUNIT) && (!f.has(Field.NTH) || "D".equals(f.get(Field.NTHUNIT, String.class))) && narrative.focusFor(f.get(Field.RELUNIT, String.class)) != null) {
            // "عن الشهر السابق" after "يوليو 2015": the month before July, not before now.
            now = narrative.focusFor(f.get(Field.RELUNIT, String.class));
        } else if (f.has(Field.ANAPHORIC) && Integer.valueOf(0).equals(f.integer(Field.REL)) && !f.has(Field.NTH)
                && f.has(Field.RELUNIT) && !"D".equals(f.get(Field.RELUNIT, String.class))) {
            // "الشهر نفسه" after no month the report told: the same as a time not known, and now is no
            // answer to which ("يوليو" then "أواخر 2009" then "الشهر نفسه": July, not this month).
            return TimexValues.unresolved(t, TimexType.DATE, null, "the same as a time the report has not told at that grain");
        }
        if (f.has(Field.VAGUE)) {
            // "مؤخرا": before now, with no bounds a reader could hold it to.
            return t.withResolution(TimexType.DATE, f.get(Field.VAGUE, String.class), null, null,
                    now.date() == null ? UNRESOLVED : now.anchor(), null);
        }
        if (f.has(Field.INSTITUTION) && !f.has(Field.YEAR) && !f.has(Field.HIJRI_YEAR)) {
            return TimexValues.unresolved(t, TimexType.DATE, null, "a school or fiscal year: its bounds are the institution's");
        }
        if (f.has(Field.HIJRI_FRAME) && !f.has(Field.HIJRI_YEAR)) {
            if (now.date() == null) {
                return TimexValues.unresolved(t, TimexType.DATE, null, null);
            }
            int rel = f.has(Field.REL) ? f.integer(Field.REL) : 0;
            Timex r = CalendarForms.hijri(t, f.with(Field.HIJRI_YEAR, HijriDates.yearOf(now.date()) + rel).with(Field.REL, null), now, ctx);
            return r.withResolution(r.type(), r.value(), r.earliest(), r.latest(), now.anchor(), r.note());
        }
        if (f.has(Field.TO) && f.has(Field.DAY2) && f.has(Field.MONTH) && f.has(Field.HIJRI_MONTH)
                && f.get(Field.TO, TimeFields.class).onlyAmong(Field.HIJRI_DAY, Field.HIJRI_MONTH, Field.HIJRI_YEAR)) {
            // "من 2 إلى 5 ذي القعدة الموافق 17-20 أغسطس": the Gregorian pair holds both ends, the Hijri far end glosses one.
            f = f.with(Field.TO, null);
        }
        // A stretch whose ends differ in more than one field: each end is resolved on its own.
        if (f.has(Field.TO)) {
            Timex from = resolveOne(t.withFields(f.with(Field.TO, null)), anchors, narrative);
            TimeFields farFields = f.get(Field.TO, TimeFields.class);
            Timex to = resolveOne(t.withFields(farFields), anchors, narrative);
            if (RangeEnds.endsBeforeStart(from, to) && farFields.has(Field.MONTH) && !farFields.has(Field.YEAR) && from.earliest() != null) {
                // "في شهري يونيو ويوليو", "من نوفمبر إلى فبراير": a far end with no year of its own
                // is the first such month from the start on, not the nearest to now.
                int year = Integer.parseInt(from.earliest().substring(0, 4));
                to = resolveOne(t.withFields(farFields.with(Field.YEAR, year)), anchors, narrative);
                if (RangeEnds.endsBeforeStart(from, to)) {
                    to = resolveOne(t.withFields(farFields.with(Field.YEAR, year + 1)), anchors, narrative);
                }
            }
            if (RangeEnds.endsBeforeStart(from, to) && farFields.has(Field.HOUR)) {
                // "من الثامنة مساء حتى السادسة صباحا": hours that end before they start end the next day.
                to = RangeEnds.dayLater(to);
            }
            return RangeEnds.join(t, from, to).withFields(f);
        }
        // A time hanging on an event also carries a count and unit ("بعد 4 أيام من تلك الرحلة"):
        // it goes before durations.
        if (f.has(Field.EVENT)) {
            // An event that is itself a time ("من عيد الميلاد", "من 5 مارس 2016") is counted from its day.
            Timex base = f.has(Field.BASE) ? resolveOne(t.withFields(f.get(Field.BASE, TimeFields.class)), anchors, narrative) : null;
            return counted.relativeToEvent(t, f, narrative.established, base);
        }
        // The first or last units of a frame are a stretch of it, else the length they count.
        if (f.has(Field.EDGE)) {
            Timex edge = FrameEdges.resolve(t, f, now);
            if (edge != null) {
                return edge;
            }
            f = f.with(Field.EDGE, null);
        }
        // A set holds units and weekdays too ("كل ثلاثة أيام", "كل يوم اثنين"): before durations.
        if (f.has(Field.SET)) {
            return t.withResolution(TimexType.SET, TimexValues.set(f), null, null, EXPLICIT, null);
        }
        if (f.has(Field.UNIT) && !f.has(Field.AGO)) {
            return CountedTimes.durationFromNow(t, f, now, referenceOf(now, ctx));
        }
        if (f.has(Field.AGO)) {
            now = anchors.coarseNow(now, f, f.get(Field.UNIT, String.class));
            return CountedTimes.ago(t, f, now, referenceOf(now, ctx));
        }
        if (f.has(Field.NUMERIC) && ctx.policy().monthFirst() && f.has(Field.DAY) && f.integer(Field.DAY) <= 12
                && !YEAR_FIRST.matcher(t.text()).lookingAt()) {
            // "08/12, 2015" read month first, as a calendar assistant does; Arabic news writes the day first.
            // A date that opens with its year ("2015/08/12") is in ISO order under every convention.
            f = f.with(Field.DAY, f.integer(Field.MONTH)).with(Field.MONTH, f.integer(Field.DAY));
        }
        // A numeric date the policy reads as Hijri becomes Hijri fields, so it must go before them;
        // a Hijri date takes its own year, so it goes before relative frames.
        f = CalendarForms.numericAsHijri(f, ctx.policy());
        f = CalendarForms.hijriLookingYear(f, now);
        f = CalendarForms.gregorianMarkedHijri(f);
        if (f.has(Field.HIJRI_MONTH) && f.has(Field.DAY) && f.has(Field.MONTH)) {
            // "5 ذي القعدة الموافق 20 أغسطس": the Gregorian date is the one to go by, and with no year
            // said the two calendars pin it (they meet on the same days once in about 33 years).
            LocalDate pivot = HijriReadings.pivot(anchors, narrative);
            Integer year = f.has(Field.YEAR) || f.has(Field.HIJRI_YEAR) || !f.has(Field.HIJRI_DAY) || pivot == null ? null
                    : CalendarAgreement.yearOfGloss(f.integer(Field.HIJRI_MONTH), f.integer(Field.HIJRI_DAY),
                            f.integer(Field.MONTH), f.integer(Field.DAY), pivot);
            f = f.with(Field.HIJRI_DAY, null).with(Field.HIJRI_MONTH, null).with(Field.HIJRI_YEAR, null);
            f = year == null ? f : f.with(Field.YEAR, year);
        }
        if (f.has(Field.HIJRI_MONTH) && f.has(Field.YEAR) && !f.has(Field.HIJRI_YEAR)) {
            // "رمضان 2019", "شوال 2001": a Hijri month in a Gregorian year is the one that begins in
            // that year (a Hijri month begins in each Gregorian year once, rarely twice: the first).
            int year = f.integer(Field.YEAR);
            int hijriYear = HijriDates.yearOf(java.time.LocalDate.of(year, 1, 1));
            for (int y = hijriYear; y <= hijriYear + 1; y++) {
                HijriDates.Result start = HijriDates.toGregorian(y, f.integer(Field.HIJRI_MONTH), 1);
                if (start.date() != null && start.date().getYear() == year) {
                    return CalendarForms.hijri(t, f.with(Field.YEAR, null).with(Field.HIJRI_YEAR, y), null, ctx);
                }
            }
            return TimexValues.unresolved(t, TimexType.DATE, null, "no Hijri month of that name begins in " + year);
        }
        Timex thisHijriYear = HijriReadings.ofThisYear(t, f, now, ctx);
        if (thisHijriYear != null) {
            return thisHijriYear;
        }
        if (f.has(Field.HIJRI_MONTH) || f.has(Field.HIJRI_YEAR) && !f.has(Field.YEAR)) {
            Integer said = f.has(Field.HIJRI_YEAR) ? null : anchors.hijriYearSaidBefore(f, t.span(), narrative);
            if (said != null) {
                Timex r = CalendarForms.hijri(t, f.with(Field.HIJRI_YEAR, said), null, ctx);
                return r.withResolution(r.type(), r.value(), r.earliest(), r.latest(), REPORT, r.note());
            }
            Day yearFrom = anchors.dayForHijriYear(narrative);
            Timex onWeekday = HijriReadings.onWeekday(t, f, yearFrom, anchors, narrative);
            return onWeekday != null ? onWeekday : CalendarForms.hijri(t, f, yearFrom, ctx);
        }
        // A relative month or year said with a month, day or weekday is only the frame those are
        // counted in: it is turned into a year (and month) before relative units are tried.
        // Decades and centuries carry their own frame ("سبعينيات القرن الماضي"): before frames.
        if (EraValues.applies(f)) {
            return EraValues.resolve(t, f, now);
        }
        if (f.has(Field.YEAR) && "Y".equals(f.get(Field.RELUNIT, String.class))) {
            // "العام الماضي 2014": the year said outright is the one to go by; a number that is not
            // the year counted from now (a year either way, for a day near new year) counts a thing
            // ("العام الماضي 2000 حالة"), and the year is the one counted.
            Integer rel = f.integer(Field.REL);
            boolean apposed = now.date() == null || rel == null || Math.abs(f.integer(Field.YEAR) - (now.date().getYear() + rel)) <= 1;
            f = apposed ? f.with(Field.RELUNIT, null).with(Field.REL, null) : f.with(Field.YEAR, null);
        }
        if (f.has(Field.MONTH) && !f.has(Field.DAY) && "M".equals(f.get(Field.RELUNIT, String.class))) {
            // "هذا شهر مارس": the month named is the one to go by, "this" its occurrence.
            f = f.with(Field.RELUNIT, null);
        }
        // "نوفمبر من هذا العام", "23 من الشهر الجاري" in a report with no "now": framed by its present.
        now = anchors.coarseNow(now, f, f.get(Field.RELUNIT, String.class));
        TimeFields unframed = f;
        f = CoarseValues.frame(f, now);
        Timex r = resolveInFrame(t, f, now, anchors, narrative);
        // A day or month framed by a "now" the report implies (its fetch day's month) is no more sure
        // than that now; framed by a publication it is as good as said, and stays explicit.
        return f == unframed || !EXPLICIT.equals(r.anchor()) || !REPORT.equals(now.anchor()) ? r
                : r.withResolution(r.type(), r.value(), r.earliest(), r.latest(), now.anchor(), r.note() != null ? r.note() : now.note());
    }

    /** The rest of {@link #resolveOne}, once a relative month or year said with a day or month is a frame. */
    private Timex resolveInFrame(Timex t, TimeFields f, Day now, ReportAnchors anchors, Narrative narrative) {
        TimeContext ctx = anchors.context();
        if (f.has(Field.RELUNIT) && ("DE".equals(f.get(Field.RELUNIT, String.class)) || "CE".equals(f.get(Field.RELUNIT, String.class)))) {
            return EraValues.relative(t, f, now);
        }
        if (f.has(Field.RELUNIT)) {
            return CoarseValues.relativeUnit(t, f, now, ctx.policy(), referenceOf(now, ctx));
        }
        if (f.has(Field.HOLIDAY)) {
            Timex feast = CalendarForms.holiday(t, f, ctx.policy(), now);
            if (f.has(Field.NTH) && f.integer(Field.NTH) > 0 && feast.earliest() != null) {
                // "ثالث أيام عيد الفطر": the feast's first day and N - 1 more.
                LocalDate day = LocalDate.parse(feast.earliest().substring(0, 10)).plusDays(f.integer(Field.NTH) - 1L);
                return TimexValues.days(t, day.toString(), day, day, feast.anchor());
            }
            return feast;
        }
        // "الثلاثاء الثالث" with no month is the third Tuesday of now's month (or the 3rd, when
        // that is a Tuesday); an ordinal that contradicts its weekday becomes an nth weekday: before nth.
        if (f.has(Field.ORDINAL) && f.has(Field.WEEKDAY) && f.has(Field.DAY) && f.integer(Field.DAY) <= CalendarForms.NTH_MAX
                && !f.has(Field.MONTH) && now.date() != null) {
            f = f.with(Field.MONTH, now.date().getMonthValue());
        }
        f = CalendarForms.ordinalOrNth(f, t.span(), anchors);
        f = CalendarForms.nthOfYear(f);
        if (f.has(Field.NTH) && "W".equals(f.get(Field.NTHUNIT, String.class)) && f.has(Field.YEAR) && !f.has(Field.MONTH)) {
            return CalendarForms.weekOfYear(t, f);
        }
        if (f.has(Field.NTH) && f.has(Field.MONTH)) {
            return CalendarForms.nth(t, f, anchors);
        }
        Day day = day(f, t.span(), anchors, narrative, t.quote());
        if (day == null) {
            // "هذا الصيف", "الخريف المقبل": a season counted from now is a year's worth of "now".
            now = f.has(Field.SEASON) && f.has(Field.REL) ? anchors.coarseNow(now, f, "Y") : now;
            return CoarseValues.coarse(t, f, anchors, now);
        }
        if (day.date() == null) {
            Timex open = t.withResolution(timeType(f), unresolvedValue(f), null, null, UNRESOLVED, null);
            return t.relativeTo() == null && narrative.event != null && !hasDate(f) ? open.hangingOn(narrative.event) : open;
        }
        Timex r = ClockTimes.withTimeOfDay(t, f, day, ctx);
        r = f.has(Field.DAY2) ? CalendarForms.dayRange(r, f, day.date()) : r;
        return day.note() == null ? r : r.withResolution(r.type(), r.value(), r.earliest(), r.latest(), r.anchor(), day.note());
    }

    /**
     * The day an expression names, or null when it names no day (a month, a year, a season). The
     * order is that of precision: a day and month, then a weekday, a relative day, "now", a day of
     * the current month; a bare clock time or part of day last, on the narrative's day.
     */
    private static Day day(TimeFields f, Span span, ReportAnchors anchors, Narrative narrative, boolean quoted) {
        if (f.has(Field.DAY) && f.has(Field.MONTH)) {
            Day written;
            if (f.has(Field.YEAR)) {
                written = ReportAnchors.date(Calendars.fullYear(f.integer(Field.YEAR)), f.integer(Field.MONTH), f.integer(Field.DAY), EXPLICIT);
            } else {
                Day year = anchors.yearFor(f, span);
                LocalDate by = anchors.context().publishedBy();
                Integer pinned = year.date() != null || !f.has(Field.WEEKDAY) || by == null ? null
                        : CalendarAgreement.gregorianYearOfWeekday(f.integer(Field.MONTH), f.integer(Field.DAY), f.integer(Field.WEEKDAY), by);
                // "الاثنين 10 أغسطس" in a report published by 11 August 2015: the year its weekday pins.
                year = pinned == null ? year : new Day(LocalDate.of(pinned, 1, 1), REPORT);
                written = year.date() == null ? year
                        : ReportAnchors.date(year.date().getYear(), f.integer(Field.MONTH), f.integer(Field.DAY), year.anchor());
            }
            // A weekday said with the date checks it: "الخميس 5 فيفري 2024" when 5 February 2024 was a Monday.
            return WeekdayCheck.check(f, written, anchors.context());
        }
        Day now = anchors.now(narrative, quoted);
        if (f.has(Field.RELDAY) || f.has(Field.NOW)) {
            now = anchors.deicticNow(now, narrative);
        }
        if (f.has(Field.WEEKDAY) && f.has(Field.DAY) && !f.has(Field.NTH) && now.date() != null) {
            // "الجمعة 15": the 15th nearest to now that is a Friday.
            Day both = anchors.dayOnWeekday(f.integer(Field.DAY), f.integer(Field.WEEKDAY), now);
            if (both != null) {
                return both;
            }
        }
        if (f.has(Field.WEEKDAY) && f.has(Field.RELDAY) && now.date() == null) {
            // "بعد ظهر اليوم الاثنين" with no "now": only the weekday is known, not which one.
            return new Day(null, UNRESOLVED);
        }
        if (f.has(Field.WEEKDAY) && !(f.has(Field.RELDAY) && now.date() != null)) {
            // "مساء أمس الأحد": when there is a "now", yesterday says more exactly which Sunday.
            return anchors.weekday(f, narrative, quoted);
        }
        if (f.has(Field.RELDAY)) {
            if (now.date() == null) {
                return now;
            }
            Day d = new Day(now.date().plusDays(f.integer(Field.RELDAY)), now.anchor());
            // "غدا (الأربعاء)": the weekday said checks the day counted.
            return f.has(Field.WEEKDAY) ? WeekdayCheck.checkCounted(f, d, now) : d;
        }
        if (f.has(Field.NOW)) {
            return now;
        }
        if (f.has(Field.DAY) && !f.has(Field.YEAR)) {
            // "السبت السادس عشر": a day of the current month, when there is one.
            Day inMonth = anchors.inCurrentMonth(f.integer(Field.DAY), narrative);
            if (inMonth != null) {
                return inMonth;
            }
        }
        if (f.has(Field.MONTH) || f.has(Field.YEAR) || f.has(Field.SEASON)) {
            return null;
        }
        if (f.has(Field.HOUR) || f.has(Field.POD)) {
            return anchors.dayOfBareTime(f, narrative);
        }
        return null;
    }

    static boolean namesADay(TimeFields f) {
        return hasDate(f) || f.has(Field.MONTH) || f.has(Field.HIJRI_MONTH) || f.has(Field.NTH) || f.has(Field.HOLIDAY)
                || f.has(Field.AGO) || f.has(Field.EVENT);
    }

    /** The instant "now" is, when it is the context's reference moment (a test vector's) rather than a day. */
    private static java.time.LocalDateTime referenceOf(Day now, TimeContext ctx) {
        return ctx.reference() != null && now.date() != null && now.date().equals(ctx.reference().toLocalDate())
                && PUBLICATION.equals(now.anchor()) ? ctx.reference() : null;
    }

    /** Whether the expression says a day itself: a day of the month, a weekday or a relative day. */
    static boolean hasDate(TimeFields f) {
        return f.has(Field.DAY) || f.has(Field.WEEKDAY) || f.has(Field.RELDAY);
    }

    private static TimexType timeType(TimeFields f) {
        return f.has(Field.HOUR) || f.has(Field.POD) ? TimexType.TIME : TimexType.DATE;
    }
}
