package org.isnad.time;

/** What a part of a time expression says; a recognised phrase is a set of these with values. */
public enum Field {
    YEAR, MONTH, DAY, WEEKDAY, HOUR, MINUTE, SECOND,
    /** A part of day: a {@link TimeLexicon.PartOfDay}. */
    POD,
    /** Days from "now": -1 yesterday, +1 tomorrow. */
    RELDAY,
    /** The present instant. */
    NOW,
    /** A time said only as before, around or after now: its TIMEX3 value (PAST_REF, PRESENT_REF, FUTURE_REF). */
    VAGUE,
    /** The word that counts back is "since" ("منذ"): with no number, a length lasting till now. */
    SINCE,
    /** A school or fiscal year ("العام الدراسي"): whose bounds are the institution's. */
    INSTITUTION,
    /** The relative word counts from the time the report last named ("الشهر السابق"), not from now. */
    ANAPHORIC,
    /** The Hijri year named from now ("العام الهجري الجديد", "مطلع العام الهجري"). */
    HIJRI_FRAME,
    /** Last (-1), this (0) or next (+1) of a weekday, month or unit. */
    REL,
    /** START, MID or END of a month or year. */
    PART,
    /** A calendar unit named relative to now ("الأسبوع الماضي"): W, M or Y. */
    RELUNIT,
    SEASON,
    /** A zone named after a clock time: a fixed offset, an IANA zone id, or local (that of PLACEZONE). */
    ZONE,
    /** The zone of the place the expression's sentence names, or its report's dateline names: an IANA id. */
    PLACEZONE,
    /** The phrase naming an event a time hangs on; {@link #DIR} says before (-1) or after (+1). */
    EVENT, DIR,
    /** The fields of a time the event phrase is ("بعد يومين من عيد الميلاد"): the day counted from. */
    BASE,
    /** "قبل/منذ N unit" (-1), "بعد N unit" (+1): the point N units back or forward from now. */
    AGO,
    COUNT, UNIT,
    HIJRI_DAY, HIJRI_MONTH, HIJRI_YEAR,
    /** The nth (1, 2, … or -1 for the last) weekday, week or day of a month; NTHUNIT says which (W, D). */
    NTH, NTHUNIT,
    /** Set when the day of the month was written as an ordinal word, which may instead count weekdays. */
    ORDINAL,
    /** A holiday: its rule from {@code time/holidays.tsv}. */
    HOLIDAY,
    /** The far end of a stretch of hours ("من الساعة 3 إلى الساعة 5"). */
    HOUR2, MINUTE2,
    /** Set when a stretch of hours said its part of day with its first end only ("من الثامنة مساء حتى الواحدة"). */
    POD_FIRST,
    /** Set when the month was written as a number, so the policy may read the date as Hijri. */
    NUMERIC,
    /** The far end of a day range or pair ("من 27 إلى 29 نوفمبر"). */
    DAY2,
    /** A count that is not whole ("3.5 سنوات", "ساعة ونصف"): a BigDecimal, said instead of COUNT. */
    AMOUNT,
    /** A count that is not said ("بضعة أيام", "منذ أسابيع"): the counts it may stand for, an int[] {min, max}. */
    SOME,
    /** A decade by its tens (60 for the sixties), a century and a millennium by their ordinal (20 for the 1900s); 0 when not said. */
    DECADE, CENTURY, MILLENNIUM,
    /** Set when the century is one of the Hijri era ("القرن العاشر الهجري"). */
    HIJRI_ERA,
    /** More counted units said with the first ("شهرين ويوم واحد وساعتين"): a List of TimeFields of UNIT and COUNT or AMOUNT. */
    PLUS,
    /** The far end of a stretch whose ends differ in more than one field: its own TimeFields. */
    TO,
    /** A quarter or half of a year: int[] {its ordinal, the months it spans}. */
    QUARTER,
    /** The first (+1) or last (-1) counted units of a year or month ("الأشهر الستة الأولى من العام"). */
    EDGE,
    /** "The rest of" a unit, from now to its end; the weekend of a week. */
    REST, WITHIN, WEEKEND,
    /** Set when the year is marked as Gregorian ("2019م"), so it is never read as Hijri. */
    GREGORIAN,
    /** A set of times ("كل يوم اثنين", "يوميا"): its TIMEX3 value when a word says it alone, else "". */
    SET,
    /** Which way the sentence looks from now: +1 ahead, -1 back (a tense cue); 0 for now itself (a wire report's filing time). */
    TENSE,
    /** A count of minutes before the hour, while its unit is read ("إلا ثلاث دقائق"). */
    MINUS,
    /** The TIMEX3 mod a word before or after the expression gives it (MORE_THAN, APPROX …). */
    MOD
}
