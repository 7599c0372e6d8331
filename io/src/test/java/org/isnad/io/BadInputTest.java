package org.isnad.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.isnad.io.Fixtures.read;
import static org.isnad.io.Fixtures.write;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isnad.model.Document;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
    @TempDir
    Path dir;

    @Test
    void fileOverTheLimitIsRefusedBeforeReading() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024); // sparse: no 50 MB actually written
        }

        ReadResult result = read(big);

        assertThat(result.documents()).isEmpty();
        assertThat(result.failures()).extracting(ReadFailure::message)
                .containsExactly(big + ": file is 50.0 MB, over the 20.0 MB limit (--max-bytes)");
    }

    @Test
    void limitComesFromTheOptions() {
        Path file = write(dir.resolve("small.txt"), "نص قصير لكنه أطول من الحد.");

        ReadResult result = new ReportReader(new ReadOptions(10)).read(List.of(file.toString()));

        assertThat(result.failures()).extracting(ReadFailure::reason)
                .containsExactly("file is 0.0 MB, over the 0.0 MB limit (--max-bytes)");
    }

    @Test
    void missingPathIsAFailureAndTheRestIsStillRead() {
        Path good = write(dir.resolve("good.txt"), "خبر سليم.");
        String missing = dir.resolve("nowhere/gone.txt").toString();

        ReadResult result = read(missing, good.toString());

        assertThat(result.documents()).extracting(Document::id).containsExactly("good");
        assertThat(result.failures()).extracting(ReadFailure::message)
                .containsExactly(missing + ": no such file or folder");
    }

    @Test
    void unsupportedTypeNamedExplicitlyFailsButIsSkippedInsideFolders() {
        Path pdf = write(dir.resolve("folder/scan.pdf"), "%PDF-1.4");
        write(dir.resolve("folder/notes.md"), "# notes");
        write(dir.resolve("folder/.hidden.txt"), "مخفي");
        write(dir.resolve("folder/.git/HEAD.txt"), "مخفي");
        write(dir.resolve("folder/report.txt"), "تقرير.");

        ReadResult explicit = read(pdf);
        ReadResult folder = read(dir.resolve("folder"));

        assertThat(explicit.failures()).extracting(ReadFailure::message).containsExactly(
                pdf + ": unsupported file type (expected .txt, .html, .htm, .json or .jsonl)");
        assertThat(folder.failures()).isEmpty();
        assertThat(folder.documents()).extracting(Document::id).containsExactly("report");
    }

    @Test
    void foldersAreReadRecursivelyInSortedOrderAndFilesOnlyOnce() {
        write(dir.resolve("c/z.txt"), "ثالث.");
        write(dir.resolve("b.txt"), "ثان.");
        write(dir.resolve("a.txt"), "أول.");
        write(dir.resolve("c/a.htm"), "<p>رابع من صفحة.</p>");

        ReadResult once = read(dir.toString(), dir.resolve("a.txt").toString());
        ReadResult again = read(dir);

        assertThat(once.documents()).extracting(Document::id).containsExactly("a", "b", "a", "z");
        assertThat(once.documents()).extracting(Document::path).containsExactly(
                dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
                dir.resolve("c/a.htm").toString(), dir.resolve("c/z.txt").toString());
        assertThat(again).isEqualTo(once);
    }

    @Test
    void unreadableFileFailsWhenPermissionsAreEnforced() throws IOException {
        Path file = write(dir.resolve("secret.txt"), "سري.");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        // Root reads any file whatever its mode; the IOException path is covered by FileBytesTest instead.
        assumeThat(Files.isReadable(file)).as("running as root").isFalse();

        assertThat(read(file).failures()).extracting(ReadFailure::reason)
                .containsExactly("cannot read file: permission denied");
    }

    @Test
    void fifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeThat(e).as("mkfifo available").isNull();
            return;
        }
        assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();

        ReadResult result = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(fifo));

        assertThat(result.failures()).extracting(ReadFailure::reason).containsExactly("not a regular file");
    }

    @Test
    void folderNamedLikeAReportIsReadAsAFolder() {
        write(dir.resolve("x.txt/inside.txt"), "داخل المجلد.");

        ReadResult result = read(dir.resolve("x.txt"));

        assertThat(result.failures()).isEmpty();
        assertThat(result.documents()).extracting(Document::id).containsExactly("inside");
    }

    @Test
    void failingReadIsAFailureNotAnException() {
        Path file = write(dir.resolve("a.txt"), "نص.");
        ReportReader throwing = new ReportReader(ReadOptions.defaults(), path -> {
            throw new UncheckedIOException(new IOException("Input/output error"));
        });

        ReadResult result = throwing.read(List.of(file.toString()));

        assertThat(result.failures()).extracting(ReadFailure::reason).containsExactly(
                "internal error while reading: java.io.UncheckedIOException: java.io.IOException: Input/output error");
    }

    @Test
    void failureMessagesAreOneLine() {
        ReadFailure failure = new ReadFailure("a.jsonl:3", "first line\nsecond line\r\n");

        assertThat(failure.message()).isEqualTo("a.jsonl:3: first line second line");
    }
}
