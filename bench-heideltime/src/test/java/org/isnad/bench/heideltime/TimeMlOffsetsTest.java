package org.isnad.bench.heideltime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.bench.disagreement.FoundTimex;
import org.junit.jupiter.api.Test;

/** Runs only in the -Pheideltime build, like the module. */
class TimeMlOffsetsTest {
    private static final String PROLOGUE = "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML SYSTEM \"TimeML.dtd\">\n<TimeML>\n";
    private static final String EPILOGUE = "\n</TimeML>\n";

    private static String timeml(String body) {
        return PROLOGUE + body + EPILOGUE;
    }

    @Test
    void tagsGiveOffsetsOfTheInput() {
        String input = "وصل الوفد أمس، وسيغادر في 12 أغسطس 2015.\nانتهى";
        String output = timeml("وصل الوفد <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2015-08-10\">أمس</TIMEX3>، وسيغادر في "
                + "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2015-08-12\">12 أغسطس 2015</TIMEX3>.\nانتهى");

        List<FoundTimex> found = TimeMlOffsets.map(input, output).orElseThrow();

        assertThat(found).containsExactly(new FoundTimex(10, 13, "DATE", "2015-08-10"),
                new FoundTimex(26, 39, "DATE", "2015-08-12"));
        assertThat(found.get(1).text(input)).isEqualTo("12 أغسطس 2015");
    }

    @Test
    void intervalTagsAndOtherAngleBracketsAreLeftAsTheyAre() {
        String input = "a < b in 2015";
        String output = timeml("a < b in <TIMEX3INTERVAL earliestBegin=\"2015\"><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2015\">"
                + "2015</TIMEX3></TIMEX3INTERVAL>");

        assertThat(TimeMlOffsets.map(input, output).orElseThrow()).containsExactly(new FoundTimex(9, 13, "DATE", "2015"));
    }

    @Test
    void outputThatDoesNotCopyTheInputIsRefused() {
        assertThat(TimeMlOffsets.map("abc", timeml("abd"))).isEmpty();
        assertThat(TimeMlOffsets.map("abc", timeml("ab"))).isEmpty();
        assertThat(TimeMlOffsets.map("abc", "no TimeML")).isEmpty();
        assertThat(TimeMlOffsets.map("abc", timeml("<TIMEX3 type=\"DATE\">abc"))).isEmpty();
    }
}
