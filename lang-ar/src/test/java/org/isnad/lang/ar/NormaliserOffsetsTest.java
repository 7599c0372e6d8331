package org.isnad.lang.ar;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.Span;
import org.isnad.text.NormalisedText;
import org.isnad.text.Normaliser;
import org.junit.jupiter.api.Test;

/** Every match in the normalised view maps back to an original span that normalises to the match. */
class NormaliserOffsetsTest {
    private static final Normaliser NORMALISER = new Normaliser(new ArabicLanguagePack());

    private static final String TEXT = "وقَالَ الوزيـــر إن ٢٤ مسلحًا قتلوا في حلب\u200F يوم ٨ ديسمبركانون الأول، "
            + "وأضاف ب24 ساعة أن الحړب ﻻ تزال مستمرة في ﺳﻮﺭﻳﺔ ▪️ الـ3 قتلى.";

    @Test
    void everyWordMapsBackToTextThatNormalisesToIt() {
        NormalisedText n = NORMALISER.normalise(TEXT);
        String s = n.text();
        int i = 0;
        int words = 0;
        while (i < s.length()) {
            if (s.charAt(i) == ' ') {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && s.charAt(j) != ' ') {
                j++;
            }
            Span back = n.originalSpan(i, j);
            String original = back.of(TEXT);
            assertThat(NORMALISER.normalise(original).text().strip())
                    .as("word '%s' from original '%s'", s.substring(i, j), original)
                    .isEqualTo(s.substring(i, j));
            words++;
            i = j;
        }
        assertThat(words).isGreaterThan(20);
    }

    @Test
    void findsFoldedPhrasesAtTheirOriginalPlace() {
        NormalisedText n = NORMALISER.normalise(TEXT);
        String[][] cases = {{"قال", "قَالَ"}, {"الوزير", "الوزيـــر"}, {"24", "٢٤"}, {"كانون", "كانون"},
                {"الحرب", "الحړب"}, {" لا ", " ﻻ "}, {"سوريه", "ﺳﻮﺭﻳﺔ"}, {"3", "3"}};
        for (String[] c : cases) {
            int at = n.text().indexOf(c[0]);
            assertThat(at).as(c[0]).isGreaterThanOrEqualTo(0);
            assertThat(n.originalSpan(at, at + c[0].length()).of(TEXT)).isEqualTo(c[1]);
        }
    }

    @Test
    void insertedSpaceMapsToTheCharThatFollowsIt() {
        NormalisedText n = NORMALISER.normalise("ب24");
        assertThat(n.text()).isEqualTo("ب 24");
        assertThat(n.originalIndex(1)).isEqualTo(1);
        assertThat(n.originalIndex(2)).isEqualTo(1);
        assertThat(n.originalIndex(4)).isEqualTo(3);
        NormalisedText glued = NORMALISER.normalise("نوفمبرتشرين");
        assertThat(glued.text()).isEqualTo("نوفمبر تشرين");
        assertThat(glued.originalIndex(6)).isEqualTo(6);
        assertThat(glued.originalIndex(7)).isEqualTo(6);
    }

    @Test
    void ligatureExpandsWithOneOriginForEveryLetter() {
        NormalisedText n = NORMALISER.normalise("ﷲ أكبر");
        assertThat(n.text()).isEqualTo("الله اكبر");
        for (int i = 0; i < 4; i++) {
            assertThat(n.originalIndex(i)).isZero();
        }
        assertThat(n.originalSpan(0, 4).of("ﷲ أكبر")).isEqualTo("ﷲ");
    }
}
