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

    /** The expression up to the mark that closes the day it took in ("فجر (الجمعة 3-1-2025)"). */
    static Chunk throughClosing(String text, Chunk c) {
        int i = c.end();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        boolean closes = i < text.length() && ")]\"»”".indexOf(text.charAt(i)) >= 0;
        return closes ? new Chunk(c.start(), i + 1, c.kind(), c.fields(), c.order(), c.firstEnd(), c.secondStart()) : c;
    }
}
