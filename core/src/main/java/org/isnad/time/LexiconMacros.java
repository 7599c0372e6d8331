package org.isnad.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code {name}}s of {@code time/patterns.tsv}: which words of the lexicon each stands for,
 * and the regex alternation made of them.
 */
final class LexiconMacros {
    private LexiconMacros() {
    }

    /** Digits as numbers are written: "3.5", "3,5", "1,500". */
    private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)?";

    /**
     * The regex a {@code {name}} of the patterns file stands for: the alternation of its words, or
     * for {@code {cardinal}} a compound number of words ("مئة وخمسين ألف"), which NumberWords
     * reads, and for {@code {amount}} that or digits.
     */
    static String alternation(TimeLexicon l, String macro) {
        if (macro.equals("cardinal") || macro.equals("amount")) {
            String word = AlternationTrie.of(l.numberWords.cardinalWords()) + "(?![\\p{L}\\p{N}])";
            String and = AlternationTrie.of(l.numberWords.conjunctions());
            // A later part of a definite compound takes the article after its "و" ("الأربع والعشرين").
            String article = AlternationTrie.of(l.numberWords.articles());
            String compound = "(?:" + word + "(?:\\s+(?:" + and + "\\s*(?:" + article + ")?)?" + word + ")*)";
            // Digits may count a scale word ("10 آلاف سنة"): the number is both, as NumberWords reads it.
            String scaled = "(?:" + DIGITS + ")(?:\\s+" + AlternationTrie.of(l.numberWords.scaleWords()) + "(?![\\p{L}\\p{N}]))?";
            return macro.equals("cardinal") ? compound : "(?:" + scaled + "|" + compound + ")";
        }
        return AlternationTrie.of(words(l, macro));
    }

    /** The phrases a {@code {name}} of the patterns file stands for, folded. */
    static List<String> words(TimeLexicon l, String macro) {
        return switch (macro) {
            case "month" -> List.copyOf(l.months.keySet());
            case "monthloose" -> l.months.keySet().stream().filter(m -> !l.strictMonths.contains(m)).toList();
            case "hmonth" -> List.copyOf(l.hijriMonths.keySet());
            case "hmonthloose" -> l.hijriMonths.keySet().stream().filter(m -> !l.strictMonths.contains(m)).toList();
            case "hmonthstrict" -> l.hijriMonths.keySet().stream().filter(l.strictMonths::contains).toList();
            case "weekday" -> List.copyOf(l.weekdays.keySet());
            case "weekdaybare" -> List.copyOf(l.weekdaysBare.keySet());
            case "nth" -> List.copyOf(l.nth.keySet());
            case "dir" -> List.copyOf(l.directions.keySet());
            case "unitname" -> List.copyOf(l.unitNames.keySet());
            case "holiday" -> List.copyOf(l.holidaysAlone);
            case "holidayany" -> List.copyOf(l.holidays.keySet());
            case "num" -> List.copyOf(l.numbers.keySet());
            case "card" -> List.copyOf(l.cardinals);
            case "tens" -> List.copyOf(l.tens.keySet());
            case "cardtens" -> List.copyOf(l.cardinalTens);
            case "dayword" -> l.daysOfMonth.stream().filter(l.numbers::containsKey).toList();
            case "daytens" -> l.daysOfMonth.stream().filter(l.tens::containsKey).toList();
            case "hour" -> List.copyOf(l.hours.keySet());
            case "decade" -> List.copyOf(l.decades.keySet());
            case "yearnoun" -> l.around.yearNouns;
            case "pod" -> l.partsOfDay.keySet().stream().filter(p -> !l.meridiems.contains(p) && !l.partsOfDayOnlyAfterClock.contains(p)).toList();
            case "podclock" -> List.copyOf(l.partsOfDayAfterClock);
            case "meridiem" -> List.copyOf(l.meridiems);
            case "podafter" -> List.copyOf(l.partsOfDayOnlyAfterClock);
            case "podalone" -> List.copyOf(l.partsOfDayAlone);
            case "vague" -> List.copyOf(l.vague.keySet());
            case "relday" -> concat(l.relativeDays.keySet(), l.now);
            case "unit" -> List.copyOf(l.units.keySet());
            case "unitplural" -> l.units.entrySet().stream().filter(u -> u.getValue().plural()).map(Map.Entry::getKey).toList();
            case "cardinal", "amount" -> l.numberWords.cardinalWords();
            case "unitdual" -> java.util.stream.Stream.concat(l.units.entrySet().stream(), l.definiteUnits.entrySet().stream())
                    .filter(u -> Integer.valueOf(2).equals(u.getValue().count())).map(Map.Entry::getKey).toList();
            case "unitdef" -> l.definiteUnits.entrySet().stream().filter(u -> u.getValue().count() == null).map(Map.Entry::getKey).toList();
            case "mod" -> List.copyOf(l.around.modsBefore.keySet());
            case "ago" -> List.copyOf(l.ago.keySet());
            case "every" -> List.copyOf(l.every.keySet());
            case "rest" -> List.copyOf(l.rest);
            case "within" -> List.copyOf(l.within.keySet());
            case "institution" -> List.copyOf(l.institutions);
            case "quarter" -> List.copyOf(l.quarters.keySet());
            case "unitsingular" -> List.copyOf(l.definiteSingulars.keySet());
            case "onetwo" -> l.cardinals.stream().filter(c -> l.numbers.get(c) <= 2).toList();
            case "rel" -> List.copyOf(l.rel.keySet());
            case "relcounted" -> List.copyOf(l.relCounted.keySet());
            case "part" -> List.copyOf(l.parts.keySet());
            case "this" -> List.copyOf(l.demonstratives.keySet());
            case "season" -> List.copyOf(l.seasons.keySet());
            case "zone" -> List.copyOf(l.zones.keySet());
            case "place" -> List.copyOf(l.placeZones.keySet());
            case "anaphor" -> l.anaphors;
            case "frac" -> List.copyOf(l.fractions.keySet());
            case "some" -> List.copyOf(l.some.keySet());
            case "event" -> l.eventNouns;
            default -> throw new IllegalArgumentException("unknown lexicon {" + macro + "}");
        };
    }

    private static List<String> concat(java.util.Collection<String> a, java.util.Collection<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

}
