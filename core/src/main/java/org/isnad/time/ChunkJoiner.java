package org.isnad.time;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.isnad.text.Punctuation;

/**
 * Makes expressions of the matches of one text: of overlapping matches the longest is kept, parts
 * standing side by side with only glue between ("الساعة 6.58" + "من" + "مساء" + "يوم السبت" + "7
 * ديسمبر 2024") are joined, two points with a range word between them become one stretch, and a
 * pair of days a postponement verb governs is split in two.
 */
final class ChunkJoiner {
    /** "بين" or "من" before the first day: "شهر نوفمبر بين 19 و 20" is a stretch. */
    private static final Pattern OPENS_STRETCH = Pattern.compile("(?:^|\\s)(?:ما\\s+)?(?:بين|من)\\s");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int RANGE_WORD_REACH = 12;
    private static final Pattern BREAKS = Pattern.compile("[\\s\\p{P}\\p{S}]+");

    private final TimeLexicon lexicon;
    private final Punctuation punctuation;
    private final PostponeVerbs postponeVerbs;

    ChunkJoiner(TimeLexicon lexicon, Punctuation punctuation, PostponeVerbs postponeVerbs) {
        this.lexicon = lexicon;
        this.punctuation = punctuation;
        this.postponeVerbs = postponeVerbs;
    }

    List<Chunk> join(String text, List<Chunk> found) {
        // Two passes: first each end of a stretch takes its own parts ("5" its "مساءً"), then
        // the ends are joined into stretches ("من 3 صباحًا حتى 5 مساءً").
        List<Chunk> joined = joinNeighbours(text, joinNeighbours(text, longest(found), false), true);
        // What did not join anything is no time alone: a weak part, or a zone with no clock before it.
        joined.removeIf(c -> c.kind() == TimePattern.Kind.WEAK || c.kind() == TimePattern.Kind.ZONE);
        return splitPairs(text, joined);
    }

    /** Of overlapping matches keep the longest (then the earlier pattern); overlapping parts that agree are joined. */
    private static List<Chunk> longest(List<Chunk> found) {
        found.sort(Comparator.comparingInt(Chunk::start).thenComparing(Comparator.comparingInt(Chunk::length).reversed())
                .thenComparing(c -> c.kind() == TimePattern.Kind.WEAK).thenComparingInt(Chunk::order));
        List<Chunk> kept = new ArrayList<>();
        for (Chunk c : found) {
            Chunk last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null || !last.overlaps(c)) {
                kept.add(c);
                continue;
            }
            if (c.end() <= last.end()) {
                kept.set(kept.size() - 1, EventBase.attach(last, c));
                continue; // inside a longer match
            }
            TimeFields merged = bothPoints(last, c) ? last.fields().merge(c.fields()) : null;
            if (merged != null) {
                kept.set(kept.size() - 1, joined(last, c, merged));
            }
        }
        return kept;
    }

    /** Joins neighbouring points separated only by spaces, punctuation and glue words ("من", "يوم"). */
    private List<Chunk> joinNeighbours(String text, List<Chunk> chunks, boolean ranges) {
        List<Chunk> out = new ArrayList<>();
        for (Chunk c : chunks) {
            Chunk last = out.isEmpty() ? null : out.get(out.size() - 1);
            Chunk range = last == null || !ranges ? null : range(text, last, c);
            if (range != null) {
                out.set(out.size() - 1, range);
                // "يوم الجمعة بين 1 مساء و4 مساء": the stretch may now stand right after a day.
                // "6 ذي القعدة - 1 ذي الحجة، الموافق 21 أغسطس - 14 سبتمبر": a stretch said again in the
                // other calendar is the same stretch, end for end.
                Chunk before = out.size() > 1 ? out.get(out.size() - 2) : null;
                boolean glued = before != null && onlyGlue(text, before.end(), range.start());
                TimeFields both = !glued ? null
                        : before.secondStart() >= 0 ? (before.kind().isPoint() && range.kind().isPoint() ? before.fields().merge(range.fields()) : null)
                        : joinable(before, range) ? withDay(before.fields(), range.fields()) : null;
                if (both != null) {
                    out.remove(out.size() - 1);
                    out.set(out.size() - 1, joined(before, range, both));
                }
                continue;
            }
            // Lengths with a range word between them are a range before they are a sum ("بين 20 يوما و3 أشهر").
            boolean twoLengths = last != null && last.kind() == TimePattern.Kind.DURATION && c.kind() == TimePattern.Kind.DURATION;
            int from = twoLengths ? rangeStart(text, last, c, true) : -1;
            Chunk lengths = from < 0 ? null : LengthRanges.of(last, c, from);
            Chunk compound = lengths != null ? lengths : last == null ? null : compound(text, last, c);
            if (compound != null) {
                out.set(out.size() - 1, compound);
                continue;
            }
            boolean bracketed = last != null && BracketedDays.setApart(text, last, c);
            int closed = last == null ? -1 : BracketedDays.closingAfterClock(text, last, c);
            boolean clockInBrackets = closed > 0 && closed <= c.start() && onlyGlue(text, closed, c.start());
            // The end of one stretch and the start of the next are not one time, however glued
            // ("… - 1 ذي الحجة، الموافق 21 أغسطس - …"): each stays with its own stretch.
            boolean twoStretches = last != null && (last.secondStart() >= 0 || rangeWordAround(text, last.start(), -1))
                    && rangeWordAround(text, c.end(), 1);
            // A part word ("نهاية", "منتصف") heads the time after it, as the first noun of a
            // construct: it never closes the one before ("من 15 يونيو حتى نهاية يوم 15 سبتمبر").
            boolean partOfNext = c.kind() == TimePattern.Kind.WEAK && c.fields().only(Field.PART);
            // "منتصف الليل حتى الخامسة صباحا": a clock time or part of day after its own "حتى" is the
            // far end of a stretch from the one before, never the same time said again.
            boolean farEnd = last != null && clockLevel(last.fields()) && clockLevel(c.fields())
                    && (rangeWordAround(text, c.start(), 1) || rangeWordAround(text, c.start(), -1));
            if (last != null && !farEnd && ClockTimes.partOfDaySaidAgain(last.fields(), c.fields()) && onlyGlue(text, last.end(), c.start())) {
                // "الساعة 12 ظهرا وقت الغداء", "بعد الظهر السابعة مساء": a part of day that agrees
                // with the hour before it, which has one already, is the same time said twice.
                out.set(out.size() - 1, joined(last, c, last.fields()));
                continue;
            }
            if (last != null && !twoStretches && !partOfNext && !farEnd && joinable(last, c) && (onlyGlue(text, last.end(), c.start()) || bracketed || clockInBrackets)) {
                TimeFields merged = last.fields().merge(c.fields());
                if (merged != null) {
                    Chunk j = joined(last, c, merged);
                    out.set(out.size() - 1, bracketed ? BracketedDays.throughClosing(text, j) : clockInBrackets ? BracketedDays.fromOpening(text, j) : j);
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    /**
     * "من 13 تموز إلى 15 تموز", "من الساعة 3 حتى الساعة 5", "بين 4 سبتمبر و8 سبتمبر": two points
     * with a range word between them are one stretch. When they differ only in the day or only in
     * the hour, the far end is a field of the near one (DAY2, HOUR2); otherwise each end keeps its
     * own fields, the far one under TO, and each lends the other what it leaves unsaid.
     */
    private Chunk range(String text, Chunk a, Chunk b) {
        if (!bothPoints(a, b) || a.secondStart() >= 0 || b.secondStart() >= 0) {
            return null;
        }
        int start = rangeStart(text, a, b, false);
        if (start < 0) {
            return null;
        }
        TimeFields fa = RangeEnds.clockEnd(a.fields(), b.fields(), false);
        TimeFields fb = RangeEnds.clockEnd(b.fields(), a.fields(), true);
        TimeFields merged = null;
        if (fa.has(Field.DAY) && fb.has(Field.DAY) && !fa.has(Field.HOUR) && !fb.has(Field.HOUR) && !fb.has(Field.YEAR)
                && (!fb.has(Field.MONTH) || !fa.has(Field.MONTH) || fa.integer(Field.MONTH).equals(fb.integer(Field.MONTH)))) {
            merged = fa.merge(fb.with(Field.DAY, null).with(Field.ORDINAL, null));
            merged = merged == null ? null : merged.with(Field.DAY2, fb.integer(Field.DAY));
        } else if (fa.has(Field.HOUR) && fb.has(Field.HOUR)) {
            TimeFields far = fb.with(Field.HOUR, null).with(Field.MINUTE, null);
            merged = fa.merge(far);
            if (merged != null) {
                merged = merged.with(Field.HOUR2, fb.integer(Field.HOUR)).with(Field.MINUTE2, fb.integer(Field.MINUTE))
                        .with(Field.POD_FIRST, fa.has(Field.POD) && !fb.has(Field.POD) ? Boolean.TRUE : null);
            }
        }
        if (merged == null) {
            // Ends of one grain only: "15 يونيو 2024 - 10:30" is a date and its hour, not a stretch;
            // and ends that are times by themselves.
            // Two month names are a stretch, though each alone may be a name ("من نوفمبر إلى فبراير"),
            // and so when the far one carries the year both share ("بين يناير ومارس 2017").
            boolean months = monthGrain(fa) && monthGrain(fb) && (fa.only(Field.MONTH) || fb.only(Field.MONTH));
            if (fa.has(Field.HOUR) != fb.has(Field.HOUR) || !months && (a.kind() == TimePattern.Kind.WEAK || b.kind() == TimePattern.Kind.WEAK)) {
                return null;
            }
            TimeFields[] ends = RangeEnds.inOrder(RangeEnds.lend(fa, fb), RangeEnds.lend(fb, fa), fa, fb);
            merged = ends[0].with(Field.TO, ends[1]);
        }
        return new Chunk(start, b.end(), TimePattern.Kind.POINT, merged, a.order(), a.end(), b.start());
    }

    /** A month, with or without its year: one end of a stretch of months. */
    private static boolean monthGrain(TimeFields f) {
        return f.has(Field.MONTH) && f.onlyAmong(Field.MONTH, Field.YEAR);
    }

    /**
     * A stretch said after the day it is on ("غدًا بين الساعة 8 صباحًا و2 مساءً", "الأسبوع المقبل بين
     * الأربعاء والجمعة"): the day goes to both ends; null when an end says otherwise.
     */
    private static TimeFields withDay(TimeFields day, TimeFields stretch) {
        // "يوم الجمعة بعد الظهر بين 1 مساءً و4 مساءً": a part of day the hours say again gives way to theirs.
        if (day.get(Field.POD, Object.class) instanceof TimeLexicon.PartOfDay said && stretch.has(Field.HOUR)
                && stretch.get(Field.POD, Object.class) instanceof TimeLexicon.PartOfDay again && !said.equals(again)
                && ClockTimes.readAlike(stretch.integer(Field.HOUR), said, again)) {
            day = day.with(Field.POD, null);
        }
        if (!stretch.has(Field.TO)) {
            return day.merge(stretch);
        }
        TimeFields near = day.merge(stretch.with(Field.TO, null));
        TimeFields far = day.merge(stretch.get(Field.TO, TimeFields.class));
        return near == null || far == null ? null : near.with(Field.TO, far);
    }

    /**
     * Where a stretch from {@code a} to {@code b} starts, or -1 when the words between them do not
     * make one: a range word ("إلى", "حتى"), "and" when "بين" opens it, or between two lengths "or"
     * ("يومين أو ثلاثة أيام": a count between them; two days or two dates are a choice, no stretch).
     * An opening word before {@code a} ("من", "بين") is part of the stretch.
     */
    private int rangeStart(String text, Chunk a, Chunk b, boolean lengths) {
        if (b.start() - a.end() > 20) {
            return -1;
        }
        boolean ranged = false;
        boolean and = false;
        for (String word : SPACES.split(text.substring(a.end(), b.start()))) {
            if (word.isEmpty()) {
                continue;
            }
            if (lexicon.isRangeWord(word) || lengths && lexicon.around.orWords.contains(word)) {
                ranged = true;
            } else if (lexicon.around.andWords.contains(word)) {
                and = true;
            } else if (!lexicon.around.glue.contains(word)) {
                return -1;
            }
        }
        // The far end may hold its own range word ("من منتصف الليل حتى الخامسة صباحا").
        ranged |= rangeWordAround(text, b.start(), 1);
        int opener = opener(text, a.start(), lexicon.around.betweenWords);
        if (and && !ranged && opener >= 0) {
            return opener;
        }
        if (!ranged) {
            return -1;
        }
        int from = opener(text, a.start(), lexicon.around.rangeOpeners);
        return from >= 0 ? from : opener >= 0 ? opener : a.start();
    }

    /** Whether a range word ("-", "إلى", "حتى") stands right before ({@code dir} -1) or after ({@code dir} 1) {@code at}. */
    private boolean rangeWordAround(String text, int at, int dir) {
        int i = at;
        // A few chars either way: range words are short, and a text with no spaces stays linear.
        while (Math.abs(i - at) < RANGE_WORD_REACH && (dir < 0 ? i > 0 && Character.isWhitespace(text.charAt(i - 1)) : i < text.length() && Character.isWhitespace(text.charAt(i)))) {
            i += dir;
        }
        int j = i;
        while (Math.abs(j - i) < RANGE_WORD_REACH && (dir < 0 ? j > 0 && !Character.isWhitespace(text.charAt(j - 1)) : j < text.length() && !Character.isWhitespace(text.charAt(j)))) {
            j += dir;
        }
        return i != j && lexicon.isRangeWord(dir < 0 ? text.substring(j, i) : text.substring(i, j));
    }

    private static boolean clockLevel(TimeFields f) {
        return f.has(Field.HOUR) || f.has(Field.POD);
    }

    /** Where one of {@code words} stands right before {@code at} (spaces apart), or -1. */
    private static int opener(String text, int at, java.util.Set<String> words) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        for (String w : words) {
            int from = i - w.length();
            if (from >= 0 && text.startsWith(w, from) && (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)))) {
                return from;
            }
        }
        return -1;
    }

    /**
     * Two points can be parts of one expression; of a pair of days only one side may be such a pair,
     * and "now" and "N days ago" are complete in themselves.
     */
    private static boolean bothPoints(Chunk a, Chunk b) {
        if (isBareUnit(a) || isBareUnit(b)) {
            return false;
        }
        return a.kind().isPoint() && b.kind().isPoint() && (a.secondStart() < 0 || b.secondStart() < 0)
                && !a.fields().has(Field.NOW) && !b.fields().has(Field.NOW) && !a.fields().has(Field.VAGUE) && !b.fields().has(Field.VAGUE) && !a.fields().has(Field.AGO) && !b.fields().has(Field.AGO);
    }

    /** A unit said alone ("شهر" in "عام و شهر") is a part of a length of time only, never of a date. */
    private static boolean isBareUnit(Chunk c) {
        return c.kind() == TimePattern.Kind.WEAK && c.fields().has(Field.UNIT);
    }

    private static Chunk joined(Chunk a, Chunk b, TimeFields merged) {
        Chunk pair = a.secondStart() >= 0 ? a : b;
        // Two parts joined are an expression, even when neither would stand alone.
        TimePattern.Kind kind = a.kind() == TimePattern.Kind.WEAK ? (b.kind() == TimePattern.Kind.WEAK ? TimePattern.Kind.POINT : b.kind()) : a.kind();
        return new Chunk(a.start(), Math.max(a.end(), b.end()), kind, merged, a.order(), pair.firstEnd(), pair.secondStart());
    }

    private static boolean joinable(Chunk a, Chunk b) {
        // Two clock times, or two days of the month, are two times even when they agree
        // ("الساعة 3 مساءً حتى 3:30 مساءً"): only a range may join them.
        TimeFields fa = a.fields();
        TimeFields fb = b.fields();
        boolean twoOfAKind = fa.has(Field.HOUR) && fb.has(Field.HOUR) || fa.has(Field.DAY) && fb.has(Field.DAY)
                // "لهذا العام اليوم": a year and a day counted from now are two; a set is whole ("يوميا في مايو").
                || fa.has(Field.RELUNIT) && fb.has(Field.RELDAY) || fa.has(Field.RELDAY) && fb.has(Field.RELUNIT)
                || (fa.has(Field.SET) || fb.has(Field.SET)) && (fa.has(Field.MONTH) || fb.has(Field.MONTH) || fa.has(Field.YEAR) || fb.has(Field.YEAR));
        return bothPoints(a, b) && !twoOfAKind || a.kind().isPoint() && b.kind() == TimePattern.Kind.ZONE && fa.has(Field.HOUR);
    }

    /**
     * "شهرين ويوم واحد وساعتين", "منذ 1 شهر و 21 يوما": counted units joined by "و" or a comma are
     * one length of time; what the last says of the whole ("من الآن") goes to the whole.
     */
    private Chunk compound(String text, Chunk a, Chunk b) {
        TimeFields fa = a.fields();
        TimeFields fb = b.fields();
        boolean counted = fa.has(Field.UNIT) && !fa.has(Field.EVENT) && !fa.has(Field.SET) && (a.kind() == TimePattern.Kind.DURATION || fa.has(Field.AGO));
        boolean partKind = b.kind() == TimePattern.Kind.DURATION || b.kind() == TimePattern.Kind.WEAK;
        if (!counted || !partKind || !fb.has(Field.UNIT) || fb.has(Field.SOME) || fa.has(Field.SOME)
                || b.start() - a.end() > 4) {
            return null;
        }
        // "و" may be glued to the second part ("ويوم"): a proclitic stays outside the part's span.
        String gap = text.substring(a.end(), b.start()).strip();
        if (!lexicon.around.andWords.contains(gap) && !gap.equals(",") && !gap.equals("،")) {
            return null;
        }
        java.util.List<TimeFields> plus = new ArrayList<>();
        if (fa.has(Field.PLUS)) {
            plus.addAll(fa.get(Field.PLUS, java.util.List.class));
        }
        // A sum of lengths runs from the largest unit down ("3 ساعات و20 دقيقة", "عام و6 أشهر"); "بين 20
        // يوما و3 أشهر" is two ends of a range, not 3 months and 20 days.
        String last = plus.isEmpty() ? fa.get(Field.UNIT, String.class) : plus.get(plus.size() - 1).get(Field.UNIT, String.class);
        if (!TimexValues.isSmaller(fb.get(Field.UNIT, String.class), last)) {
            return null;
        }
        TimeFields part = TimeFields.of(java.util.Map.of(Field.UNIT, fb.get(Field.UNIT, String.class)));
        part = fb.has(Field.COUNT) ? part.with(Field.COUNT, fb.integer(Field.COUNT)) : part.with(Field.AMOUNT, fb.get(Field.AMOUNT, Object.class));
        plus.add(part);
        TimeFields merged = fa.with(Field.PLUS, java.util.List.copyOf(plus));
        for (Field carried : new Field[] {Field.AGO, Field.MOD, Field.REL}) {
            if (!merged.has(carried) && fb.has(carried)) {
                merged = merged.with(carried, fb.get(carried, Object.class));
            }
        }
        return new Chunk(a.start(), b.end(), a.kind(), merged, a.order(), -1, -1);
    }

    /** "مباراتي الكأس في 14 و17 أغسطس": two days said with "و" and no "بين/من" opening a stretch. */
    private boolean dayPair(String text, Chunk c, boolean hours) {
        if (hours || !c.fields().has(Field.DAY) || !c.fields().has(Field.DAY2) || c.firstEnd() < 0 || c.firstEnd() > c.secondStart()) {
            return false;
        }
        String gap = text.substring(c.firstEnd(), c.secondStart()).strip();
        return lexicon.around.andWords.contains(gap) && !OPENS_STRETCH.matcher(text.substring(c.start(), c.firstEnd())).find();
    }

    private boolean onlyGlue(String text, int from, int to) {
        if (to - from > 40) {
            return false;
        }
        for (String word : BREAKS.split(text.substring(from, to))) {
            if (!word.isEmpty() && !lexicon.around.glue.contains(word)) {
                return false;
            }
        }
        // A sentence end, an aside in brackets or a quote mark between them means two expressions.
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (punctuation.isSentenceEnd(c) || punctuation.isQuoteMark(c) || "()[]\n".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "من 27 إلى 29 نوفمبر" is one stretch of days, unless a verb of moving governs it ("أجّل
     * اللقاء من 27 إلى 29"): then it is two dates, each its own expression. So for hours ("غيّر
     * الموعد من العاشرة صباحا إلى الحادية عشرة"): two clock times. Two days joined by "و" with no
     * "بين/من" before them ("مباراتي الكأس في 14 و17 أغسطس") are a pair too.
     */
    private List<Chunk> splitPairs(String text, List<Chunk> chunks) {
        List<Chunk> out = new ArrayList<>();
        for (Chunk c : chunks) {
            TimeFields f = c.fields();
            boolean hours = f.has(Field.HOUR2);
            if (c.secondStart() < 0 || !hours && f.has(Field.POD) || !postponeVerbs.governs(text, c.start()) && !dayPair(text, c, hours)) {
                out.add(c);
                continue;
            }
            TimeFields first = hours ? f.with(Field.HOUR2, null).with(Field.MINUTE2, null).with(Field.POD_FIRST, null) : f.with(Field.DAY2, null);
            TimeFields second = hours
                    ? f.with(Field.HOUR, f.integer(Field.HOUR2)).with(Field.MINUTE, f.integer(Field.MINUTE2)).with(Field.HOUR2, null)
                            .with(Field.MINUTE2, null).with(Field.POD, f.has(Field.POD_FIRST) ? null : f.get(Field.POD, Object.class))
                            .with(Field.POD_FIRST, null)
                    : f.with(Field.DAY, f.integer(Field.DAY2)).with(Field.DAY2, null);
            out.add(new Chunk(c.start(), c.firstEnd(), c.kind(), first, c.order(), -1, -1));
            out.add(new Chunk(c.secondStart(), c.end(), c.kind(), second, c.order(), -1, -1));
        }
        return out;
    }
}
