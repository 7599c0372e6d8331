package org.isnad.bench.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: the hand-judged timexes of the SaudiNewsNet sample hold. Re-runs exactly the records the
 * verdicts file names, each as a run of its own, reading the data in place; see the file's header
 * for what each line asks. Prints precision = right / judged, the review's figure.
 */
class PrecisionVerdictsTest {
    static final String VERDICTS = "/precision/saudinewsnet-verdicts.tsv";
    static final String DATA = "data/saudinewsnet_sample/saudinewsnet_2015-08-10_11_sample.jsonl";

    @Test
    void theJudgedTimexesHold() throws IOException {
        Path data = SharedData.require(DATA);
        List<Verdict> verdicts = VerdictFile.parse(resource(VERDICTS));
        assertThat(verdicts).isNotEmpty();

        VerdictCheck.Outcome outcome = VerdictRun.check(verdicts, data);

        System.out.println("PrecisionVerdictsTest: " + VERDICTS + ": " + outcome.summary());
        assertThat(outcome.problems())
                .as("verdicts that no longer hold (re-judge a changed timex; set a wrong one that is gone to fixed)")
                .isEmpty();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PrecisionVerdictsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
