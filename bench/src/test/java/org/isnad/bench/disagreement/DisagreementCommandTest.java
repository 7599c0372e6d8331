package org.isnad.bench.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.bench.BenchReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report end to end, with a stand-in for the other engine that tags every four-digit number as a year. */
class DisagreementCommandTest {
    @TempDir
    Path dir;

    /** Tags each run of four digits, as a year. */
    static final class YearTagger implements TimexSource {
        private static final Pattern YEAR = Pattern.compile("\\d{4}");

        @Override
        public String name() {
            return "Years 1.0 (four digits)";
        }

        @Override
        public void setUp() {
        }

        @Override
        public List<FoundTimex> find(BenchReport report) {
            List<FoundTimex> out = new ArrayList<>();
            Matcher m = YEAR.matcher(report.text());
            while (m.find()) {
                out.add(new FoundTimex(m.start(), m.end(), "DATE", m.group()));
            }
            return out;
        }

        @Override
        public List<String> notes() {
            return List.of("checked nothing");
        }
    }

    private Path reports() throws IOException {
        Path data = dir.resolve("reports.jsonl");
        Files.writeString(data, String.join("\n",
                "{\"source_file\": \"a.json\", \"index_in_file\": 3, \"content\": \"افتتح المعرض في 7 ديسمبر 2014 وزاره 2000 شخص يوم الخميس.\", \"date_extracted\": \"2015-08-10 09:30:00\"}",
                "{\"source_file\": \"a.json\", \"index_in_file\": 4, \"content\": \"بدأت الأعمال عام 1990 واستمرت ثلاثة أيام.\", \"date_extracted\": \"2015-08-11 12:00:00\"}",
                ""), StandardCharsets.UTF_8);
        return data;
    }

    @Test
    void printsTotalsAndShapesAndWritesContextsToTheFileOnly() throws IOException {
        Path file = dir.resolve("out/report.txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = DisagreementCommand.run("Test", new YearTagger(),
                new String[] {"--top", "5", "--out", file.toString(), reports().toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String stdout = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(stdout).contains("2 reports", "expressions, Years", "Years output", "checked nothing",
                "Only Years 1.0 (four digits)", "a.json#3", "a.json#4");
        // "عام 1990" is shared with "1990" (half the union); "2000" is the stand-in's only, and so is "2014",
        // partly inside Isnad's "7 ديسمبر 2014".
        assertThat(stdout).contains("shared                       1,");
        assertThat(stdout).containsPattern("\\n\\s+1\\s+2\\s+1\\s+0\\s+9999\\n");
        assertThat(stdout).contains("9 MONTH 9999  vs  9999");
        assertThat(stdout).contains("يوم WEEKDAY", "NUM ايام").doesNotContain("⟦");
        String full = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(full).contains("Totals", "⟦2014⟧", "a.json#3");
    }

    @Test
    void saysWhenTheDataIsMissingOrAnOptionIsWrong() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream o = new PrintStream(new ByteArrayOutputStream());
        assertThat(DisagreementCommand.run("Test", new YearTagger(), new String[] {dir.resolve("absent.jsonl").toString()}, o, e))
                .isEqualTo(2);
        assertThat(DisagreementCommand.run("Test", new YearTagger(), new String[] {"--top", "0"}, o, e)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("data not found", "--top wants a whole number");
    }

    @Test
    void saysBeforeAnyWorkWhenTheOutputCannotBeWritten() throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = DisagreementCommand.run("Test", new YearTagger(),
                new String[] {"--out", blocker.resolve("report.txt").toString(), reports().toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write the output file");
    }
}
