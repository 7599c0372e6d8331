package org.isnad.time;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.grammar.Counting;
import org.isnad.grammar.NounForms;
import org.isnad.grammar.NumberWords;
import static org.isnad.time.LexiconFiles.fraction;
import static org.isnad.time.LexiconFiles.load;
import static org.isnad.time.LexiconFiles.number;
import static org.isnad.time.LexiconFiles.range;
import static org.isnad.time.LexiconFiles.time;
import static org.isnad.time.LexiconFiles.zone;

import org.isnad.lang.LanguagePack;
import org.isnad.lang.ResourceFile;
import org.isnad.text.Normaliser;
import org.isnad.text.Tokenizer;

/**
 * The time words of a language pack ({@code time/*.tsv}), folded once into lookup tables and into
 * the regex alternations that {@code time/patterns.tsv} names as {@code {month}}, {@code {pod}}…
 */
public final class TimeLexicon {
    /** A part of day: its TIMEX3 code and the hours it spans ({@code to} before {@code from} runs past midnight). */
    public record PartOfDay(String code, LocalTime from, LocalTime to) {
        boolean isMidnight() {
            return code.equals("MIDNIGHT");
        }

        /** Whether the code is one of TIMEX3's parts of day (TMO … TNI), not midnight or a bare AM/PM marker. */
        boolean isTimexPart() {
            return java.util.Set.of("MO", "MI", "AF", "EV", "NI").contains(code);
        }
    }

    /**
     * A form of a unit of time: its TIMEX3 unit, the count the form says by itself (1 for the
     * singular, 2 for the dual, null when it needs a number) and whether it is a plural, which
     * alone says "some units" ("منذ أسابيع").
     */
    public record Unit(String code, Integer count, boolean plural) {
    }

    /** The zone "بالتوقيت المحلي" names: that of the place the time is said of. */
    static final String LOCAL = LexiconFiles.LOCAL;

    private final Normaliser normaliser;
    final Map<String, Integer> months = new HashMap<>();
    final Map<String, Integer> hijriMonths = new HashMap<>();
    /** Month names that are months only with "شهر", a day or a year ("آب" is also the city إب). */
    final java.util.Set<String> strictMonths = new java.util.HashSet<>();
    final Map<String, Integer> weekdays = new HashMap<>();
    final Map<String, Integer> weekdaysBare = new HashMap<>();
    final Map<String, Integer> nth = new HashMap<>();
    final Map<String, Integer> directions = new HashMap<>();
    final Map<String, String> unitNames = new HashMap<>();
    final Map<String, Integer> numbers = new HashMap<>();
    final Map<String, Integer> tens = new HashMap<>();
    /** The decades ("الستينيات") by the tens they are made of (60). */
    final Map<String, Integer> decades = new HashMap<>();
    /** The words that name an hour of the clock ("الحادية عشرة"). */
    final Map<String, Integer> hours = new HashMap<>();
    /** The number words that count (ثلاثة), as opposed to those that order (الثالث). */
    final java.util.Set<String> cardinals = new java.util.HashSet<>();
    /** The masculine ordinals and the ordinal tens, which order the days of a month ("الثاني والعشرين"). */
    final java.util.Set<String> daysOfMonth = new java.util.HashSet<>();
    /** The cardinal tens ("عشرين"), which count minutes after an hour. */
    final java.util.Set<String> cardinalTens = new java.util.HashSet<>();
    final Map<String, PartOfDay> partsOfDay = new HashMap<>();
    final java.util.Set<String> partsOfDayAlone = new java.util.HashSet<>();
    /** Parts of day that may follow an hour directly ("7 مساء"), and the markers that only do (ص، م). */
    final java.util.Set<String> partsOfDayAfterClock = new java.util.HashSet<>();
    final java.util.Set<String> meridiems = new java.util.HashSet<>();
    /** Parts of day that are one only right after a clock time; elsewhere other rules read their words. */
    final java.util.Set<String> partsOfDayOnlyAfterClock = new java.util.HashSet<>();
    final Map<String, Integer> relativeDays = new HashMap<>();
    final java.util.Set<String> now = new java.util.HashSet<>();
    /** Times said only as before, around or after now ("مؤخرا"), by their TIMEX3 value (PAST_REF). */
    final Map<String, String> vague = new HashMap<>();
    final Map<String, Unit> units = new HashMap<>();
    /** The dual and plural forms with the article ("الساعات", "اليومين"), which follow other words than the indefinite ones. */
    final Map<String, Unit> definiteUnits = new HashMap<>();
    final NumberWords numberWords;
    /** The words around time expressions: glue, range words, mods, tense cues, not-times. */
    final ContextWords around;
    /** The singular forms with the article ("اليوم", "الشهر"), one whole unit after "طوال". */
    final Map<String, Unit> definiteSingulars = new HashMap<>();
    /** "the rest of" ("بقية"), and quarter or half of a year ("الربع" 3, "النصف" 6 months). */
    final java.util.Set<String> rest = new java.util.HashSet<>();
    /** Adjectives that make a year an institution's ("الدراسي", "مالي"). */
    final java.util.Set<String> institutions = new java.util.HashSet<>();
    /** A time later (+1) or earlier (-1) in a unit now is in ("في وقت لاحق من"). */
    final Map<String, Integer> within = new HashMap<>();
    final Map<String, Integer> quarters = new HashMap<>();
    final Map<String, Integer> rel = new HashMap<>();
    /** Relative words that count only after a number of units ("السنوات العشر الأخيرة"). */
    final Map<String, Integer> relCounted = new HashMap<>();
    /** The rel words that count from the time last told, not from now ("السابق", "التالي"). */
    final java.util.Set<String> anaphoricRel = new java.util.HashSet<>();
    final Map<String, String> parts = new HashMap<>();
    final Map<String, Integer> demonstratives = new HashMap<>();
    final Map<String, String> seasons = new HashMap<>();
    final Map<String, String> zones = new HashMap<>();
    final Map<String, String> placeZones = new LinkedHashMap<>();
    /** Fractions of a unit ("نصف" 1/2), as said of an hour or a counted unit. */
    final Map<String, java.math.BigDecimal> fractions = new HashMap<>();
    /** Adverbs that are a set of times by themselves ("يوميا" P1D). */
    final Map<String, String> every = new HashMap<>();
    /** Words that count a quantity back (-1, "قبل", "منذ") or forward (+1, "بعد") from now. */
    final Map<String, Integer> ago = new HashMap<>();
    /** Of those, the ones that with no number say a length lasting till now ("منذ أسابيع"). */
    final java.util.Set<String> since = new java.util.HashSet<>();
    /** Words for a number not said ("بضعة"), with the counts they may stand for. */
    final Map<String, int[]> some = new HashMap<>();
    /** The counts a plural with no number stands for ("منذ أسابيع"). */
    int[] somePlural = {3, 10};
    final List<String> eventNouns = new ArrayList<>();
    final List<String> anaphors = new ArrayList<>();
    final List<String> postponeVerbs = new ArrayList<>();
    /** One-letter particles written joined to the next word (و ف ب ل ك): a time may follow one. */
    final String proclitics;
    final Map<String, Holiday> holidays = new HashMap<>();
    final java.util.Set<String> holidaysAlone = new java.util.HashSet<>();

    /** A holiday's rule: calendar (gregorian, hijri, hijri-month, nth, easter, orthodox-easter) with month and day (for an Easter, days from it). */
    public record Holiday(String calendar, int month, int day, int weekday) {
    }

    public TimeLexicon(LanguagePack pack, Normaliser normaliser) {
        this.normaliser = normaliser;
        load(pack, "time/months.tsv", 4, (f, e) -> {
            Map<String, Integer> target = switch (e.field(0)) {
                case "gregorian" -> months;
                case "hijri" -> hijriMonths;
                default -> throw f.error(e, "calendar must be gregorian or hijri");
            };
            switch (e.field(3)) {
                case "strict" -> strictMonths.add(fold(e.field(2)));
                case "any" -> { }
                default -> throw f.error(e, "context must be any or strict");
            }
            target.put(fold(e.field(2)), number(f, e, e.field(1)));
            return null;
        });
        load(pack, "time/weekdays.tsv", 3, (f, e) -> switch (e.field(2)) {
            case "article" -> weekdays.put(fold(e.field(1)), number(f, e, e.field(0)));
            case "bare" -> weekdaysBare.put(fold(e.field(1)), number(f, e, e.field(0)));
            default -> throw f.error(e, "third column must be article or bare");
        });
        this.numberWords = new NumberWords(pack, normaliser);
        NounForms nounForms = new NounForms(pack, normaliser);
        this.around = new ContextWords(pack, normaliser, nounForms, new org.isnad.grammar.VerbForms(pack, normaliser));
        numberWords.words().forEach((w, n) -> {
            long v = n.value();
            boolean counts = n.kind() == NumberWords.Kind.CARDINAL;
            if (!counts && n.kind() != NumberWords.Kind.ORDINAL) {
                return;
            }
            if (v < 20) {
                numbers.put(w, (int) v);
                if (counts) {
                    cardinals.add(w);
                } else if (n.gender().equals("m")) {
                    daysOfMonth.add(w);
                }
            } else if (v < 100 && v % 10 == 0) {
                tens.put(w, (int) v);
                (counts ? cardinalTens : daysOfMonth).add(w);
            }
        });
        load(pack, "time/parts-of-day.tsv", 6, (f, e) -> {
            if (!e.field(4).equals("yes") && !e.field(4).equals("no")) {
                throw f.error(e, "alone must be yes or no");
            }
            String phrase = fold(e.field(3));
            switch (e.field(5)) {
                case "yes" -> partsOfDayAfterClock.add(phrase);
                case "only" -> meridiems.add(phrase);
                case "after" -> partsOfDayOnlyAfterClock.add(phrase);
                case "no" -> { }
                default -> throw f.error(e, "clock must be yes, no, only or after");
            }
            if (e.field(4).equals("yes")) {
                partsOfDayAlone.add(phrase);
            }
            return partsOfDay.put(phrase, new PartOfDay(e.field(0), time(f, e, e.field(1)), time(f, e, e.field(2))));
        });
        load(pack, "time/hours.tsv", 2, (f, e) -> hours.put(fold(e.field(1)), number(f, e, e.field(0))));
        load(pack, "time/relative-days.tsv", 2, (f, e) -> {
            if (e.field(0).equals("NOW")) {
                now.add(fold(e.field(1)));
                return null;
            }
            if (java.util.Set.of("PAST", "PRESENT", "FUTURE").contains(e.field(0))) {
                return vague.put(fold(e.field(1)), e.field(0) + "_REF");
            }
            return relativeDays.put(fold(e.field(1)), number(f, e, e.field(0)));
        });
        Counting counting = new Counting(pack);
        for (String ten : cardinalTens) {
            for (String form : nounForms.derive("decade", ten)) {
                decades.put(form, tens.get(ten));
                nounForms.derive("definite", form).forEach(d -> decades.put(d, tens.get(ten)));
            }
        }
        load(pack, "time/units.tsv", 4, (f, e) -> {
            if (!e.field(3).equals("yes") && !e.field(3).equals("no")) {
                throw f.error(e, "alone must be yes or no");
            }
            List<String> plurals = List.of(e.field(2).split(","));
            nounForms.of(e.field(1), plurals).forEach((word, written) -> {
                Integer alone = counting.countAlone(written.form());
                if (alone != null && alone == 1 && e.field(3).equals("no")) {
                    alone = null;
                }
                if (!written.definite()) {
                    units.putIfAbsent(word, new Unit(e.field(0), alone, written.form() == NounForms.Form.PLURAL));
                } else if (written.form() == NounForms.Form.SINGULAR) {
                    // "طوال اليوم": the whole of one unit.
                    definiteSingulars.putIfAbsent(word, new Unit(e.field(0), 1, false));
                } else if (written.form() == NounForms.Form.DUAL) {
                    // "خلال اليومين الماضيين": a definite dual still says two.
                    definiteUnits.putIfAbsent(word, new Unit(e.field(0), 2, false));
                } else if (written.form() == NounForms.Form.PLURAL) {
                    // "الساعات الـ24": a definite plural needs its number; the definite singular
                    // ("اليوم", "الشهر") names a day or month, it counts nothing.
                    definiteUnits.putIfAbsent(word, new Unit(e.field(0), null, true));
                }
            });
            return null;
        });
        // "سنه" (his age, of "سن") is written as the year "سنة" once folded: a unit it is.
        around.ageWords.removeIf(units::containsKey);
        load(pack, "time/modifiers.tsv", 3, (f, e) -> switch (e.field(0)) {
            case "rel" -> rel.put(fold(e.field(2)), number(f, e, e.field(1)));
            case "rel-counted" -> relCounted.put(fold(e.field(2)), number(f, e, e.field(1)));
            case "part" -> parts.put(fold(e.field(2)), e.field(1));
            case "this" -> demonstratives.put(fold(e.field(2)), number(f, e, e.field(1)));
            case "nth" -> nth.put(fold(e.field(2)), number(f, e, e.field(1)));
            case "dir" -> directions.put(fold(e.field(2)), number(f, e, e.field(1)));
            case "unitname" -> {
                withLam(fold(e.field(2))).forEach(w -> unitNames.put(w, e.field(1)));
                yield null;
            }
            case "ago" -> {
                if (e.field(1).equals("since")) {
                    since.add(fold(e.field(2)));
                }
                yield ago.put(fold(e.field(2)), e.field(1).equals("since") ? -1 : number(f, e, e.field(1)));
            }
            case "every" -> e.field(1).equals("-") ? null : every.put(fold(e.field(2)), e.field(1));
            case "rest" -> rest.add(fold(e.field(2)));
            case "within" -> within.put(fold(e.field(2)), number(f, e, e.field(1)));
            case "institution" -> institutions.add(fold(e.field(2)));
            case "anaphoric" -> anaphoricRel.add(fold(e.field(2)));
            case "quarter" -> {
                withLam(fold(e.field(2))).forEach(w -> quarters.put(w, number(f, e, e.field(1))));
                yield null;
            }
            case "some" -> {
                int[] range = range(f, e, e.field(1));
                if (e.field(2).strip().equals("-")) {
                    somePlural = range;
                    yield null;
                }
                yield some.put(fold(e.field(2)), range);
            }
            default -> throw f.error(e, "kind must be rel, part, this, nth, dir, ago, unitname, every, rest, within, institution, quarter, anaphoric or some");
        });
        load(pack, "time/seasons.tsv", 2, (f, e) -> seasons.put(fold(e.field(1)), e.field(0)));
        load(pack, "time/zones.tsv", 2, (f, e) -> zones.put(fold(e.field(1)), zone(f, e, e.field(0))));
        load(pack, "place/zones.tsv", 2, (f, e) -> placeZones.put(fold(e.field(1)), zone(f, e, e.field(0))));
        load(pack, "time/fractions.tsv", 2, (f, e) -> fractions.put(fold(e.field(1)), fraction(f, e, e.field(0))));
        load(pack, "time/event-nouns.tsv", 1, (f, e) -> eventNouns.add(fold(e.field(0))));
        load(pack, "time/anaphors.tsv", 1, (f, e) -> anaphors.add(fold(e.field(0))));
        load(pack, "time/postpone-verbs.tsv", 1, (f, e) -> postponeVerbs.add(fold(e.field(0))));
        StringBuilder clitics = new StringBuilder();
        load(pack, "normalise/proclitics.tsv", 1, (f, e) -> e.field(0).length() == 1 ? clitics.append(e.field(0)) : null);
        this.proclitics = clitics.toString();
        load(pack, "time/holidays.tsv", 4, (f, e) -> {
            if (e.field(3).equals("yes")) {
                holidaysAlone.add(fold(e.field(2)));
            } else if (!e.field(3).equals("no")) {
                throw f.error(e, "alone must be yes or no");
            }
            String rule = e.field(1);
            int month = 0;
            int day = 0;
            int weekday = 0;
            if (e.field(0).endsWith("easter")) {
                // Days from Easter Sunday: "-" or 0 the day itself, "-2" Good Friday, "+1" the Monday after.
                day = rule.equals("-") ? 0 : number(f, e, rule);
            } else {
                String[] md = rule.split("-");
                month = number(f, e, md[0]);
                day = md.length > 1 ? md[1].equals("L") ? -1 : number(f, e, md[1]) : 0;
                weekday = md.length > 2 ? number(f, e, md[2]) : 0;
            }
            if (!java.util.Set.of("gregorian", "hijri", "hijri-month", "easter", "orthodox-easter", "nth").contains(e.field(0))) {
                throw f.error(e, "calendar must be gregorian, hijri, hijri-month, nth, easter or orthodox-easter");
            }
            return holidays.put(fold(e.field(2)), new Holiday(e.field(0), month, day, weekday));
        });
    }


    /**
     * A definite word and the same word after the preposition ل, which drops the article's alif
     * ("العام" and "للعام", "الربع" and "للربع"): the spelling rule, so no file lists both.
     */
    private static List<String> withLam(String folded) {
        return folded.startsWith("ال") && folded.length() > 2 ? List.of(folded, "لل" + folded.substring(2)) : List.of(folded);
    }

    /** A phrase folded the way the text is, with runs of spaces made one, in lower case. */
    public String fold(String phrase) {
        return normaliser.foldPhrase(phrase);
    }

    /** The folded word forms of a phrase, as the tokenizer gives them for the text. */
    List<String> forms(String phrase) {
        return Tokenizer.forms(normaliser, phrase);
    }

    /** A regex char class of the one-letter proclitics, e.g. {@code [وفبلك]}. */
    String procliticClass() {
        StringBuilder cls = new StringBuilder("[");
        for (char c : proclitics.toCharArray()) {
            cls.append(Character.isLetter(c) ? String.valueOf(c) : "\\" + c);
        }
        return proclitics.isEmpty() ? "(?!)" : cls.append(']').toString();
    }

    /** True for a word that joins two times into one stretch ("إلى", "حتى"). */
    boolean isRangeWord(String foldedWord) {
        return isAmong(foldedWord, around.rangeWords);
    }

    /** Whether a folded word, or it without a one-letter proclitic ("وعمره", "بعنوان"), is one of {@code words}. */
    boolean isAmong(String foldedWord, java.util.Set<String> words) {
        String bare = withoutProclitic(foldedWord);
        return words.contains(foldedWord) || bare != null && words.contains(bare);
    }

    /** The word without the one-letter proclitic it starts with ("وحتى" → "حتى"), or null when it has none. */
    String withoutProclitic(String foldedWord) {
        return foldedWord.length() > 2 && proclitics.indexOf(foldedWord.charAt(0)) >= 0 ? foldedWord.substring(1) : null;
    }

    /** True for a word that may stand between or around the parts of a time expression ("في", "حوالي"). */
    public boolean isGlue(String foldedWord) {
        return around.glue.contains(foldedWord);
    }

    /** The whole number a word, a compound of words or a digit string stands for, or null. */
    Integer numberOf(String folded) {
        if (folded.chars().allMatch(Character::isDigit) && !folded.isEmpty() && folded.length() <= 9) {
            return Integer.parseInt(folded);
        }
        Integer n = numbers.containsKey(folded) ? numbers.get(folded) : hours.get(folded);
        if (n != null || tens.containsKey(folded)) {
            return n != null ? n : tens.get(folded);
        }
        java.math.BigDecimal v = numberWords.value(folded);
        return v == null || v.stripTrailingZeros().scale() > 0 || v.compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                ? null : v.intValueExact();
    }

    /** The amount a number phrase says, fractions included ("3.5"), or null. */
    java.math.BigDecimal amountOf(String folded) {
        return numberWords.value(folded);
    }
}
