package org.isnad.time;

import java.util.List;

/**
 * The years a report says outright (Gregorian or Hijri), in text order: where each starts, its year,
 * and the month said with it (0 for none). They give a year to a month said without one when the
 * report has no date to count from.
 */
final class SaidYears {
    /**
     * How far before a month said alone a year said outright still gives it its year: within the
     * clause. Further back, a year is as often a background one ("عقب حادث فوكوشيما عام 2011 …
     * ويبدأ التشغيل مطلع سبتمبر") as the story's (SaudiNewsNet review, seed 11). Widened to 160 for
     * seed 21's months it moved 7 in the pool, 5 of them to a wrong year (a forecast's, 1954's).
     * Nor a year said with the same month further on: tried for seed 21 ("شهر يوليو" told as "يوليو
     * 2015" later), it moved 8 pool months, 5 to a background year ("منذ يوليو 2011", "يونيو 2014").
     */
    private static final int YEAR_REACH = 100;

    private final List<int[]> said;

    SaidYears(List<int[]> said) {
        this.said = List.copyOf(said);
    }

    /**
     * Of the years said before {@code at}: the one said with {@code month}, else the last one within
     * reach, else null. A month said with two years ("يوليو 2015 مقارنة بيوليو 2014") dates neither.
     */
    Integer before(int at, Integer month) {
        Integer withMonth = null;
        boolean twoYears = false;
        Integer near = null;
        for (int[] e : said) {
            if (e[0] >= at) {
                break;
            }
            if (month != null && e[2] == month) {
                twoYears |= withMonth != null && withMonth != e[1];
                withMonth = e[1];
            }
            near = at - e[0] <= YEAR_REACH ? Integer.valueOf(e[1]) : near;
        }
        return twoYears ? null : withMonth != null ? withMonth : near;
    }
}
