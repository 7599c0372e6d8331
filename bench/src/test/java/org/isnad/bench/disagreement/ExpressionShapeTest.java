package org.isnad.bench.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.text.Normaliser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExpressionShapeTest {
    private static ExpressionShape shape;

    @BeforeAll
    static void load() {
        ArabicLanguagePack pack = new ArabicLanguagePack();
        shape = new ExpressionShape(pack, new Normaliser(pack));
    }

    @Test
    void digitRunsBecomeNinesByLength() {
        assertThat(shape.of("7 ديسمبر 2024")).isEqualTo("9 MONTH 9999");
        assertThat(shape.of("11/8/2015")).isEqualTo("99/9/9999");
        // The normaliser unglues a letter from a number ("2015م" → "2015 م").
        assertThat(shape.of("٢٠١٥م")).isEqualTo("9999 م");
    }

    @Test
    void lexiconWordsBecomeTagsOtherWordsStay() {
        assertThat(shape.of("يوم الخميس")).isEqualTo("يوم WEEKDAY");
        assertThat(shape.of("ثلاثة أيام")).isEqualTo("NUM ايام");
        assertThat(shape.of("الثالث من رمضان")).isEqualTo("ORD من HMONTH");
    }

    @Test
    void aPhraseOfTwoWordsIsOneTag() {
        assertThat(shape.of("كانون الثاني 2015")).isEqualTo("MONTH 9999");
    }

    @Test
    void aProcliticIsKeptBeforeTheTag() {
        assertThat(shape.of("وديسمبر")).isEqualTo("و+MONTH");
    }

    @Test
    void textIsNormalisedAndSpacesMadeOne() {
        assertThat(shape.of("الساعة  10:30   صباحاً")).isEqualTo("الساعه 99:99 صباحا");
    }
}
