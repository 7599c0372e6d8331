package org.isnad.bench.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sampler and the check on reports we wrote ourselves. */
class TimexSampleCommandTest {
    @TempDir
    Path dir;

    private Path data() throws IOException {
        Path data = dir.resolve("own.jsonl");
        Files.writeString(data, String.join("\n",
                "{\"source_file\": \"dataset/2015-08-11.zip:2015-08-11.json\", \"index_in_file\": 17,"
                        + " \"content\": \"وصل الوفد إلى الرياض يوم 7 ديسمبر 2024 وبقي فيها ثلاثة أيام.\\nثم عاد مساء الخميس.\"}",
                "{\"content\": \"\"}",
                "{\"content\": \"قال الوزير إن الاجتماع سيعقد في مارس 2025 ويستمر يومين.\"}",
                ""), StandardCharsets.UTF_8);
        return data;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TimexSampleCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void recordsAreNamedByTheirDayFileAndIndex() throws IOException {
        ReviewCorpus corpus = ReviewCorpus.load(data());
        assertThat(corpus.records()).extracting(ReviewRecord::id).containsExactly("2015-08-11.json#17", "own#3");
        assertThat(corpus.unreadable()).isEqualTo(1);
        assertThat(ReviewCorpus.load(data(), "own#3"::equals).records()).extracting(ReviewRecord::id).containsExactly("own#3");
    }

    @Test
    void drawsTheSameListingTwice() throws IOException {
        Path first = dir.resolve("first.txt");
        Path second = dir.resolve("second.txt");
        Run a = run("--seed", "3", "--n", "2", "--out", first.toString(), data().toString());
        Run b = run("--seed", "3", "--n", "2", "--out", second.toString(), data().toString());

        assertThat(a.exit()).as(a.err()).isZero();
        assertThat(b.exit()).isZero();
        String listing = Files.readString(first, StandardCharsets.UTF_8);
        assertThat(listing).isEqualTo(Files.readString(second, StandardCharsets.UTF_8));
        assertThat(listing).contains("# timex sample: seed 3, 2 drawn (asked 2) of ", "== 1/2  ", "== 2/2  ",
                "   timex    type=", " value=", " anchor=", "   context  ", TimexListing.OPEN, TimexListing.CLOSE);
        assertThat(a.err()).contains("2 of ").contains("written to");
    }

    @Test
    void checksTheVerdictsItsListingSuggests() throws IOException {
        Run listing = run("--seed", "1", "--n", "50", data().toString());
        assertThat(listing.exit()).as(listing.err()).isZero();
        List<String> tsv = listing.out().lines().filter(l -> l.startsWith("   tsv      "))
                .map(l -> l.substring("   tsv      ".length()).replace("\t?\t?\t?\t", "\tright\t-\t-\tas found"))
                .toList();
        assertThat(tsv).hasSizeGreaterThanOrEqualTo(3);
        Path verdicts = dir.resolve("verdicts.tsv");
        Files.writeString(verdicts, "# format: test\n" + String.join("\n", tsv) + "\n", StandardCharsets.UTF_8);

        Run ok = run("--check", verdicts.toString(), data().toString());
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("precision = " + tsv.size() + "/" + tsv.size() + " = 100.0%");

        String first = tsv.get(0);
        String changed = first.replaceFirst("^([^\\t]+\\t\\d+\\t\\d+\\t)[^\\t]+", "$11999-01-01");
        Files.writeString(verdicts, tsv.stream().map(l -> l.equals(first) ? changed : l).collect(Collectors.joining("\n")),
                StandardCharsets.UTF_8);
        Run bad = run("--check", verdicts.toString(), data().toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("line 1").contains("judged right, now valued").contains("1 problem");
    }

    @Test
    void aHeldOutDrawLeavesOutEveryLineJudgedBefore() throws IOException {
        Run whole = run("--seed", "1", "--n", "50", data().toString());
        List<String> tsv = whole.out().lines().filter(l -> l.startsWith("   tsv      "))
                .map(l -> l.substring("   tsv      ".length()).replace("\t?\t?\t?\t", "\tright\t-\t-\tas found"))
                .toList();
        Path judged = Files.createDirectory(dir.resolve("judged"));
        Files.writeString(judged.resolve("verdicts-a.tsv"), "# format: test\n" + tsv.get(0) + "\n", StandardCharsets.UTF_8);

        Run held = run("--seed", "1", "--n", "50", "--unjudged", judged.toString(), data().toString());
        assertThat(held.exit()).as(held.err()).isZero();
        String left = tsv.get(0).split("\t")[0] + "\t" + tsv.get(0).split("\t")[1] + "\t" + tsv.get(0).split("\t")[2] + "\t";
        assertThat(held.out()).contains("# held out: drawn only from timexes never judged: 1 timexes judged before")
                .doesNotContain("   tsv      " + left);
        assertThat(held.out().lines().filter(l -> l.startsWith("   tsv      "))).hasSize(tsv.size() - 1);
        assertThat(held.err()).contains("1 of " + tsv.size() + " timexes judged before");

        Run notFolder = run("--seed", "1", "--unjudged", dir.resolve("absent").toString(), data().toString());
        assertThat(notFolder.exit()).isEqualTo(2);
        assertThat(notFolder.err()).contains("is not a folder of verdicts files");
    }

    @Test
    void refusesToWriteArticleTextIntoTheRepository() throws IOException {
        String root = System.getProperty("isnad.root");
        org.junit.jupiter.api.Assumptions.assumeTrue(root != null, "isnad.root is set by the build");
        Path inside = Path.of(root).resolve("bench/target/listing.txt");
        Run r = run("--seed", "1", "--out", inside.toString(), data().toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("inside the repository");
        assertThat(inside).doesNotExist();
    }

    @Test
    void saysHowToUseIt() {
        assertThat(run("--help").out()).contains("--seed S", "--check");
        Run neither = run();
        assertThat(neither.exit()).isEqualTo(2);
        assertThat(neither.err()).contains("either --seed");
        assertThat(run("--seed", "x").err()).contains("whole number");
        assertThat(run("--seed", "1", dir.resolve("absent.jsonl").toString()).exit()).isEqualTo(1);
    }

    @Test
    void marksTheExpressionInItsContext() {
        String text = "a".repeat(100) + "\nWHEN\r\n" + "b".repeat(100);
        String c = TimexListing.context(text, 101, 105);
        assertThat(c).startsWith("…").endsWith("…").contains(" ⏎ ⟦WHEN⟧ ⏎ ");
        assertThat(TimexListing.context("xWHENy", 1, 5)).isEqualTo("x⟦WHEN⟧y");
    }
}
