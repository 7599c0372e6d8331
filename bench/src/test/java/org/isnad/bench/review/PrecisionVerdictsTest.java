package org.isnad.bench.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.isnad.testing.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 6: the hand-judged timexes of the SaudiNewsNet sample hold. Re-runs exactly the records each
 * verdicts file names, each as a run of its own, reading the data in place; see a file's header for
 * what each line asks. Prints precision = right / judged, the review's figure. One file per fresh
 * sample, in the order they were drawn: the last is the one whose figure counts.
 */
class PrecisionVerdictsTest {
    static final List<String> SAMPLES = List.of(
            "/precision/saudinewsnet-verdicts-seed4.tsv",
            "/precision/saudinewsnet-verdicts-seed7.tsv",
            "/precision/saudinewsnet-verdicts-seed8.tsv",
            "/precision/saudinewsnet-verdicts-seed9.tsv",
            "/precision/saudinewsnet-verdicts-seed10.tsv",
            "/precision/saudinewsnet-verdicts-seed11.tsv",
            "/precision/saudinewsnet-verdicts-seed12.tsv",
            "/precision/saudinewsnet-verdicts-seed13.tsv",
            "/precision/saudinewsnet-verdicts-seed14.tsv",
            "/precision/saudinewsnet-verdicts-seed15.tsv",
            "/precision/saudinewsnet-verdicts-seed16.tsv",
            "/precision/saudinewsnet-verdicts-seed17.tsv",
            "/precision/saudinewsnet-verdicts-seed18.tsv",
            "/precision/saudinewsnet-verdicts-seed19.tsv",
            "/precision/saudinewsnet-verdicts-seed20.tsv",
            "/precision/saudinewsnet-verdicts-seed21.tsv",
            "/precision/saudinewsnet-verdicts-seed22.tsv", "/precision/saudinewsnet-verdicts-seed23.tsv",
            "/precision/saudinewsnet-verdicts-seed24.tsv", "/precision/saudinewsnet-verdicts-seed25.tsv",
            "/precision/saudinewsnet-verdicts-seed26.tsv", "/precision/saudinewsnet-verdicts-seed27.tsv",
            "/precision/saudinewsnet-verdicts-seed28.tsv", "/precision/saudinewsnet-verdicts-seed29.tsv",
            "/precision/saudinewsnet-verdicts-seed30.tsv",
            // Held out (--unjudged): drawn only from timexes no earlier file judged.
            "/precision/saudinewsnet-verdicts-seed31.tsv", "/precision/saudinewsnet-verdicts-seed32.tsv",
            "/precision/saudinewsnet-verdicts-seed33.tsv",
            // Held out at 05710d1, after the rules found on 31-33.
            "/precision/saudinewsnet-verdicts-seed34.tsv", "/precision/saudinewsnet-verdicts-seed35.tsv",
            "/precision/saudinewsnet-verdicts-seed36.tsv");
    static final String DATA = "data/saudinewsnet_sample/saudinewsnet_2015-08-10_11_sample.jsonl";

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theJudgedTimexesHold(String sample) throws IOException {
        Path data = SharedData.require(DATA);
        List<Verdict> verdicts = VerdictFile.parse(resource(sample));
        assertThat(verdicts).isNotEmpty();

        VerdictCheck.Outcome outcome = VerdictRun.check(verdicts, data);

        System.out.println("PrecisionVerdictsTest: " + sample + ": " + outcome.summary());
        assertThat(outcome.problems())
                .as("verdicts that no longer hold (re-judge a changed timex; set a wrong one that is gone to fixed)")
                .isEmpty();
    }

    static List<String> samples() {
        return SAMPLES;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PrecisionVerdictsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
