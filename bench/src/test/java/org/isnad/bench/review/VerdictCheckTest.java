package org.isnad.bench.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.isnad.model.Document;
import org.isnad.time.Timex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of a verdicts file, checked against what the engine finds in a text of our own. */
class VerdictCheckTest {
    private static final String TEXT = "وصل الوفد إلى الرياض يوم 7 ديسمبر 2024 وبقي فيها ثلاثة أيام قبل أن يغادر.";
    private static Map<String, List<Timex>> found;
    private static Timex first;

    @BeforeAll
    static void analyse() {
        List<Timex> timexes = new RecordRun().analyse(new ReviewRecord("own#1", Document.of("own", TEXT))).report().timexes();
        assertThat(timexes).as("the engine finds times in the test text").isNotEmpty();
        found = Map.of("own#1", timexes);
        first = timexes.get(0);
    }

    private static Verdict line(int start, int end, String value, boolean right, Verdict.Error error, Verdict.State state) {
        return new Verdict("own#1", start, end, value, right, error, state, "test", 1);
    }

    private static VerdictCheck.Outcome check(Verdict v) {
        return VerdictCheck.check(List.of(v), found);
    }

    private static int start() {
        return first.span().start();
    }

    private static int end() {
        return first.span().end();
    }

    @Test
    void aRightTimexThatStaysPasses() {
        VerdictCheck.Outcome o = check(line(start(), end(), first.value(), true, null, null));
        assertThat(o.problems()).isEmpty();
        assertThat(o.summary()).startsWith("precision = 1/1 = 100.0%");
    }

    @Test
    void aRightTimexThatChangesValueOrGoesFails() {
        assertThat(check(line(start(), end(), "1999-01-01", true, null, null)).problems())
                .singleElement().asString().contains("judged right, now valued");
        assertThat(check(line(start(), end() + 1, first.value(), true, null, null)).problems())
                .singleElement().asString().contains("no timex there any more").contains("overlapped by");
    }

    @Test
    void anOpenWrongTimexMustStillBeGiven() {
        assertThat(check(line(start(), end(), first.value(), false, Verdict.Error.VALUE, Verdict.State.OPEN)).problems()).isEmpty();
        // a not-time is wrong whatever value it gets
        assertThat(check(line(start(), end(), "1999", false, Verdict.Error.NOT_TIME, Verdict.State.OPEN)).problems()).isEmpty();
        VerdictCheck.Outcome gone = check(line(start(), end(), "1999", false, Verdict.Error.VALUE, Verdict.State.OPEN));
        assertThat(gone.problems()).singleElement().asString().contains("no longer given").contains("judge it again")
                .contains("set its state to fixed");
        assertThat(gone.summary()).startsWith("precision = 0/1 = 0.0% (wrong: 1 open, 0 fixed)");
    }

    @Test
    void aFixedWrongTimexMustNotComeBack() {
        assertThat(check(line(start(), end(), first.value(), false, Verdict.Error.VALUE, Verdict.State.FIXED)).problems())
                .singleElement().asString().contains("it is back");
        assertThat(check(line(start(), end(), "1999", false, Verdict.Error.EXTENT, Verdict.State.FIXED)).problems())
                .singleElement().asString().contains("it is back");
        assertThat(check(line(start(), end(), "1999", false, Verdict.Error.VALUE, Verdict.State.FIXED)).problems()).isEmpty();
        assertThat(check(line(start() + 1, end(), first.value(), false, Verdict.Error.NOT_TIME, Verdict.State.FIXED)).problems())
                .isEmpty();
    }

    @Test
    void aRecordTheDataLacksIsAProblem() {
        Verdict v = new Verdict("absent#9", 0, 3, null, true, null, null, "", 4);
        assertThat(VerdictCheck.check(List.of(v), found).problems()).singleElement().asString()
                .contains("line 4").contains("not in the data");
    }
}
