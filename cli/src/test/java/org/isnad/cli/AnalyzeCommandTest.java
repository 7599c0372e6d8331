package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze command end to end: good input, every kind of bad input, and determinism (issue 2). */
class AnalyzeCommandTest {
    private static final String GOOD = "قال رئيس البلدية إن الطريق أعيد فتحه صباح الأحد.\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private String timeline() throws IOException {
        return Files.readString(dir.resolve("out/timeline.json"));
    }

    @Test
    void writesTimelineAndSummary() throws IOException {
        write("a.txt", GOOD);
        Cli run = Cli.run("analyze", dir.resolve("in").toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("read 1 report, skipped 0");
        assertThat(timeline()).contains("\"schema\" : \"isnad.timeline/1\"").contains("\"id\" : \"a\"");
    }

    @Test
    void sameInputSameBytesApartFromCreated() throws IOException {
        write("a.txt", GOOD);
        write("b.txt", "عاجل\n\nعنوان الخبر\n\n" + GOOD + "اقرأ أيضاً: خبر آخر\n");
        Cli.run("analyze", dir.resolve("in").toString(), "--out", dir.resolve("out").toString());
        String first = timeline().replaceAll("\"created\" : \"[^\"]*\"", "");
        Cli.run("analyze", dir.resolve("in").toString(), "--out", dir.resolve("out").toString());
        assertThat(timeline().replaceAll("\"created\" : \"[^\"]*\"", "")).isEqualTo(first);
    }

    /** Each bad file gives one line naming it and the reason; the good file is still analysed; exit 1. */
    private void assertSkipped(Path bad, String reasonFragment, String... extraArgs) throws IOException {
        write("good.txt", GOOD);
        String[] args = new String[4 + extraArgs.length];
        args[0] = "analyze";
        args[1] = dir.resolve("in").toString();
        args[2] = "--out";
        args[3] = dir.resolve("out").toString();
        System.arraycopy(extraArgs, 0, args, 4, extraArgs.length);
        Cli run = Cli.run(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(AnalyzeCommand.SOME_FAILED);
        String line = run.err().lines().filter(l -> l.contains(bad.getFileName().toString())).findFirst().orElse("");
        assertThat(line).as(run.err()).startsWith("skipped ").containsIgnoringCase(reasonFragment);
        assertThat(timeline()).contains("\"id\" : \"good\"");
    }

    @Test
    void emptyFile() throws IOException {
        assertSkipped(write("empty.txt", new byte[0]), "empty");
    }

    @Test
    void binaryFile() throws IOException {
        assertSkipped(write("blob.txt", new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 3, 4, 0}), "binary");
    }

    @Test
    void fileOverTheSizeLimit() throws IOException {
        Path big = dir.resolve("in/big.txt");
        Files.createDirectories(big.getParent());
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        assertSkipped(big, "limit");
    }

    @Test
    void sizeLimitIsAnOption() throws IOException {
        assertSkipped(write("long.txt", GOOD.repeat(20)), "limit", "--max-bytes", "500");
    }

    @Test
    void invalidUtf8() throws IOException {
        assertSkipped(write("bad.txt", new byte[] {'a', 'b', (byte) 0xC3, 0x28, 'c', (byte) 0xFF, 'd', 'e', 'f'}), "encoding");
    }

    @Test
    void malformedJsonLine() throws IOException {
        assertSkipped(write("recs.jsonl", "{\"id\": \"r1\", \"text\": \"" + GOOD.strip() + "\"}\n{\"id\": \"r2\", \"text\": \n"), "recs.jsonl");
        assertThat(timeline()).contains("\"id\" : \"r1\"");
    }

    @Test
    void malformedJsonFile() throws IOException {
        assertSkipped(write("recs.json", "[{\"id\": \"r1\", \"text\": \"x\""), "json");
    }

    @Test
    void malformedHtmlStillReadsOrFailsCleanly() throws IOException {
        write("good.txt", GOOD);
        write("page.html", "<html><body><p>" + GOOD + "<div><p>غير مغلق <b>نص");
        Cli run = Cli.run("analyze", dir.resolve("in").toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).isIn(AnalyzeCommand.OK, AnalyzeCommand.SOME_FAILED);
        assertThat(timeline()).contains("\"id\" : \"good\"");
    }

    @Test
    void missingPath() throws IOException {
        write("good.txt", GOOD);
        Cli run = Cli.run("analyze", dir.resolve("in").toString(), dir.resolve("nowhere.txt").toString(),
                "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(AnalyzeCommand.SOME_FAILED);
        assertThat(run.err()).contains("nowhere.txt").contains("no such file");
        assertThat(timeline()).contains("\"id\" : \"good\"");
    }

    @Test
    void unreadableFile() throws Exception {
        // Root reads any file whatever its mode, so a named pipe (which no reader may block on)
        // stands for a file that cannot be read; where chmod works, a mode-000 file is used too.
        Path locked = dir.resolve("in/locked.txt");
        Files.createDirectories(locked.getParent());
        Process mkfifo = new ProcessBuilder("mkfifo", locked.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        write("good.txt", GOOD);
        Cli run = Cli.run("analyze", dir.resolve("in/good.txt").toString(), locked.toString(),
                "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(AnalyzeCommand.SOME_FAILED);
        assertThat(run.err()).contains("locked.txt").contains("not a regular file");
        assertThat(timeline()).contains("\"id\" : \"good\"");
    }

    @Test
    void nothingReadableWritesNothingAndKeepsWhatWasThere() throws IOException {
        Path existing = Files.createDirectories(dir.resolve("out")).resolve("timeline.json");
        Files.writeString(existing, "{\"kept\": true}");
        write("empty.txt", new byte[0]);
        Cli run = Cli.run("analyze", dir.resolve("in").toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(AnalyzeCommand.NOTHING_DONE);
        assertThat(Files.readString(existing)).isEqualTo("{\"kept\": true}");
    }

    @Test
    void anUnwritableOutputIsOneLineAndNothingIsLost() throws IOException {
        write("good.txt", GOOD);
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        Cli run = Cli.run("analyze", dir.resolve("in").toString(), "--out", blocker.resolve("sub").toString());
        assertThat(run.exitCode()).isEqualTo(AnalyzeCommand.NOTHING_DONE);
        assertThat(run.err().strip()).startsWith("isnad: cannot write").doesNotContain("\n");
        assertThat(Files.readString(blocker)).isEqualTo("a file, not a folder");
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        write("good.txt", GOOD);
        assertThat(Cli.run("analyze", dir.resolve("in").toString()).exitCode()).isNotZero();
        assertThat(Cli.run("analyze", dir.resolve("in").toString(), "--out", dir.resolve("out").toString(), "--timezone", "Mars").exitCode())
                .isEqualTo(AnalyzeCommand.NOTHING_DONE);
        Cli noPack = Cli.run("analyze", dir.resolve("in").toString(), "--out", dir.resolve("out").toString(), "--language", "xx");
        assertThat(noPack.exitCode()).isEqualTo(AnalyzeCommand.NOTHING_DONE);
        assertThat(noPack.err().strip()).isEqualTo("isnad: no language pack 'xx' (installed: ar)");
    }
}
