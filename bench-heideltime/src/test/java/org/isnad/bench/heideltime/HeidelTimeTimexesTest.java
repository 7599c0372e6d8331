package org.isnad.bench.heideltime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.isnad.bench.BenchReport;
import org.isnad.bench.disagreement.FoundTimex;
import org.isnad.model.Document;
import org.junit.jupiter.api.Test;

/** HeidelTime itself on a sentence of ours: its TimeML maps back onto the input and agrees with its annotations. */
class HeidelTimeTimexesTest {
    @Test
    void findsExpressionsAtOffsetsOfTheInput() throws Exception {
        String text = "وصل الوفد إلى الرياض أمس ويغادرها في 12 أغسطس 2015 بعد ثلاثة أيام من المحادثات.";
        HeidelTimeTimexes heideltime = new HeidelTimeTimexes();
        heideltime.setUp();

        List<FoundTimex> found = heideltime.find(new BenchReport(Document.of("r", text), LocalDateTime.of(2015, 8, 10, 9, 0)));

        assertThat(found).extracting(t -> t.text(text)).contains("أمس", "12 أغسطس 2015");
        assertThat(found).filteredOn(t -> t.text(text).equals("12 أغسطس 2015"))
                .singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("2015-08-12"));
        assertThat(heideltime.notes()).anySatisfy(n -> assertThat(n).contains("in 1 of 1 reports"))
                .anySatisfy(n -> assertThat(n).endsWith(", 0 not"));
    }
}
