package org.isnad.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.lang.ResourceFile;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.model.StoryCalendar;
import org.isnad.text.Normaliser;
import org.isnad.time.ResolutionPolicy;
import org.isnad.time.TimeContext;
import org.isnad.time.Timex;
import org.isnad.time.TimexTagger;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: the counted noun in every form a number governs, for every unit of time. For each unit
 * of time/units.tsv and each number (in digits and in words), the form grammar/counting.tsv says
 * the number takes is made from the unit's singular by grammar/noun-forms.tsv, and "لمدة <number>
 * <form>" must be read as that many units. The forms are not listed anywhere: a unit added to the
 * table is tested in all its cases.
 */
class CountedNounGrammarTest {
    private static final ArabicLanguagePack PACK = new ArabicLanguagePack();
    private static final Normaliser NORMALISER = new Normaliser(PACK);
    private static final TimexTagger TAGGER = new TimexTagger(PACK, NORMALISER);
    private static final TimeContext NOW = new TimeContext(null, LocalDateTime.of(2024, 12, 10, 10, 0), StoryCalendar.UNKNOWN,
            ResolutionPolicy.load(PACK, "news"), ZoneOffset.of("+03:00"));

    /** Numbers as news writes them, in words, with their values: units, teens, tens, compounds, hundreds, thousands. */
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("ثلاثة", 3), Map.entry("ثلاث", 3), Map.entry("خمسة", 5), Map.entry("سبع", 7), Map.entry("عشرة", 10),
            Map.entry("أحد عشر", 11), Map.entry("اثني عشر", 12), Map.entry("خمسة عشر", 15), Map.entry("عشرين", 20),
            Map.entry("أربع وعشرين", 24), Map.entry("خمسة وثلاثين", 35), Map.entry("تسعة وتسعين", 99), Map.entry("مئة", 100),
            Map.entry("مئة وخمسين", 150), Map.entry("مئتين", 200), Map.entry("ثلاثمائة", 300), Map.entry("ألف", 1000),
            Map.entry("ألفين", 2000), Map.entry("ثلاثة آلاف", 3000));
    private static final List<Integer> DIGITS = List.of(3, 7, 10, 11, 15, 24, 60, 99, 100, 103, 150, 1000, 2500);

    @Test
    void everyNumberWithEveryUnitInTheFormItGoverns() {
        NounForms forms = new NounForms(PACK, NORMALISER);
        Counting counting = new Counting(PACK);
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (ResourceFile.Entry unit : PACK.resource("time/units.tsv").entries()) {
            String code = unit.field(0);
            Map<String, NounForms.Written> written = forms.of(unit.field(1), List.of(unit.field(2).split(",")));
            for (Map.Entry<String, Integer> n : numbers()) {
                NounForms.Form form = counting.formAfter(BigDecimal.valueOf(n.getValue()));
                for (String noun : formsOf(written, form)) {
                    String phrase = "لمدة " + n.getKey() + " " + noun;
                    cases++;
                    String got = valueOf(phrase);
                    String want = duration(n.getValue(), code);
                    if (!want.equals(got)) {
                        failures.add(phrase + " (" + form + "): want " + want + ", got " + got);
                    }
                }
            }
            // One and two are said by the noun alone: "لمدة يوم", "لمدة يومين".
            if (unit.field(3).equals("yes")) {
                for (String noun : formsOf(written, NounForms.Form.SINGULAR)) {
                    cases++;
                    check(failures, "لمدة " + noun, duration(1, code));
                }
            }
            for (String noun : formsOf(written, NounForms.Form.DUAL)) {
                cases++;
                check(failures, "لمدة " + noun, duration(2, code));
            }
        }
        assertThat(cases).as("number x unit x case").isGreaterThan(300);
        assertThat(failures).as(failures.size() + " of " + cases + " phrases").isEmpty();
    }

    @Test
    void aFractionAndADecimalCountHalves() {
        assertThat(valueOf("لمدة ساعتين ونصف")).isEqualTo("PT2.5H");
        assertThat(valueOf("لمدة 3.5 سنوات")).isEqualTo("P3.5Y");
        assertThat(valueOf("لمدة ٣٫٥ سنوات")).isEqualTo("P3.5Y");
        assertThat(valueOf("لمدة 3,5 سنوات")).isEqualTo("P3.5Y");
        assertThat(valueOf("نصف ساعة")).isEqualTo("PT0.5H");
        assertThat(valueOf("لمدة ساعة وثلث")).isEqualTo("PT1H20M");
    }

    private static List<Map.Entry<String, Integer>> numbers() {
        List<Map.Entry<String, Integer>> out = new ArrayList<>(WORDS.entrySet());
        DIGITS.forEach(d -> out.add(Map.entry(String.valueOf(d), d)));
        return out;
    }

    private static List<String> formsOf(Map<String, NounForms.Written> written, NounForms.Form form) {
        return written.entrySet().stream().filter(w -> w.getValue().form() == form && !w.getValue().definite())
                .map(Map.Entry::getKey).toList();
    }

    private static void check(List<String> failures, String phrase, String want) {
        String got = valueOf(phrase);
        if (!want.equals(got)) {
            failures.add(phrase + ": want " + want + ", got " + got);
        }
    }

    private static String valueOf(String phrase) {
        List<Timex> found = TAGGER.tag(phrase, NOW);
        return found.size() == 1 ? found.get(0).value() : found.toString();
    }

    private static String duration(int n, String unit) {
        return switch (unit) {
            case "H" -> "PT" + n + "H";
            case "MIN" -> "PT" + n + "M";
            case "S" -> "PT" + n + "S";
            default -> "P" + n + unit;
        };
    }
}
