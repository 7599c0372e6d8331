package org.isnad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke test: the bench runs on three tiny reports and prints figures. It asserts no speed. */
class PipelineBenchTest {
    @TempDir
    Path dir;

    private Path threeReports() throws IOException {
        Path data = dir.resolve("three.jsonl");
        Files.writeString(data, String.join("\n",
                "{\"content\": \"أعلنت الوزارة يوم الاثنين عن افتتاح مدرسة جديدة في المدينة.\", \"date_extracted\": \"2015-08-10 09:30:00\"}",
                "{\"content\": \"قال المتحدث إن الاجتماع سيعقد الأسبوع المقبل. اقرأ أيضا: أخبار أخرى\", \"date_extracted\": \"2015-08-11 12:00:00\"}",
                "{\"content\": \"\", \"date_extracted\": \"2015-08-11 13:00:00\"}",
                "{\"text\": \"وصل الوفد إلى الرياض مساء أمس.\", \"published\": \"2015-08-11\"}",
                ""), StandardCharsets.UTF_8);
        return data;
    }

    @Test
    void printsFiguresForTheIsnadPipeline() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PipelineBench.run(new String[] {"--in-process", "--warmup", "1", threeReports().toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(table).contains("3 reports", "skipped 1 record", "chars/s", "reports/s", "peak RSS", "peak heap");
        assertThat(table).containsPattern("Isnad [^\\n]*\\(per-report pipeline\\)\\s+[\\d,]+\\s+[\\d,.]+\\s+\\d");
    }

    @Test
    void measuresInAChildJvm() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PipelineBench.run(new String[] {"--limit", "2", "--xmx", "256m", threeReports().toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 reports", "-Xmx256m", " MiB");
    }

    @Test
    void hostilePartRunsOnTinyReports() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PipelineBench.run(new String[] {"--hostile", "--in-process", "--sizes", "0.002,0.008", "--runs", "1"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        for (HostileReports.Shape shape : HostileReports.Shape.values()) {
            assertThat(table).containsPattern(shape.label() + " +0\\.002 Mi +[\\d.]+ +[\\d,]+")
                    .containsPattern(shape.label() + " +0\\.008 Mi +[\\d.]+ +[\\d,]+ .* [\\d.]+×");
        }
        assertThat(table).contains("chars/s", "cpu s", "normalise s", "clean s", "segment s", "time s", "cpu ratio");
    }

    @Test
    void hostilePartRejectsABadSize() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PipelineBench.run(new String[] {"--hostile", "--sizes", "big"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--sizes");
    }

    @Test
    void saysWhenTheDataIsMissing() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PipelineBench.run(new String[] {dir.resolve("absent.jsonl").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bench data not found", "absent.jsonl");
    }
}
