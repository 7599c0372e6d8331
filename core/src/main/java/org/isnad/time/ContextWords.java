package org.isnad.time;

import static org.isnad.time.LexiconFiles.load;
import static org.isnad.time.LexiconFiles.mod;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.lang.LanguagePack;
import org.isnad.text.Normaliser;

/**
 * The words that stand around a time expression and change what it is or where it ends: glue
 * between its parts, range words, bounding words (mods), tense cues, the names, idioms and ages
 * that hold time words but are no times, nouns that take a year, and the marks of datelines.
 */
final class ContextWords {
    /** Words before an expression that bound or blur it, with their TIMEX3 mod; and those said after it. */
    final Map<String, String> modsBefore = new HashMap<>();
    final Map<String, String> modsAfter = new HashMap<>();
    /** The marks a wire report ends with, before the time it was filed ("انتهى"). */
    final List<String> filedMarks = new ArrayList<>();
    /** The marks after a dateline's place ("دمشق -"). */
    final List<String> datelineMarks = new ArrayList<>();
    /** Words that tell which way a sentence looks: +1 ahead ("من المقرر"), -1 back ("تم"). */
    final Map<String, Integer> tenseCues = new HashMap<>();
    /** Words that tell a sentence is of a habit ("اعتاد", "كل أسبوع"): its times without a date recur. */
    final Set<String> habitCues = new HashSet<>();
    /** Names that hold time words, nouns outlets' names follow, and the words that make a count of years an age. */
    final List<String> names = new ArrayList<>();
    /** Names written, before folding, apart from the time word they fold to ("ألان" Alan, not "الآن"). */
    final Set<String> nameSpellings = new HashSet<>();
    /** Nouns of places a date may name ("مدينة السادس من أكتوبر", "شارع 26 يوليو"). */
    final Set<String> placeHeads = new HashSet<>();
    /** Words just before a count of hours that make them credits of an accreditation ("معتمد بواقع 30 ساعة"). */
    final Set<String> measureBefore = new HashSet<>();
    /** Nouns of works whose title follows in quote marks ("ألبوم", "فيلم", "عنوان"), and the words that open speech instead ("إن"). */
    final Set<String> workNouns = new HashSet<>();
    final Set<String> clauseOpeners = new HashSet<>();
    /** Verbs of saying, in each third person of the perfect: a speaker's name follows them. */
    final Set<String> speakerVerbs = new HashSet<>();
    final List<String> outletNouns = new ArrayList<>();
    final List<String> ageWords = new ArrayList<>();
    final List<String> ageAfter = new ArrayList<>();
    /** Words of dying: "توفي … عن 84 عاما" gives the age at death. */
    final Set<String> deathWords = new HashSet<>();
    /** Words that make the count of years right after them an age class ("تحت 17 عاما"). */
    final List<String> ageClass = new ArrayList<>();
    /** Pronouns of people right before a count of years, bounded or not, that make it their age ("من هم أقل من 40 سنة"). */
    final List<String> ageSubjects = new ArrayList<>();
    /** Nouns "العام" follows as the adjective general ("الأمين العام"), and nouns for persons ("شاب"). */
    final java.util.Set<String> generalHeads = new java.util.HashSet<>();
    final java.util.Set<String> persons = new java.util.HashSet<>();
    /** Words that put one count in place of another ("بدلا من"). */
    final java.util.Set<String> instead = new java.util.HashSet<>();
    /** The idioms among the names: phrases of time words that mean no time ("سنة بعد سنة"). */
    final java.util.Set<String> idioms = new java.util.HashSet<>();
    /** "per" a unit after a quantity ("في اليوم"), and the words a unit may follow in a name ("أبو"). */
    final List<String> rates = new ArrayList<>();
    final List<String> nameHeads = new ArrayList<>();
    final java.util.Set<String> givenNames = new java.util.HashSet<>();
    /** Nouns that take a year after them ("دستور 1973"). */
    final List<String> yearNouns = new ArrayList<>();
    /** Words that may stand between the parts of one expression ("من", "يوم"). */
    final java.util.Set<String> glue = new java.util.HashSet<>();
    final java.util.Set<String> rangeWords = new java.util.HashSet<>();
    /** Words that open a stretch ("من"), open one whose ends "and" joins ("بين"), and that "and". */
    final java.util.Set<String> rangeOpeners = new java.util.HashSet<>();
    final java.util.Set<String> betweenWords = new java.util.HashSet<>();
    final java.util.Set<String> andWords = new java.util.HashSet<>();
    /** "أو" between two lengths: a count between them. */
    final java.util.Set<String> orWords = new java.util.HashSet<>();

    ContextWords(LanguagePack pack, Normaliser normaliser, org.isnad.grammar.NounForms nounForms, org.isnad.grammar.VerbForms verbForms) {
        java.util.function.UnaryOperator<String> fold = normaliser::foldPhrase;
        load(pack, "time/mods.tsv", 3, (f, e) -> switch (e.field(0)) {
            case "before" -> modsBefore.put(fold.apply(e.field(2)), mod(f, e, e.field(1)));
            case "after" -> modsAfter.put(fold.apply(e.field(2)), mod(f, e, e.field(1)));
            default -> throw f.error(e, "where must be before or after");
        });
        load(pack, "time/year-nouns.tsv", 1, (f, e) -> yearNouns.add(fold.apply(e.field(0))));
        load(pack, "time/datelines.tsv", 2, (f, e) -> switch (e.field(0)) {
            case "filed" -> filedMarks.add(fold.apply(e.field(1)));
            case "place" -> datelineMarks.add(e.field(1).strip());
            default -> null;
        });
        load(pack, "time/tense-cues.tsv", 2, (f, e) -> switch (e.field(0)) {
            case "future" -> tenseCues.put(fold.apply(e.field(1)), 1);
            case "past" -> tenseCues.put(fold.apply(e.field(1)), -1);
            case "habit" -> habitCues.add(fold.apply(e.field(1)));
            case "past-verb" -> {
                verbForms.perfect(e.field(1)).forEach(v -> tenseCues.put(v, -1));
                yield null;
            }
            case "habit-verb" -> habitCues.addAll(verbForms.perfect(e.field(1)));
            default -> throw f.error(e, "tense must be future, past, past-verb, habit or habit-verb");
        });
        load(pack, "time/not-times.tsv", 2, (f, e) -> switch (e.field(0)) {
            case "name" -> names.add(fold.apply(e.field(1)));
            case "name-spelling" -> nameSpellings.add(e.field(1).strip());
            case "place-head" -> placeHeads.add(fold.apply(e.field(1)));
            case "measure-before" -> measureBefore.add(fold.apply(e.field(1)));
            case "work" -> workNouns.add(fold.apply(e.field(1)));
            case "speech" -> clauseOpeners.add(fold.apply(e.field(1)));
            case "speaker-verb" -> speakerVerbs.addAll(verbForms.perfect(e.field(1)));
            case "outlet" -> outletNouns.add(fold.apply(e.field(1)));
            case "age" -> ageWords.add(fold.apply(e.field(1)));
            case "age-noun" -> {
                // "أعماره", "عمرهم": the noun "age" with the pronoun of whose age it is.
                String w = fold.apply(e.field(1));
                ageWords.add(w);
                yield ageWords.addAll(nounForms.derive("possessive", w));
            }
            case "age-after", "measure-after" -> ageAfter.add(fold.apply(e.field(1)));
            case "death" -> deathWords.add(fold.apply(e.field(1)));
            case "age-class" -> ageClass.add(fold.apply(e.field(1)));
            case "age-subject" -> ageSubjects.add(fold.apply(e.field(1)));
            case "general-head" -> generalHeads.add(fold.apply(e.field(1)));
            case "person" -> persons.add(fold.apply(e.field(1)));
            case "instead" -> instead.add(fold.apply(e.field(1)));
            case "idiom" -> {
                idioms.add(fold.apply(e.field(1)));
                yield names.add(fold.apply(e.field(1)));
            }
            case "rate" -> rates.add(fold.apply(e.field(1)));
            case "name-head" -> nameHeads.add(fold.apply(e.field(1)));
            case "given-name" -> givenNames.add(fold.apply(e.field(1)));
            default -> throw f.error(e, "kind must be name, outlet, age, age-after, measure-after, death, age-class, age-subject, speaker-verb, general-head, person, instead, idiom, rate, name-head or given-name");
        });
        load(pack, "time/glue.tsv", 1, (f, e) -> glue.add(fold.apply(e.field(0))));
        load(pack, "time/range-words.tsv", 2, (f, e) -> switch (e.field(0)) {
            case "to" -> rangeWords.add(fold.apply(e.field(1)));
            case "from" -> rangeOpeners.add(fold.apply(e.field(1)));
            case "between" -> betweenWords.add(fold.apply(e.field(1)));
            case "and" -> andWords.add(fold.apply(e.field(1)));
            case "or" -> orWords.add(fold.apply(e.field(1)));
            default -> throw f.error(e, "kind must be to, from, between, and or or");
        });
    }
}
