package org.isnad.time;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
    }

    /** A duration unit word: TIMEX3 unit and the count the word carries by itself (null for a plural). */
    public record Unit(String code, Integer count) {
    }

    private final Normaliser normaliser;
    final Map<String, Integer> months = new HashMap<>();
    final Map<String, Integer> hijriMonths = new HashMap<>();
    final Map<String, Integer> weekdays = new HashMap<>();
    final Map<String, Integer> weekdaysBare = new HashMap<>();
    final Map<String, Integer> nth = new HashMap<>();
    final Map<String, Integer> directions = new HashMap<>();
    final Map<String, String> unitNames = new HashMap<>();
    final Map<String, Integer> numbers = new HashMap<>();
    final Map<String, Integer> tens = new HashMap<>();
    /** The number words that count (ثلاثة), as opposed to those that order (الثالث). */
    final java.util.Set<String> cardinals = new java.util.HashSet<>();
    final Map<String, PartOfDay> partsOfDay = new HashMap<>();
    final java.util.Set<String> partsOfDayAlone = new java.util.HashSet<>();
    final Map<String, Integer> relativeDays = new HashMap<>();
    final java.util.Set<String> now = new java.util.HashSet<>();
    final Map<String, Unit> units = new HashMap<>();
    final Map<String, Integer> rel = new HashMap<>();
    final Map<String, String> parts = new HashMap<>();
    final Map<String, Integer> demonstratives = new HashMap<>();
    final Map<String, String> seasons = new HashMap<>();
    final Map<String, String> zones = new HashMap<>();
    final Map<String, String> placeZones = new LinkedHashMap<>();
    final Map<String, Integer> fractions = new HashMap<>();
    final List<String> eventNouns = new ArrayList<>();
    final List<String> anaphors = new ArrayList<>();
    final List<String> postponeVerbs = new ArrayList<>();
    final java.util.Set<String> glue = new java.util.HashSet<>();
    final java.util.Set<String> rangeWords = new java.util.HashSet<>();
    /** One-letter particles written joined to the next word (و ف ب ل ك): a time may follow one. */
    final String proclitics;
    final Map<String, Holiday> holidays = new HashMap<>();
    final java.util.Set<String> holidaysAlone = new java.util.HashSet<>();

    /** A holiday's rule: calendar (gregorian, hijri, hijri-month, easter) with month and day. */
    public record Holiday(String calendar, int month, int day) {
    }

    public TimeLexicon(LanguagePack pack, Normaliser normaliser) {
        this.normaliser = normaliser;
        load(pack, "time/months.tsv", 3, (f, e) -> {
            Map<String, Integer> target = switch (e.field(0)) {
                case "gregorian" -> months;
                case "hijri" -> hijriMonths;
                default -> throw f.error(e, "calendar must be gregorian or hijri");
            };
            target.put(fold(e.field(2)), number(f, e, e.field(1)));
            return null;
        });
        load(pack, "time/weekdays.tsv", 3, (f, e) -> switch (e.field(2)) {
            case "article" -> weekdays.put(fold(e.field(1)), number(f, e, e.field(0)));
            case "bare" -> weekdaysBare.put(fold(e.field(1)), number(f, e, e.field(0)));
            default -> throw f.error(e, "third column must be article or bare");
        });
        load(pack, "time/numbers.tsv", 3, (f, e) -> {
            int n = number(f, e, e.field(0));
            if (!e.field(2).equals("cardinal") && !e.field(2).equals("ordinal")) {
                throw f.error(e, "third column must be cardinal or ordinal");
            }
            if (e.field(2).equals("cardinal") && n < 20) {
                cardinals.add(fold(e.field(1)));
            }
            return (n >= 20 && n % 10 == 0 ? tens : numbers).put(fold(e.field(1)), n);
        });
        load(pack, "time/parts-of-day.tsv", 5, (f, e) -> {
            if (!e.field(4).equals("yes") && !e.field(4).equals("no")) {
                throw f.error(e, "alone must be yes or no");
            }
            if (e.field(4).equals("yes")) {
                partsOfDayAlone.add(fold(e.field(3)));
            }
            return partsOfDay.put(fold(e.field(3)), new PartOfDay(e.field(0), time(f, e, e.field(1)), time(f, e, e.field(2))));
        });
        load(pack, "time/relative-days.tsv", 2, (f, e) -> {
            if (e.field(0).equals("NOW")) {
                now.add(fold(e.field(1)));
                return null;
            }
            return relativeDays.put(fold(e.field(1)), number(f, e, e.field(0)));
        });
        load(pack, "time/units.tsv", 3, (f, e) -> units.put(fold(e.field(2)),
                new Unit(e.field(0), e.field(1).equals("-") ? null : number(f, e, e.field(1)))));
        load(pack, "time/modifiers.tsv", 3, (f, e) -> switch (e.field(0)) {
            case "rel" -> rel.put(fold(e.field(2)), number(f, e, e.field(1)));
            case "part" -> parts.put(fold(e.field(2)), e.field(1));
            case "this" -> demonstratives.put(fold(e.field(2)), number(f, e, e.field(1)));
            case "nth" -> nth.put(fold(e.field(2)), number(f, e, e.field(1)));
            case "dir" -> directions.put(fold(e.field(2)), number(f, e, e.field(1)));
            case "unitname" -> unitNames.put(fold(e.field(2)), e.field(1));
            default -> throw f.error(e, "kind must be rel, part, this, nth, dir or unitname");
        });
        load(pack, "time/seasons.tsv", 2, (f, e) -> seasons.put(fold(e.field(1)), e.field(0)));
        load(pack, "time/zones.tsv", 2, (f, e) -> zones.put(fold(e.field(1)), zone(f, e, e.field(0))));
        load(pack, "place/zones.tsv", 2, (f, e) -> placeZones.put(fold(e.field(1)), zone(f, e, e.field(0))));
        load(pack, "time/fractions.tsv", 2, (f, e) -> fractions.put(fold(e.field(1)), number(f, e, e.field(0))));
        load(pack, "time/event-nouns.tsv", 1, (f, e) -> eventNouns.add(fold(e.field(0))));
        load(pack, "time/anaphors.tsv", 1, (f, e) -> anaphors.add(fold(e.field(0))));
        load(pack, "time/postpone-verbs.tsv", 1, (f, e) -> postponeVerbs.add(fold(e.field(0))));
        load(pack, "time/glue.tsv", 1, (f, e) -> glue.add(fold(e.field(0))));
        StringBuilder clitics = new StringBuilder();
        load(pack, "normalise/proclitics.tsv", 1, (f, e) -> e.field(0).length() == 1 ? clitics.append(e.field(0)) : null);
        this.proclitics = clitics.toString();
        load(pack, "time/range-words.tsv", 1, (f, e) -> rangeWords.add(fold(e.field(0))));
        load(pack, "time/holidays.tsv", 4, (f, e) -> {
            if (e.field(3).equals("yes")) {
                holidaysAlone.add(fold(e.field(2)));
            } else if (!e.field(3).equals("no")) {
                throw f.error(e, "alone must be yes or no");
            }
            String rule = e.field(1);
            int month = 0;
            int day = 0;
            if (!e.field(0).equals("easter")) {
                String[] md = rule.split("-");
                month = number(f, e, md[0]);
                day = md.length > 1 ? number(f, e, md[1]) : 0;
            }
            if (!java.util.Set.of("gregorian", "hijri", "hijri-month", "easter").contains(e.field(0))) {
                throw f.error(e, "calendar must be gregorian, hijri, hijri-month or easter");
            }
            return holidays.put(fold(e.field(2)), new Holiday(e.field(0), month, day));
        });
    }

    private static void load(LanguagePack pack, String name, int columns,
                             BiFunction<ResourceFile, ResourceFile.Entry, Object> into) {
        ResourceFile file = pack.resource(name);
        for (ResourceFile.Entry e : file.entries()) {
            if (e.fields().size() != columns) {
                throw file.error(e, "expected " + columns + " tab-separated column(s), found " + e.fields().size());
            }
            into.apply(file, e);
        }
    }

    private static int number(ResourceFile f, ResourceFile.Entry e, String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException ex) {
            throw f.error(e, "not a number: '" + s + "'");
        }
    }

    private static LocalTime time(ResourceFile f, ResourceFile.Entry e, String s) {
        try {
            return LocalTime.parse(s.strip());
        } catch (DateTimeParseException ex) {
            throw f.error(e, "not a time HH:MM: '" + s + "'");
        }
    }

    private static String zone(ResourceFile f, ResourceFile.Entry e, String s) {
        try {
            java.time.ZoneId.of(s.strip());
            return s.strip();
        } catch (java.time.DateTimeException ex) {
            throw f.error(e, "unknown zone '" + s + "'");
        }
    }

    /** A phrase folded the way the text is, with runs of spaces made one, in lower case. */
    public String fold(String phrase) {
        return normaliser.normalise(phrase).text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The folded word forms of a phrase, as the tokenizer gives them for the text. */
    List<String> forms(String phrase) {
        return Tokenizer.forms(normaliser, phrase);
    }

    /** The regex alternation a {@code {name}} of the patterns file stands for. */
    String alternation(String macro) {
        return AlternationTrie.of(words(macro));
    }

    /** The phrases a {@code {name}} of the patterns file stands for, folded. */
    List<String> words(String macro) {
        return switch (macro) {
            case "month" -> List.copyOf(months.keySet());
            case "hmonth" -> List.copyOf(hijriMonths.keySet());
            case "weekday" -> List.copyOf(weekdays.keySet());
            case "weekdaybare" -> List.copyOf(weekdaysBare.keySet());
            case "nth" -> List.copyOf(nth.keySet());
            case "dir" -> List.copyOf(directions.keySet());
            case "unitname" -> List.copyOf(unitNames.keySet());
            case "holiday" -> List.copyOf(holidaysAlone);
            case "holidayany" -> List.copyOf(holidays.keySet());
            case "num" -> List.copyOf(numbers.keySet());
            case "card" -> List.copyOf(cardinals);
            case "tens" -> List.copyOf(tens.keySet());
            case "pod" -> List.copyOf(partsOfDay.keySet());
            case "podalone" -> List.copyOf(partsOfDayAlone);
            case "relday" -> concat(relativeDays.keySet(), now);
            case "unit" -> List.copyOf(units.keySet());
            case "unitdual" -> units.entrySet().stream().filter(u -> Integer.valueOf(2).equals(u.getValue().count()))
                    .map(Map.Entry::getKey).toList();
            case "rel" -> List.copyOf(rel.keySet());
            case "part" -> List.copyOf(parts.keySet());
            case "this" -> List.copyOf(demonstratives.keySet());
            case "season" -> List.copyOf(seasons.keySet());
            case "zone" -> List.copyOf(zones.keySet());
            case "anaphor" -> anaphors;
            case "frac" -> List.copyOf(fractions.keySet());
            case "event" -> eventNouns;
            default -> throw new IllegalArgumentException("unknown lexicon {" + macro + "}");
        };
    }

    private static List<String> concat(java.util.Collection<String> a, java.util.Collection<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
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
        return rangeWords.contains(foldedWord) || withoutProclitic(foldedWord) != null && rangeWords.contains(withoutProclitic(foldedWord));
    }

    /** The word without the one-letter proclitic it starts with ("وحتى" → "حتى"), or null when it has none. */
    String withoutProclitic(String foldedWord) {
        return foldedWord.length() > 2 && proclitics.indexOf(foldedWord.charAt(0)) >= 0 ? foldedWord.substring(1) : null;
    }

    /** True for a word that may stand between or around the parts of a time expression ("في", "حوالي"). */
    public boolean isGlue(String foldedWord) {
        return glue.contains(foldedWord);
    }

    /** The number a word or digit string stands for, or null. */
    Integer numberOf(String folded) {
        if (folded.chars().allMatch(Character::isDigit) && !folded.isEmpty() && folded.length() <= 9) {
            return Integer.parseInt(folded);
        }
        Integer n = numbers.get(folded);
        return n != null ? n : tens.get(folded);
    }
}
