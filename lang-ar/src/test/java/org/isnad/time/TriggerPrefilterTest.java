package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.text.Normaliser;
import org.junit.jupiter.api.Test;

/**
 * The prefilter (patterns tried only near trigger words) finds exactly what trying every pattern at
 * every word start finds: it is a speed-up, never a change of result (issue 3, benchmark).
 */
class TriggerPrefilterTest {
    private static final ArabicLanguagePack PACK = new ArabicLanguagePack();
    private static final Normaliser NORMALISER = new Normaliser(PACK);

    private static TimexRecogniser recogniser() {
        TimeLexicon lexicon = new TimeLexicon(PACK, NORMALISER);
        List<TimePattern> patterns = TimePatterns.load(PACK, NORMALISER, lexicon);
        return new TimexRecogniser(lexicon, patterns, TriggerWords.of(lexicon, patterns),
                new org.isnad.text.Punctuation(PACK));
    }

    private static final List<String> TEXTS = List.of(
            "وصل الوزير إلى عمّان صباح الأحد 3 مارس 2024، وغادرها في الساعة الخامسة إلا ربعا مساء اليوم التالي.",
            "قال المتحدث إن الاجتماع أُجّل من 27 إلى 29 نوفمبر، وإنه سيعقد بعد يومين من ذلك اللقاء في القاهرة.",
            "وفي منتصف الليل بتاريخ 12 يناير وقعت الاشتباكات، وبحلول فجر الأربعاء كانت القوات قد انسحبت منذ 14 عامًا.",
            "عاد الهدوء قبل شروق الشمس، وبقي الجسر مغلقا طوال أسبوعين حتى أواخر شهر آذار من عام 2023.",
            "ولد في 14-09-1432 هـ، وتوفي في 7 جمادى الآخرة 1446هـ، وأعلن عن وفاته وأمس الخميس.",
            // Issue 6: a pattern whose digits come from a lexicon name ({amount}) is triggered by digits.
            "انتهت الهدنة بعد 30 يوم من توقيعها، ثم عادت الاشتباكات خلال الأيام الثلاثة الماضية.");

    @Test
    void prefilterLosesNothingOnWrittenText() {
        TimexRecogniser r = recogniser();
        for (String text : TEXTS) {
            String folded = NORMALISER.normalise(text).text();
            assertThat(r.recognise(folded, false)).as(text).isEqualTo(r.recogniseEverywhere(folded));
            assertThat(r.recognise(folded, false)).as(text).isNotEmpty();
        }
    }

    @Test
    void prefilterLosesNothingOnShuffledWords() {
        TimexRecogniser r = recogniser();
        List<String> words = TEXTS.stream().flatMap(t -> List.of(t.split("\\s+")).stream()).toList();
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                sb.append(words.get(random.nextInt(words.size()))).append(random.nextInt(9) == 0 ? "\n" : " ");
            }
            String folded = NORMALISER.normalise(sb.toString()).text();
            List<Chunk> found = r.recognise(folded, false);
            assertThat(found).as(sb.toString()).isEqualTo(r.recogniseEverywhere(folded));
            // One phrase, one timex: expressions never overlap (spec).
            for (int k = 1; k < found.size(); k++) {
                assertThat(found.get(k).start()).as(sb.toString()).isGreaterThanOrEqualTo(found.get(k - 1).end());
            }
        }
    }
}
