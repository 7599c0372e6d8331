package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.model.Span;
import org.isnad.text.Normaliser;
import org.junit.jupiter.api.Test;

/** The shapes of the spec files, on JSON written here; needs no {@code ../shared}. */
class RecognizersSpecReaderTest {
    private final RecognizersSpecReader reader = new RecognizersSpecReader(new SpecSpanLocator(new Normaliser(new ArabicLanguagePack())));

    @Test
    void aParserCaseWithLengthAndTimex() throws IOException {
        String json = "\uFEFF[{\"Input\": \"نلتقي غدا\", \"Context\": {\"ReferenceDateTime\": \"2016-11-07T16:12:00\"},"
                + " \"Results\": [{\"Text\": \"غدا\", \"Start\": 6, \"Length\": 3, \"Type\": \"date\","
                + " \"Value\": {\"Timex\": \"2016-11-08\"}}]}]";
        RecognizersCase c = reader.read("DateParser.json", json).get(0);
        assertThat(c.reference()).isEqualTo(LocalDateTime.of(2016, 11, 7, 16, 12));
        assertThat(c.family()).isEqualTo("Date");
        assertThat(c.extractorFile()).isFalse();
        RecognizersCase.Expected e = c.expected().get(0);
        assertThat(e.span()).isEqualTo(new Span(6, 9));
        assertThat(e.timexes()).containsExactly("2016-11-08");
        assertThat(e.isSet()).isFalse();
    }

    @Test
    void aModelCaseWithAnInclusiveEndAlternativesAndAMod() throws IOException {
        String json = "[{\"Input\": \"نلتقي قبل الساعة 3\", \"Context\": {\"ReferenceDateTime\": \"2017-09-27T17:25:54.3259514+08:00\"},"
                + " \"Results\": [{\"Text\": \" قبل الساعة 3\", \"Start\": 5, \"End\": 17, \"TypeName\": \"datetimeV2.timerange\","
                + " \"Resolution\": {\"values\": [{\"timex\": \"T03\", \"Mod\": \"before\"}, {\"timex\": \"T15\", \"Mod\": \"before\"}]}}]}]";
        RecognizersCase c = reader.read("DateTimeModel.json", json).get(0);
        assertThat(c.reference()).isEqualTo(LocalDateTime.of(2017, 9, 27, 17, 25, 54));
        assertThat(c.family()).isEqualTo("Model");
        RecognizersCase.Expected e = c.expected().get(0);
        assertThat(e.span()).isEqualTo(new Span(6, 18));
        assertThat(e.timexes()).containsExactly("T03", "T15");
        assertThat(e.mod()).isEqualTo("before");
    }

    @Test
    void extractorCasesSetsAndNotResolved() throws IOException {
        String json = "[{\"Input\": \"نلتقي كل يوم\", \"Results\": [{\"Text\": \"كل يوم\", \"Start\": 6, \"Length\": 6, \"Type\": \"set\"}]},"
                + " {\"Input\": \"بلا موعد\", \"Results\": []},"
                + " {\"Input\": \"في رجب\", \"Results\": [{\"Text\": \"رجب\", \"Start\": 3, \"End\": 5, \"TypeName\": \"datetimeV2.date\","
                + " \"Resolution\": \"not resolved\"}]}]";
        List<RecognizersCase> cases = reader.read("SetExtractor.json", json);
        assertThat(cases).hasSize(3);
        assertThat(cases.get(0).reference()).isEqualTo(RecognizersSpecReader.DEFAULT_REFERENCE);
        assertThat(cases.get(0).extractorFile()).isTrue();
        assertThat(cases.get(0).family()).isEqualTo("Set");
        assertThat(cases.get(0).expected().get(0).isSet()).isTrue();
        assertThat(cases.get(0).expected().get(0).hasTimex()).isFalse();
        assertThat(cases.get(1).expected()).isEmpty();
        assertThat(cases.get(2).id()).isEqualTo("SetExtractor.json#2");
        assertThat(cases.get(2).expected().get(0).hasTimex()).isFalse();
    }
}
