package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.cli.SpecSpanLocator.How;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.model.Span;
import org.isnad.text.Normaliser;
import org.junit.jupiter.api.Test;

/** How an expected text is found in its input, on sentences written here; needs no {@code ../shared}. */
class SpecSpanLocatorTest {
    private final SpecSpanLocator locator = new SpecSpanLocator(new Normaliser(new ArabicLanguagePack()));

    @Test
    void theSpecsOffsetsWithoutTheSpaceAround() {
        String input = "نلتقي غدا في المقهى";
        SpecSpanLocator.Located at = locator.locate(input, " غدا", 5, 4);
        assertThat(at.how()).isEqualTo(How.OFFSETS);
        assertThat(at.span().of(input)).isEqualTo("غدا");
    }

    @Test
    void searchedWhenTheOffsetsAreMissingOrWrong() {
        String input = "نلتقي غدا في المقهى";
        assertThat(locator.locate(input, "غدا", -1, 3)).isEqualTo(new SpecSpanLocator.Located(new Span(6, 9), How.SEARCH));
        assertThat(locator.locate(input, "غدا", 0, 3).how()).isEqualTo(How.SEARCH);
    }

    @Test
    void aNumberTheSpecsWroteAsADecimalIsTheWholeWord() {
        String input = "نقلنا الموعد من 14 إلى 4";
        SpecSpanLocator.Located at = locator.locate(input, "4.0", -1, 3);
        assertThat(at.how()).isEqualTo(How.SEARCH);
        assertThat(at.span()).isEqualTo(new Span(23, 24));
    }

    @Test
    void reSpeltMarksAreFoundInTheNormalisedViews() {
        String input = "نلتقي صباحًا في المقهى";
        SpecSpanLocator.Located at = locator.locate(input, "صباحا", -1, 5);
        assertThat(at.how()).isEqualTo(How.NORMALISED);
        assertThat(at.span().of(input)).isEqualTo("صباحًا");
    }

    @Test
    void aReSpeltNumberIsTheNearestRunOfWords() {
        String input = "نلتقي الساعة 9:00 في المقهى";
        SpecSpanLocator.Located at = locator.locate(input, "الساعة 9:01", -1, 11);
        assertThat(at.how()).isEqualTo(How.APPROXIMATE);
        assertThat(at.span().of(input)).isEqualTo("الساعة 9:00");
    }

    @Test
    void aTextNothingLikeTheInputIsNotLocated() {
        assertThat(locator.locate("نلتقي في المقهى", "بعد غد", -1, 6).how()).isEqualTo(How.NONE);
        assertThat(locator.locate("نلتقي في المقهى", " ", 3, 1).how()).isEqualTo(How.NONE);
    }

    @Test
    void editDistance() {
        assertThat(SpecSpanLocator.editDistance("9:00", "9:01")).isEqualTo(1);
        assertThat(SpecSpanLocator.editDistance("", "abc")).isEqualTo(3);
        assertThat(SpecSpanLocator.editDistance("kitten", "sitting")).isEqualTo(3);
    }
}
