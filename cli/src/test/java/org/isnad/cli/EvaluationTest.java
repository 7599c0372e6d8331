package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isnad.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code analyze} on the founding reports and gates on {@code ../shared/eval/score.py} with the
 * bounds of every landed issue (listed in {@code eval-bounds.txt}), so no change can lower a landed
 * figure unnoticed.
 */
class EvaluationTest {
    @Test
    void foundingReportsMeetTheLandedBounds(@TempDir Path out) throws Exception {
        Path corpus = SharedData.require("corpus/syria-2024-12");
        Path gold = SharedData.require("eval/seeds-gold.json");
        Path score = SharedData.require("eval/score.py");

        Cli run = Cli.run("analyze", corpus.toString(), "--out", out.toString(), "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<String> cmd = new ArrayList<>(List.of("python3", score.toString(), "--gold", gold.toString(),
                "--corpus", corpus.toString(), "--out", out.resolve("timeline.json").toString()));
        cmd.addAll(bounds());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        System.out.println(printed.lines().filter(l -> l.startsWith("score:") || l.startsWith("outside")).reduce("", (a, b) -> a + b + "\n"));
        assertThat(p.exitValue()).as("score.py bounds failed:\n" + printed).isZero();
    }

    /** The bounds, one {@code --min NAME=N} or {@code --max NAME=N} per line, with the issue that landed them. */
    private static List<String> bounds() throws IOException {
        List<String> args = new ArrayList<>();
        try (var in = EvaluationTest.class.getResourceAsStream("/eval-bounds.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+");
                args.add(parts[0]);
                args.add(parts[1]);
            }
        }
        return args;
    }
}
