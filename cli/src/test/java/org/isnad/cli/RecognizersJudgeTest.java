package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.isnad.cli.RecognizersJudge.Verdict;
import org.isnad.model.Span;
import org.isnad.time.TimeFields;
import org.isnad.time.Timex;
import org.isnad.time.TimexType;
import org.junit.jupiter.api.Test;

/** The span rule of {@link RecognizersJudge} on cases made up here; needs no {@code ../shared}. */
class RecognizersJudgeTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2016, 11, 7, 0, 0);

    @Test
    void atLeastHalfOfTheUnion() {
        assertThat(RecognizersJudge.halfOfUnion(new Span(0, 10), new Span(0, 5))).isTrue();
        assertThat(RecognizersJudge.halfOfUnion(new Span(0, 10), new Span(0, 4))).isFalse();
        assertThat(RecognizersJudge.halfOfUnion(new Span(0, 10), new Span(5, 15))).as("5 of 15").isFalse();
        assertThat(RecognizersJudge.halfOfUnion(new Span(0, 10), new Span(2, 12))).as("8 of 12").isTrue();
        assertThat(RecognizersJudge.halfOfUnion(new Span(0, 4), new Span(6, 9))).isFalse();
    }

    @Test
    void oneTimexOverTheSpanWithTheRightValue() {
        RecognizersJudge.Outcome o = judge(expected(0, 10, "2016-11-08"), timex(0, 10, "2016-11-08"));
        assertThat(o.judged().get(0).verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(o.perfect()).isTrue();
    }

    @Test
    void foundWithTheWrongValue() {
        RecognizersJudge.Outcome o = judge(expected(0, 10, "2016-11-08"), timex(1, 10, "2016-11-09"));
        assertThat(o.judged().get(0).verdict()).isEqualTo(Verdict.WRONG_VALUE);
        assertThat(o.judged().get(0).valueRight()).isFalse();
    }

    @Test
    void aRangeSplitInTwoIsNotFoundEvenWhenEachHalfIsHalf() {
        RecognizersJudge.Outcome o = judge(expected(0, 10, "(2016-11-04,2016-11-22,P18D)"), timex(0, 5, "2016-11-04"),
                timex(5, 10, "2016-11-22"));
        assertThat(o.judged().get(0).verdict()).isEqualTo(Verdict.SPLIT);
        assertThat(o.judged().get(0).overlapped()).isTrue();
        assertThat(o.judged().get(0).valueRight()).as("a result not found has a wrong value").isFalse();
    }

    @Test
    void partialMissedAndSpurious() {
        RecognizersJudge.Outcome partial = judge(expected(0, 10, null), timex(0, 3, "2016-11-08"));
        assertThat(partial.judged().get(0).verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(partial.spurious()).hasSize(1);
        RecognizersJudge.Outcome missed = judge(expected(0, 10, null), timex(12, 20, "2016-11-08"));
        assertThat(missed.judged().get(0).verdict()).isEqualTo(Verdict.MISSED);
        assertThat(missed.judged().get(0).overlapped()).isFalse();
        assertThat(missed.spurious()).hasSize(1);
        assertThat(missed.perfect()).isFalse();
    }

    @Test
    void noValueToCompareIsFound() {
        RecognizersJudge.Outcome o = judge(expected(3, 9, null), timex(3, 9, "2016-11-08"));
        assertThat(o.judged().get(0).verdict()).isEqualTo(Verdict.FOUND);
        assertThat(o.judged().get(0).valueRight()).isNull();
        assertThat(o.perfect()).isTrue();
    }

    @Test
    void anUnlocatedTextIsNeverFound() {
        RecognizersCase.Expected e = new RecognizersCase.Expected("x", null, SpecSpanLocator.How.NONE, "date", List.of("2016-11-08"), null);
        RecognizersJudge.Outcome o = judge(e, timex(0, 10, "2016-11-08"));
        assertThat(o.judged().get(0).verdict()).isEqualTo(Verdict.UNLOCATED);
        assertThat(o.judged().get(0).valueRight()).isFalse();
    }

    private static RecognizersJudge.Outcome judge(RecognizersCase.Expected e, Timex... engine) {
        RecognizersCase c = new RecognizersCase("DateParser.json", 0, "x".repeat(20), NOW, List.of(e));
        return RecognizersJudge.judge(c, List.of(engine), null);
    }

    private static RecognizersCase.Expected expected(int start, int end, String timex) {
        return new RecognizersCase.Expected("x", new Span(start, end), SpecSpanLocator.How.OFFSETS, "date",
                timex == null ? List.of() : List.of(timex), null);
    }

    private static Timex timex(int start, int end, String value) {
        return new Timex(new Span(start, end), "x", TimexType.DATE, value, null, null, "publication", null, false, null, null,
                TimeFields.of(Map.of()));
    }
}
