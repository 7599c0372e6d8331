package org.isnad.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.isnad.model.Span;
import org.isnad.text.Punctuation;

/**
 * Finds time expressions in a normalised text: runs every pattern, reads what each named group
 * says, keeps the longest of overlapping matches, and joins neighbouring parts of one expression
 * ("الساعة 6.58" + "من" + "مساء" + "يوم السبت" + "7 ديسمبر 2024"). Resolution comes later.
 */
final class TimexRecogniser {
    /** How far back (in words) a postponement verb may stand before "من X إلى Y". */
    private static final int VERB_REACH = 8;

    /**
     * How far before its first trigger word a time expression may start: a glue word or two
     * ("في", "حوالي"). It never starts after its first trigger, so the window ends there.
     */
    private static final int REACH_BEFORE = 16;
    private static final int REACH_AFTER = 1;

    private final TimeLexicon lexicon;
    private final List<TimePattern> patterns;
    private final TriggerWords triggers;
    private final Punctuation punctuation;
    private final TimexModifiers modifiers;

    TimexRecogniser(TimeLexicon lexicon, List<TimePattern> patterns, TriggerWords triggers, Punctuation punctuation) {
        this.lexicon = lexicon;
        this.patterns = patterns;
        this.triggers = triggers;
        this.punctuation = punctuation;
        this.modifiers = new TimexModifiers(lexicon);
    }

    List<Chunk> recognise(String text) {
        return recognise(text, triggers.starts(text, REACH_BEFORE, REACH_AFTER));
    }

    /** The same without the prefilter: every pattern at every word start. For tests of the prefilter. */
    List<Chunk> recogniseEverywhere(String text) {
        return recognise(text, triggers.everywhere(text));
    }

    private List<Chunk> recognise(String text, int[][] startsOfPattern) {
        List<Chunk> found = new ArrayList<>();
        // Each pattern is tried only where a word starts shortly before one of its own trigger
        // words: scanning dozens of patterns over every char of a report is where the time would go.
        for (TimePattern p : patterns) {
            Matcher m = p.regex().matcher(text);
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int after = -1;
            for (int start : startsOfPattern[p.order()]) {
                if (start < after) {
                    continue; // inside this pattern's last match, as find() would skip it
                }
                m.region(start, text.length());
                if (m.lookingAt()) {
                    Chunk c = read(p, m);
                    if (c != null) {
                        found.add(c);
                        after = m.end();
                    }
                }
            }
        }
        List<Chunk> joined = joinNeighbours(text, longest(found));
        // What did not join anything is no time alone: a weak part, or a zone with no clock before it.
        joined.removeIf(c -> c.kind() == TimePattern.Kind.WEAK || c.kind() == TimePattern.Kind.ZONE);
        return modifiers.attach(text, splitPairs(text, joined));
    }

    private Chunk read(TimePattern p, Matcher m) {
        Map<Field, Object> f = new EnumMap<>(Field.class);
        int firstEnd = -1;
        int secondStart = -1;
        for (String g : p.groups()) {
            String raw = m.group(g);
            if (raw == null) {
                continue;
            }
            String w = raw.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
            if (!readGroup(g, w, f, m.start(g), m.end(g))) {
                return null;
            }
            if (g.equals("day") || g.equals("dayword") || g.equals("daytens")) {
                firstEnd = Math.max(firstEnd, m.end(g));
            }
            if (g.equals("day2") || g.equals("dayword2") && secondStart < 0) {
                secondStart = m.start(g);
            }
        }
        if (!valid(f, p.kind())) {
            return null;
        }
        return new Chunk(m.start(), m.end(), p.kind(), TimeFields.of(f), p.order(),
                secondStart < 0 ? -1 : firstEnd, secondStart);
    }

    /** Reads one named group into fields; false when the words cannot mean what the group says. */
    private boolean readGroup(String group, String w, Map<Field, Object> f, int start, int end) {
        switch (group) {
            case "year" -> f.put(Field.YEAR, Integer.parseInt(w));
            case "month" -> {
                boolean digits = w.chars().allMatch(Character::isDigit);
                Integer mo = digits ? Integer.valueOf(w) : lexicon.months.get(w);
                if (mo == null || mo < 1 || mo > 12) {
                    return false;
                }
                f.put(Field.MONTH, mo);
                if (digits) {
                    f.put(Field.NUMERIC, Boolean.TRUE);
                }
            }
            case "day" -> f.put(Field.DAY, add(f.get(Field.DAY), lexicon.numberOf(w)));
            case "dayword", "daytens" -> {
                f.put(Field.DAY, add(f.get(Field.DAY), lexicon.numberOf(w)));
                f.put(Field.ORDINAL, Boolean.TRUE);
            }
            case "day2", "dayword2", "daytens2" -> f.put(Field.DAY2, add(f.get(Field.DAY2), lexicon.numberOf(w)));
            case "monthnum", "monthord" -> {
                Integer mo = lexicon.numberOf(w);
                if (mo == null || mo < 1 || mo > 12) {
                    return false;
                }
                f.put(Field.MONTH, mo);
            }
            case "weekdaybare" -> f.put(Field.WEEKDAY, lexicon.weekdaysBare.get(w));
            case "nth", "last" -> f.put(Field.NTH, lexicon.nth.containsKey(w) ? lexicon.nth.get(w) : lexicon.numberOf(w));
            case "nthunit" -> f.put(Field.NTHUNIT, lexicon.unitNames.get(w));
            case "holiday" -> f.put(Field.HOLIDAY, lexicon.holidays.get(w));
            case "tonight" -> {
                f.put(Field.RELDAY, 0);
                f.put(Field.POD, lexicon.partsOfDay.get(w));
            }
            case "weekday" -> f.put(Field.WEEKDAY, lexicon.weekdays.get(w));
            case "hour", "hourword" -> f.put(Field.HOUR, lexicon.numberOf(w));
            case "minute", "minuteword", "minutetens" -> f.put(Field.MINUTE, add(f.get(Field.MINUTE), lexicon.numberOf(w)));
            case "second" -> f.put(Field.SECOND, Integer.parseInt(w));
            case "frac" -> f.put(Field.MINUTE, add(f.get(Field.MINUTE), minutes(lexicon.fractions.get(w))));
            case "minus" -> f.put(Field.MINUTE, add(f.get(Field.MINUTE), -minutes(lexicon.fractions.get(w))));
            case "pod" -> f.put(Field.POD, lexicon.partsOfDay.get(w));
            case "relday" -> {
                if (lexicon.now.contains(w)) {
                    f.put(Field.NOW, Boolean.TRUE);
                } else {
                    f.put(Field.RELDAY, lexicon.relativeDays.get(w));
                }
            }
            case "count", "countword" -> {
                java.math.BigDecimal amount = lexicon.amountOf(w);
                if (amount == null) {
                    return false;
                }
                f.remove(Field.SOME);
                f.remove(Field.COUNT);
                putAmount(f, amount);
            }
            case "countfrac" -> putAmount(f, amount(f).add(lexicon.fractions.get(w)));
            case "countpart" -> putAmount(f, lexicon.fractions.get(w));
            case "some" -> f.put(Field.SOME, lexicon.some.get(w));
            case "unit" -> {
                TimeLexicon.Unit u = lexicon.units.containsKey(w) ? lexicon.units.get(w) : lexicon.definiteUnits.get(w);
                if (u == null) {
                    return false;
                }
                f.put(Field.UNIT, u.code());
                boolean counted = f.containsKey(Field.COUNT) || f.containsKey(Field.AMOUNT);
                if (u.count() != null && !counted && !f.containsKey(Field.SOME)) {
                    f.put(Field.COUNT, u.count());
                } else if (u.plural() && !counted && !f.containsKey(Field.SOME)) {
                    f.put(Field.SOME, lexicon.somePlural);
                }
            }
            case "rel" -> f.put(Field.REL, lexicon.rel.get(w));
            case "this" -> f.put(Field.REL, lexicon.demonstratives.get(w));
            case "part" -> f.put(Field.PART, lexicon.parts.get(w));
            case "relunit" -> f.put(Field.RELUNIT, lexicon.unitNames.get(w));
            case "season" -> f.put(Field.SEASON, lexicon.seasons.get(w));
            case "zone" -> f.put(Field.ZONE, lexicon.zones.get(w));
            case "event" -> f.put(Field.EVENT, new Span(start, end));
            case "dir" -> f.put(Field.DIR, lexicon.directions.get(w));
            case "ago" -> f.put(Field.AGO, lexicon.ago.get(w));
            case "mod" -> f.put(Field.MOD, lexicon.modsBefore.get(w));
            case "hday" -> f.put(Field.HIJRI_DAY, Integer.parseInt(w));
            case "hmonth" -> {
                Integer mo = w.chars().allMatch(Character::isDigit) ? Integer.valueOf(w) : lexicon.hijriMonths.get(w);
                if (mo == null || mo < 1 || mo > 12) {
                    return false;
                }
                f.put(Field.HIJRI_MONTH, mo);
            }
            case "hyear" -> f.put(Field.HIJRI_YEAR, Integer.parseInt(w));
            default -> throw new IllegalStateException("time/patterns.tsv names an unknown group '" + group + "'");
        }
        f.values().removeIf(java.util.Objects::isNull);
        return true;
    }

    /** The count said so far: a whole COUNT, a fractional AMOUNT, or one when only the unit was said. */
    private static java.math.BigDecimal amount(Map<Field, Object> f) {
        if (f.get(Field.AMOUNT) instanceof java.math.BigDecimal a) {
            return a;
        }
        return f.get(Field.COUNT) instanceof Integer n ? java.math.BigDecimal.valueOf(n) : java.math.BigDecimal.ONE;
    }

    /** A whole amount is a COUNT, any other an AMOUNT. */
    private static void putAmount(Map<Field, Object> f, java.math.BigDecimal amount) {
        java.math.BigDecimal a = amount.stripTrailingZeros();
        if (a.scale() <= 0 && a.compareTo(java.math.BigDecimal.valueOf(1_000_000)) < 0) {
            f.put(Field.COUNT, a.intValueExact());
            f.remove(Field.AMOUNT);
        } else {
            f.put(Field.AMOUNT, a);
            f.remove(Field.COUNT);
        }
    }

    /** A fraction of an hour in minutes ("النصف" 30). */
    private static int minutes(java.math.BigDecimal fraction) {
        return fraction.multiply(java.math.BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
    }

    private static Integer add(Object a, Integer b) {
        if (b == null) {
            return (Integer) a;
        }
        return a == null ? b : (Integer) a + b;
    }

    private static boolean valid(Map<Field, Object> f, TimePattern.Kind kind) {
        Integer day = (Integer) f.get(Field.DAY);
        Integer hour = (Integer) f.get(Field.HOUR);
        Integer minute = (Integer) f.get(Field.MINUTE);
        if (day != null && (day < 1 || day > 31) || hour != null && (hour < 0 || hour > 24)
                || minute != null && (minute < 0 || minute > 59) && !f.containsKey(Field.HOUR)) {
            return false;
        }
        boolean counted = f.containsKey(Field.COUNT) || f.containsKey(Field.AMOUNT) || f.containsKey(Field.SOME);
        if ((kind == TimePattern.Kind.DURATION || f.containsKey(Field.AGO) && f.containsKey(Field.UNIT)) && !counted) {
            return false;
        }
        return !f.isEmpty();
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
    private List<Chunk> joinNeighbours(String text, List<Chunk> chunks) {
        List<Chunk> out = new ArrayList<>();
        for (Chunk c : chunks) {
            Chunk last = out.isEmpty() ? null : out.get(out.size() - 1);
            Chunk range = last == null ? null : range(text, last, c);
            if (range != null) {
                out.set(out.size() - 1, range);
                continue;
            }
            if (last != null && joinable(last, c) && onlyGlue(text, last.end(), c.start())) {
                TimeFields merged = last.fields().merge(c.fields());
                if (merged != null) {
                    out.set(out.size() - 1, joined(last, c, merged));
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    /**
     * "من 13 تموز إلى 15 تموز", "من الساعة 3 حتى الساعة 5": two points with a range word between
     * them are one stretch when they differ only in the day, or only in the hour.
     */
    private Chunk range(String text, Chunk a, Chunk b) {
        if (!bothPoints(a, b) || a.secondStart() >= 0 || b.secondStart() >= 0 || !rangeGap(text, a.end(), b.start())) {
            return null;
        }
        TimeFields fa = a.fields();
        TimeFields fb = b.fields();
        TimeFields merged;
        if (fa.has(Field.DAY) && fb.has(Field.DAY) && !fa.has(Field.HOUR) && !fb.has(Field.HOUR)) {
            merged = fa.merge(fb.with(Field.DAY, null).with(Field.ORDINAL, null));
            merged = merged == null ? null : merged.with(Field.DAY2, fb.integer(Field.DAY));
        } else if (fa.has(Field.HOUR) && fb.has(Field.HOUR)) {
            TimeFields far = fb.with(Field.HOUR, null).with(Field.MINUTE, null);
            merged = fa.merge(far);
            if (merged != null) {
                merged = merged.with(Field.HOUR2, fb.integer(Field.HOUR)).with(Field.MINUTE2, fb.integer(Field.MINUTE));
            }
        } else {
            return null;
        }
        return merged == null ? null : new Chunk(a.start(), b.end(), TimePattern.Kind.POINT, merged, a.order(), a.end(), b.start());
    }

    private boolean rangeGap(String text, int from, int to) {
        if (to - from > 20) {
            return false;
        }
        boolean ranged = false;
        for (String word : text.substring(from, to).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (lexicon.isRangeWord(word)) {
                ranged = true;
            } else if (!lexicon.glue.contains(word)) {
                return false;
            }
        }
        return ranged;
    }

    /**
     * Two points can be parts of one expression; of a pair of days only one side may be such a pair,
     * and "now" and "N days ago" are complete in themselves.
     */
    private static boolean bothPoints(Chunk a, Chunk b) {
        return a.kind().isPoint() && b.kind().isPoint() && (a.secondStart() < 0 || b.secondStart() < 0)
                && !a.fields().has(Field.NOW) && !b.fields().has(Field.NOW) && !a.fields().has(Field.AGO) && !b.fields().has(Field.AGO);
    }

    private static Chunk joined(Chunk a, Chunk b, TimeFields merged) {
        Chunk pair = a.secondStart() >= 0 ? a : b;
        // Two parts joined are an expression, even when neither would stand alone.
        TimePattern.Kind kind = a.kind() == TimePattern.Kind.WEAK ? (b.kind() == TimePattern.Kind.WEAK ? TimePattern.Kind.POINT : b.kind()) : a.kind();
        return new Chunk(a.start(), Math.max(a.end(), b.end()), kind, merged, a.order(), pair.firstEnd(), pair.secondStart());
    }

    private static boolean joinable(Chunk a, Chunk b) {
        return bothPoints(a, b) || a.kind().isPoint() && b.kind() == TimePattern.Kind.ZONE && a.fields().has(Field.HOUR);
    }

    private boolean onlyGlue(String text, int from, int to) {
        if (to - from > 40) {
            return false;
        }
        for (String word : text.substring(from, to).split("[\\s\\p{P}\\p{S}]+")) {
            if (!word.isEmpty() && !lexicon.glue.contains(word)) {
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
     * اللقاء من 27 إلى 29"): then it is two dates, each its own expression.
     */
    private List<Chunk> splitPairs(String text, List<Chunk> chunks) {
        List<Chunk> out = new ArrayList<>();
        for (Chunk c : chunks) {
            if (c.secondStart() < 0 || c.fields().has(Field.POD) || c.fields().has(Field.HOUR2) || !postponed(text, c.start())) {
                out.add(c);
                continue;
            }
            TimeFields first = c.fields().with(Field.DAY2, null);
            TimeFields second = c.fields().with(Field.DAY, c.fields().integer(Field.DAY2)).with(Field.DAY2, null);
            out.add(new Chunk(c.start(), c.firstEnd(), c.kind(), first, c.order(), -1, -1));
            out.add(new Chunk(c.secondStart(), c.end(), c.kind(), second, c.order(), -1, -1));
        }
        return out;
    }

    private boolean postponed(String text, int at) {
        String before = text.substring(Math.max(0, at - 120), at);
        String[] words = before.split("[\\s\\p{P}\\p{S}]+");
        for (int i = words.length - 1, n = 0; i >= 0 && n < VERB_REACH; i--, n++) {
            String w = words[i];
            String bare = lexicon.withoutProclitic(w) == null ? w : lexicon.withoutProclitic(w);
            for (String stem : lexicon.postponeVerbs) {
                if (w.startsWith(stem) || bare.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }
}
