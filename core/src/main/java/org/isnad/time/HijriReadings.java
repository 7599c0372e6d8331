package org.isnad.time;

import static org.isnad.time.TimexResolver.REPORT;

import java.time.LocalDate;
import org.isnad.time.TimexResolver.Day;

/** Hijri dates said without their year whose year the words around them give: a weekday, or "this year". */
final class HijriReadings {
    private HijriReadings() {
    }

    /**
     * "العاشر من محرم من العام الحالي": a Hijri month is of the Hijri year running now, unless the
     * sentence's tense puts it on the other side of now, where the Gregorian year's is (null then,
     * for the caller's reading). "العام المقبل" is left to that reading: said in Jumada II 1446,
     * "رمضان من العام المقبل" is as often March 2025 as 1447.
     */
    static Timex ofThisYear(Timex t, TimeFields f, Day now, TimeContext ctx) {
        if (!f.has(Field.HIJRI_MONTH) || f.has(Field.HIJRI_YEAR) || f.has(Field.YEAR) || !"Y".equals(f.get(Field.RELUNIT, String.class))
                || !Integer.valueOf(0).equals(f.integer(Field.REL)) || now.date() == null) {
            return null;
        }
        Timex r = CalendarForms.hijri(t, f.with(Field.HIJRI_YEAR, HijriDates.yearOf(now.date())).with(Field.REL, null).with(Field.RELUNIT, null), now, ctx);
        int tense = f.has(Field.TENSE) ? Integer.signum(f.integer(Field.TENSE)) : 0;
        String edge = tense < 0 ? r.earliest() : r.latest();
        boolean against = edge != null && tense != 0
                && Integer.signum(LocalDate.parse(edge.substring(0, 10)).compareTo(now.date())) == -tense;
        return against ? null : r.withResolution(r.type(), r.value(), r.earliest(), r.latest(), now.anchor(), r.note());
    }

    /**
     * "الاثنين 25 شوال" with no Hijri year: the year near the report's day in which that date is a
     * Monday (see {@link CalendarAgreement}), else null. A publication's day anchors it as a
     * publication does; the day a report was only published by, or its narrative, as the report.
     */
    static Timex onWeekday(Timex t, TimeFields f, Day yearFrom, ReportAnchors anchors, Narrative narrative) {
        if (!f.has(Field.WEEKDAY) || !f.has(Field.HIJRI_DAY) || f.has(Field.HIJRI_YEAR) || f.has(Field.NTH)) {
            return null;
        }
        LocalDate pivot = pivot(anchors, narrative);
        if (pivot == null) {
            return null;
        }
        LocalDate d = CalendarAgreement.hijriDayOfWeekday(f.integer(Field.HIJRI_MONTH), f.integer(Field.HIJRI_DAY),
                f.integer(Field.WEEKDAY), pivot);
        if (d == null) {
            return null;
        }
        String anchor = yearFrom.date() != null ? yearFrom.anchor() : REPORT;
        String note = "the weekday said puts the Hijri date on " + d + ", the only such day within half a year of " + pivot;
        Timex r = f.has(Field.HOUR) || f.has(Field.POD)
                ? ClockTimes.withTimeOfDay(t, f.with(Field.DAY, d.getDayOfMonth()), new Day(d, anchor), anchors.context())
                : TimexValues.days(t, d.toString(), d, d, anchor);
        return r.withResolution(r.type(), r.value(), r.earliest(), r.latest(), anchor, note);
    }

    /** The day a date said without its year is placed near: the Hijri year's day, else the day the report was published by. */
    static LocalDate pivot(ReportAnchors anchors, Narrative narrative) {
        Day d = anchors.dayForHijriYear(narrative);
        return d.date() != null ? d.date() : anchors.context().publishedBy();
    }
}
