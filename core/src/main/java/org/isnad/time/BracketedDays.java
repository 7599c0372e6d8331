package org.isnad.time;

/**
 * "فجر (الجمعة 3-1-2025)", "اليوم (الثلاثاء)", the Saudi press's "اليوم "الثلاثاء" 26 /10 /1436هـ": a
 * date or weekday set apart in brackets or quote marks right after a part of day, a weekday or a
 * relative day names the day it falls on, unlike other asides; the expression then runs through the
 * mark that closes it.
 */
final class BracketedDays {
    private BracketedDays() {
    }

    /** Whether {@code b}, set apart right after {@code a}, names the day {@code a} falls on. */
    static boolean setApart(String text, Chunk a, Chunk b) {
        TimeFields fa = a.fields();
        TimeFields fb = b.fields();
        boolean namesDay = fb.has(Field.DAY) && fb.has(Field.MONTH) || fb.has(Field.WEEKDAY) && !fa.has(Field.WEEKDAY);
        boolean relativeDay = fa.has(Field.RELDAY) && fb.has(Field.WEEKDAY) && !fa.has(Field.WEEKDAY); // "اليوم (الثلاثاء)"
        if (!relativeDay && (fa.has(Field.DAY) || !(fa.has(Field.POD) || fa.has(Field.WEEKDAY)) || !namesDay)) {
            return false;
        }
        String gap = text.substring(a.end(), b.start()).strip();
        return gap.equals("(") || gap.equals("[") || gap.equals("\"") || gap.equals("«") || gap.equals("“");
    }

    /**
     * Where the mark that closes a clock time set in brackets ends ("الساعة (09:28:54) بتاريخ
     * 03/06/2014"), so the calendar date {@code b} after it can still be the clock's day; -1 when
     * {@code a} is no bare clock time (one with a day of its own, "(9:30 مساء السبت) غدا", keeps it),
     * {@code b} no date of the calendar, or {@code a} stands in no brackets of its own.
     */
    static int closingAfterClock(String text, Chunk a, Chunk b) {
        TimeFields f = a.fields();
        if (!f.has(Field.HOUR) || TimexResolver.hasDate(f) || f.has(Field.WEEKDAY) || f.has(Field.RELDAY)
                || !b.fields().has(Field.DAY) || !b.fields().has(Field.MONTH)) {
            return -1;
        }
        int open = markBefore(text, a.start());
        int close = markAfter(text, a.end());
        boolean paired = open >= 0 && close < text.length() && "([".indexOf(text.charAt(open)) >= 0
                && text.charAt(close) == (text.charAt(open) == '(' ? ')' : ']');
        return paired ? close + 1 : -1;
    }

    /** The expression from the mark that opens the clock time it starts with, so its brackets pair. */
    static Chunk fromOpening(String text, Chunk c) {
        int open = markBefore(text, c.start());
        return new Chunk(open, c.end(), c.kind(), c.fields(), c.order(), c.firstEnd(), c.secondStart());
    }

    /** The expression up to the mark that closes the day it took in ("فجر (الجمعة 3-1-2025)"). */
    static Chunk throughClosing(String text, Chunk c) {
        int i = markAfter(text, c.end());
        boolean closes = i < text.length() && ")]\"»”".indexOf(text.charAt(i)) >= 0;
        return closes ? new Chunk(c.start(), i + 1, c.kind(), c.fields(), c.order(), c.firstEnd(), c.secondStart()) : c;
    }

    /** The index of the first char before {@code at} that is not a space (-1 at the text's start). */
    private static int markBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i;
    }

    /** The index of the first char from {@code at} on that is not a space (the text's length at its end). */
    private static int markAfter(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
