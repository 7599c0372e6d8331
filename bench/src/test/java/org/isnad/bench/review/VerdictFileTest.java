package org.isnad.bench.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictFileTest {
    @Test
    void readsRightAndWrongLines() {
        List<Verdict> v = VerdictFile.parse("""
                # format: a header line
                a.json#1\t10\t15\t2015-08-11\tright\t-\t-\texplicit date
                a.json#1\t20\t25\tnull\twrong\tnot-time\topen\tan age
                b.json#2\t0\t4\tP1M\twrong\textent\tfixed\tcut short

                b.json#2\t9\t12\t2016-02\twrong\tvalue\topen\twrong year
                """);

        assertThat(v).hasSize(4);
        assertThat(v.get(0)).extracting(Verdict::right, Verdict::value, Verdict::error, Verdict::state, Verdict::line)
                .containsExactly(true, "2015-08-11", null, null, 2);
        assertThat(v.get(1)).extracting(Verdict::right, Verdict::value, Verdict::error, Verdict::state)
                .containsExactly(false, null, Verdict.Error.NOT_TIME, Verdict.State.OPEN);
        assertThat(v.get(2).error()).isEqualTo(Verdict.Error.EXTENT);
        assertThat(v.get(2).state()).isEqualTo(Verdict.State.FIXED);
        assertThat(v.get(3).error()).isEqualTo(Verdict.Error.VALUE);
    }

    @Test
    void refusesArticleText() {
        assertThatThrownBy(() -> VerdictFile.parse("a.json#1\t0\t3\tnull\twrong\tnot-time\topen\tthe word أمس\n"))
                .hasMessageContaining("line 1").hasMessageContaining("Arabic");
        assertThatThrownBy(() -> VerdictFile.parse("# quoting ﻻ in a header is refused too\n"))
                .hasMessageContaining("Arabic");
    }

    @Test
    void refusesBadLines() {
        assertThatThrownBy(() -> VerdictFile.parse("a.json#1\t0\t3\tnull\tmaybe\t-\t-\t\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> VerdictFile.parse("a.json#1\t0\t3\tnull\tright\tvalue\topen\tx\n"))
                .hasMessageContaining("right verdict takes '-'");
        assertThatThrownBy(() -> VerdictFile.parse("a.json#1\t0\t3\tnull\twrong\t-\t-\tx\n"))
                .hasMessageContaining("a wrong one an error");
        assertThatThrownBy(() -> VerdictFile.parse("a.json#1\t0\t3\tnull\twrong\tvalue\topen\t \n"))
                .hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> VerdictFile.parse("a.json#1\t5\t3\tnull\tright\t-\t-\t\n"))
                .hasMessageContaining("not after start");
        assertThatThrownBy(() -> VerdictFile.parse("a.json#1\t0\t3\tX\tright\t-\t-\t\n\na.json#1\t0\t3\tY\tright\t-\t-\t\n"))
                .hasMessageContaining("line 3").hasMessageContaining("judged twice");
    }

    @Test
    void theCommittedFileIsWellFormed() throws Exception {
        for (String sample : PrecisionVerdictsTest.SAMPLES) {
            List<Verdict> v = VerdictFile.parse(PrecisionVerdictsTest.resource(sample));
            assertThat(v).as(sample).hasSize(150);
            assertThat(v).allSatisfy(line -> assertThat(line.recordId()).matches("2015-08-1[01]\\.json#\\d+"));
        }
    }
}
