package org.isnad.time;

import java.util.regex.Pattern;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import org.isnad.model.Span;

/**
 * Reads what one match of a time pattern says: each named group's words, looked up in the lexicon,
 * become fields ("7" in {@code hour} is HOUR 7, "ثلاثة" in {@code count} COUNT 3). A match whose
 * words cannot mean what its groups say is no match.
 */
final class GroupReader {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A year written in words ("ألفين وعشرين") is read as one only in this range. */
    private static final int YEAR_WORDS_FROM = 100;
    private static final int YEAR_WORDS_TO = 2200;

    private final TimeLexicon lexicon;

    GroupReader(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Chunk read(TimePattern p, Matcher m) {
        Map<Field, Object> f = new EnumMap<>(Field.class);
        int firstEnd = -1;
        int secondStart = -1;
        for (String g : p.groups()) {
            String raw = m.group(g);
            if (raw == null) {
                continue;
            }
            String w = SPACES.matcher(raw.strip()).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
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
        if (p.groups().contains("countlow") && m.group("countlow") != null && !lowCount(m, f)) {
            return null;
        }
        if (p.kind() == TimePattern.Kind.DURATION && f.get(Field.NTH) instanceof Integer last && !f.containsKey(Field.REL)) {
            // "آخر 3 دقائق": the last units before now.
            f.remove(Field.NTH);
            f.put(Field.REL, Integer.signum(last));
        }
        if (f.get(Field.TO) instanceof TimeFields to) {
            // "شهري يونيو ويوليو 2024": the far end takes the year the near one was said with.
            TimeFields near = TimeFields.of(f).with(Field.TO, null);
            f.put(Field.TO, RangeEnds.lend(to, near));
        }
        if (p.kind() == TimePattern.Kind.DURATION && ("AFTER".equals(f.get(Field.MOD)) || "BEFORE".equals(f.get(Field.MOD)))) {
            // "بعد 7 سنوات قضيتها": before or after bounds a day, never a length; the length alone is matched on.
            return null;
        }
        if (!valid(f, p.kind())) {
            return null;
        }
        // A signal word before the expression ("لمدة", "خلال") is matched but stays outside its span.
        int start = m.start();
        if (p.groups().contains("signal") && m.group("signal") != null) {
            start = m.end("signal");
            while (start < m.end() && Character.isWhitespace(m.group().charAt(start - m.start()))) {
                start++;
            }
        }
        return new Chunk(start, m.end(), p.kind(), TimeFields.of(f), p.order(),
                secondStart < 0 ? -1 : firstEnd, secondStart);
    }

    /**
     * The low end of "بين ثلاثة وخمسة أيام": a number, in digits or words, below the count; two words
     * joined by "و" that make one number ("سبعة وثلاثين") are no range.
     */
    private boolean lowCount(Matcher m, Map<Field, Object> f) {
        String low = m.group("countlow");
        Integer n = lexicon.numberOf(low);
        String between = m.group().substring(m.end("countlow") - m.start(), m.start("count") - m.start()).strip();
        Integer whole = Character.isDigit(low.charAt(0)) ? null : lexicon.numberOf(low + " " + between + " " + m.group("count"));
        if (whole != null && f.containsKey(Field.COUNT)) {
            f.put(Field.COUNT, whole);
            return true;
        }
        return n != null && countBetween(f, n);
    }

    /**
     * "بين 15 و25 عاما": the count is unknown but lies between the two numbers, so it becomes a count
     * not said ({@link Field#SOME}) with those bounds; false when the first is not the smaller.
     */
    private static boolean countBetween(Map<Field, Object> f, int low) {
        if (!(f.get(Field.COUNT) instanceof Integer high) || low >= high || low < 1) {
            return false;
        }
        f.remove(Field.COUNT);
        f.put(Field.SOME, new int[] {low, high});
        return true;
    }

    /** Reads one named group into fields; false when the words cannot mean what the group says. */
    private boolean readGroup(String group, String w, Map<Field, Object> f, int start, int end) {
        switch (group) {
            case "year" -> f.put(Field.YEAR, Integer.parseInt(w));
            case "month", "monthb" -> {
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
            case "day", "dayb" -> f.put(Field.DAY, add(f.get(Field.DAY), lexicon.numberOf(w)));
            case "dayword", "daytens" -> {
                f.put(Field.DAY, add(f.get(Field.DAY), lexicon.numberOf(w)));
                f.put(Field.ORDINAL, Boolean.TRUE);
            }
            case "day2", "dayword2", "daytens2" -> f.put(Field.DAY2, add(f.get(Field.DAY2), lexicon.numberOf(w)));
            case "month2" -> {
                Integer mo = lexicon.months.get(w);
                if (mo == null) {
                    return false;
                }
                f.put(Field.TO, TimeFields.of(Map.of(Field.MONTH, mo)));
            }
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
            case "minute", "minuteword", "minutetens", "minuteand" -> f.put(Field.MINUTE, add(f.get(Field.MINUTE), lexicon.numberOf(w)));
            case "minuscount" -> f.put(Field.MINUS, lexicon.numberOf(w));
            case "minusunit" -> {
                // "إلا ثلاث دقائق", "إلا دقيقتين": minutes before the hour.
                TimeLexicon.Unit u = lexicon.units.get(w);
                Integer n = f.containsKey(Field.MINUS) ? (Integer) f.remove(Field.MINUS) : u == null ? null : u.count();
                if (u == null || !u.code().equals("MIN") || n == null) {
                    return false;
                }
                f.put(Field.MINUTE, add(f.get(Field.MINUTE), -n));
            }
            case "signal" -> { }
            case "countafter" -> {
                // "يوم واحد", "ساعتين اثنتين": the number after its noun says what the noun says.
                Integer n = lexicon.numberOf(w);
                if (n == null || f.containsKey(Field.COUNT) && !f.get(Field.COUNT).equals(n)) {
                    return false;
                }
                f.put(Field.COUNT, n);
            }
            case "fromnow" -> f.putIfAbsent(Field.AGO, 1);
            case "yearword" -> {
                Integer y = lexicon.numberOf(w);
                if (y == null || y < YEAR_WORDS_FROM || y > YEAR_WORDS_TO) {
                    return false;
                }
                f.put(Field.YEAR, y);
            }
            case "quarterunit" -> f.put(Field.QUARTER, new int[] {0, lexicon.quarters.get(w)});
            case "quarter" -> {
                int[] size = (int[]) f.get(Field.QUARTER);
                // "الربع الأخير": the last quarter of the year.
                Integer n = lexicon.nth.containsKey(w) && size != null ? Integer.valueOf(12 / size[1]) : lexicon.numberOf(w);
                int[] q = (int[]) f.get(Field.QUARTER);
                if (n == null || q == null || n < 1 || n > 12 / q[1]) {
                    return false;
                }
                f.put(Field.QUARTER, new int[] {n, q[1]});
            }
            case "edgefirst" -> f.put(Field.EDGE, 1);
            case "edgelast" -> f.put(Field.EDGE, -1);
            case "rest" -> f.put(Field.REST, Boolean.TRUE);
            case "within" -> f.put(Field.WITHIN, lexicon.within.get(w));
            case "weekend" -> f.put(Field.WEEKEND, Boolean.TRUE);
            case "every" -> f.put(Field.SET, "");
            case "everyvalue" -> f.put(Field.SET, lexicon.every.get(w));
            case "decade" -> f.put(Field.DECADE, lexicon.decades.get(w));
            case "century", "centurytens", "centurytens2", "centurydigits" -> f.put(Field.CENTURY, add(f.get(Field.CENTURY), lexicon.numberOf(w)));
            case "hijriera" -> f.put(Field.HIJRI_ERA, Boolean.TRUE);
            case "millennium" -> f.putIfAbsent(Field.MILLENNIUM, 0);
            case "millord" -> f.put(Field.MILLENNIUM, lexicon.numberOf(w));
            case "hour2", "hourword2" -> f.put(Field.HOUR2, lexicon.numberOf(w));
            case "minute2" -> f.put(Field.MINUTE2, lexicon.numberOf(w));
            case "frac2" -> f.put(Field.MINUTE2, add(f.get(Field.MINUTE2), minutes(lexicon.fractions.get(w))));
            case "second" -> f.put(Field.SECOND, Integer.parseInt(w));
            case "frac" -> f.put(Field.MINUTE, add(f.get(Field.MINUTE), minutes(lexicon.fractions.get(w))));
            case "minus" -> f.put(Field.MINUTE, add(f.get(Field.MINUTE), -minutes(lexicon.fractions.get(w))));
            case "pod" -> f.put(Field.POD, lexicon.partsOfDay.get(w));
            case "podfirst" -> {
                // A part of day said between the two ends of a stretch of hours is the first end's.
                f.put(Field.POD, lexicon.partsOfDay.get(w));
                f.put(Field.POD_FIRST, Boolean.TRUE);
            }
            case "relday" -> {
                if (lexicon.now.contains(w)) {
                    f.put(Field.NOW, Boolean.TRUE);
                } else {
                    f.put(Field.RELDAY, lexicon.relativeDays.get(w));
                }
            }
            case "count", "countword" -> {
                BigDecimal amount = lexicon.amountOf(w);
                if (amount == null) {
                    return false;
                }
                f.remove(Field.SOME);
                f.remove(Field.COUNT);
                putAmount(f, amount);
            }
            case "countlow" -> {
                // read with the count it bounds, once all groups are in (see countBetween)
            }
            case "counthigh" -> {
                // "يومين أو ثلاثة": the dual's two is the low end, this the high one.
                Integer high = lexicon.numberOf(w);
                if (high == null || !(f.get(Field.COUNT) instanceof Integer low) || high <= low) {
                    return false;
                }
                f.remove(Field.COUNT);
                f.put(Field.SOME, new int[] {low, high});
            }
            case "countfrac" -> putAmount(f, amount(f).add(lexicon.fractions.get(w)));
            case "countpart" -> putAmount(f, lexicon.fractions.get(w));
            case "some" -> f.put(Field.SOME, lexicon.some.get(w));
            case "unit" -> {
                TimeLexicon.Unit u = lexicon.units.containsKey(w) ? lexicon.units.get(w)
                        : lexicon.definiteUnits.containsKey(w) ? lexicon.definiteUnits.get(w) : lexicon.definiteSingulars.get(w);
                if (u == null) {
                    return false;
                }
                f.put(Field.UNIT, u.code());
                boolean counted = f.containsKey(Field.COUNT) || f.containsKey(Field.AMOUNT);
                if (u.count() != null && !counted && !f.containsKey(Field.SOME)) {
                    f.put(Field.COUNT, u.count());
                } else if (!u.plural() && !counted && !f.containsKey(Field.SOME) && (f.containsKey(Field.AGO) || f.containsKey(Field.MOD))) {
                    // A singular that is a unit only with a number ("عقد" is also a contract) counts
                    // one after "منذ", "قبل" or "أكثر من": "منذ أكثر من عقد".
                    f.put(Field.COUNT, 1);
                } else if (u.plural() && !counted && !f.containsKey(Field.SOME)) {
                    f.put(Field.SOME, lexicon.somePlural);
                }
            }
            case "rel", "rel2" -> {
                Integer rel = lexicon.rel.containsKey(w) ? lexicon.rel.get(w) : lexicon.relCounted.get(w);
                if (lexicon.anaphoricRel.contains(w)) {
                    f.put(Field.ANAPHORIC, Boolean.TRUE);
                }
                if (f.get(Field.RELDAY) instanceof Integer tonight && rel != null) {
                    // "الليلة الماضية" is last night; "الليلة المقبلة" is still tonight.
                    f.put(Field.RELDAY, tonight + Math.min(0, rel));
                } else {
                    f.put(Field.REL, rel);
                }
            }
            case "this" -> f.put(Field.REL, lexicon.demonstratives.get(w));
            case "vague" -> f.put(Field.VAGUE, lexicon.vague.get(w));
            case "institution" -> f.put(Field.INSTITUTION, Boolean.TRUE);
            case "hijriframe" -> f.put(Field.HIJRI_FRAME, Boolean.TRUE);
            case "monthrel" -> {
                // "في 16 الجاري": the day of the month the adjective names, الشهر left unsaid.
                f.put(Field.REL, lexicon.rel.get(w));
                f.put(Field.RELUNIT, "M");
            }
            case "part" -> f.put(Field.PART, lexicon.parts.get(w));
            case "relunit", "relunit2" -> f.put(Field.RELUNIT, lexicon.unitNames.get(w));
            case "season" -> f.put(Field.SEASON, lexicon.seasons.get(w));
            case "zone" -> f.put(Field.ZONE, lexicon.zones.get(w));
            case "zoneplace" -> f.put(Field.ZONE, lexicon.placeZones.get(w));
            case "event" -> f.put(Field.EVENT, new Span(start, end));
            case "dir" -> f.put(Field.DIR, lexicon.directions.get(w));
            case "ago" -> {
                f.put(Field.AGO, lexicon.ago.get(w));
                if (lexicon.since.contains(w)) {
                    f.put(Field.SINCE, Boolean.TRUE);
                }
            }
            case "mod" -> f.put(Field.MOD, lexicon.around.modsBefore.get(w));
            case "hday" -> f.put(Field.HIJRI_DAY, Integer.parseInt(w));
            case "hdayword", "hdaytens" -> f.put(Field.HIJRI_DAY, add(f.get(Field.HIJRI_DAY), lexicon.numberOf(w)));
            case "firstday" -> f.put(Field.HIJRI_DAY, 1);
            case "firstof" -> {
                // "غرة شهر ربيع الأول": the first of the month.
                f.put(Field.MONTH, lexicon.months.get(w));
                f.put(Field.DAY, 1);
            }
            case "hmonth" -> {
                Integer mo = w.chars().allMatch(Character::isDigit) ? Integer.valueOf(w) : lexicon.hijriMonths.get(w);
                if (mo == null || mo < 1 || mo > 12) {
                    return false;
                }
                f.put(Field.HIJRI_MONTH, mo);
            }
            case "hyear" -> f.put(Field.HIJRI_YEAR, Integer.parseInt(w));
            case "hyear2" -> {
                int far = Integer.parseInt(w);
                // "1437/1436هـ" names the same two years as "1436/1437هـ".
                if (f.get(Field.HIJRI_YEAR) instanceof Integer near && far < near) {
                    f.put(Field.HIJRI_YEAR, far);
                    far = near;
                }
                f.put(Field.TO, TimeFields.of(Map.of(Field.HIJRI_YEAR, far)));
            }
            case "year2" -> {
                // "2016/2017": a season, school or fiscal year across two calendar years, so the next one.
                int far = Integer.parseInt(w);
                if (!(f.get(Field.YEAR) instanceof Integer near) || far != near + 1) {
                    return false;
                }
                f.put(Field.TO, TimeFields.of(Map.of(Field.YEAR, far)));
            }
            case "hday2" -> f.put(Field.TO, TimeFields.of(Map.of(Field.HIJRI_DAY, Integer.parseInt(w))));
            case "ad" -> f.put(Field.GREGORIAN, Boolean.TRUE);
            default -> throw new IllegalStateException("time/patterns.tsv names an unknown group '" + group + "'");
        }
        f.values().removeIf(java.util.Objects::isNull);
        return true;
    }

    /** The count said so far: a whole COUNT, a fractional AMOUNT, or one when only the unit was said. */
    private static BigDecimal amount(Map<Field, Object> f) {
        if (f.get(Field.AMOUNT) instanceof BigDecimal a) {
            return a;
        }
        return f.get(Field.COUNT) instanceof Integer n ? BigDecimal.valueOf(n) : BigDecimal.ONE;
    }

    /** A whole amount is a COUNT, any other an AMOUNT. */
    private static void putAmount(Map<Field, Object> f, BigDecimal amount) {
        BigDecimal a = amount.stripTrailingZeros();
        if (a.scale() <= 0 && a.compareTo(BigDecimal.valueOf(1_000_000)) < 0) {
            f.put(Field.COUNT, a.intValueExact());
            f.remove(Field.AMOUNT);
        } else {
            f.put(Field.AMOUNT, a);
            f.remove(Field.COUNT);
        }
    }

    /** A fraction of an hour in minutes ("النصف" 30). */
    private static int minutes(BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
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
}
