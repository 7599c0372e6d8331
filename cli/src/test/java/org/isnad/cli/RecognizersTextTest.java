package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import org.isnad.testing.SharedData;
import org.isnad.time.Timex;
import org.junit.jupiter.api.Test;

/**
 * Every case of Microsoft Recognizers-Text's Arabic DateTime specs (in {@code ../shared/data/
 * arabic_timex_testvectors/recognizers_text_specs/DateTime}), each tagged on its own against its
 * reference time with the {@code recognizers} profile of {@code time/policies.tsv} (issue 6).
 *
 * <p>The cases are split once by CRC32 of {@code <file>#<index>} into a dev half, which may be
 * looked at and tuned on, and a test half, which is gated on and never shown case by case: only its
 * figures, overall and per file family, are printed. The bounds on the test half are in
 * {@code timex-vector-bounds.tsv}. With {@code -Disnad.recognizers.dump=<path>} the dev half's
 * imperfect cases are written to that file (see {@link RecognizersDump}).
 */
class RecognizersTextTest {
    private static final String FOLDER = "data/arabic_timex_testvectors/recognizers_text_specs/DateTime";
    private static final String PROFILE = "recognizers";
    private static final String EXCLUSIONS = "/recognizers-exclusions.tsv";

    private final VectorTagger vectors = new VectorTagger();

    @Test
    void dateTimeSpecs() throws IOException {
        Path folder = SharedData.require(FOLDER);
        List<RecognizersCase> cases = new RecognizersSpecReader(new SpecSpanLocator(vectors.normaliser())).read(folder);
        StringBuilder report = new StringBuilder();
        Map<String, String> excluded = exclusions(cases, report);
        RecognizersFigures dev = new RecognizersFigures();
        RecognizersFigures test = new RecognizersFigures();
        List<RecognizersJudge.Outcome> devImperfect = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        long started = System.nanoTime();
        for (RecognizersCase c : cases) {
            if (excluded.containsKey(c.id())) {
                continue;
            }
            RecognizersJudge.Outcome o = run(c);
            if (isDev(c)) {
                dev.add(o);
                if (!o.perfect()) {
                    devImperfect.add(o);
                }
                if (o.error() != null) {
                    errors.add("  " + c.id() + ": " + o.error());
                }
            } else {
                test.add(o);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        int expected = cases.stream().mapToInt(c -> c.expected().size()).sum();
        long devCases = cases.stream().filter(RecognizersTextTest::isDev).count();
        report.insert(0, String.format(Locale.ROOT, "Recognizers-Text DateTime specs: %d cases, %d expected expressions, profile '%s'%n"
                + "split by CRC32 of <file>#<index>: dev %d cases, test %d cases; %d excluded (at most %d)%n",
                cases.size(), expected, PROFILE, devCases, cases.size() - devCases, excluded.size(), cases.size() / 10));
        report.append("expected spans located by ").append(locations(cases)).append('\n');
        report.append(String.format(Locale.ROOT, "engine errors: dev %d (listed), test %d%n", dev.all().errors, test.all().errors));
        errors.forEach(e -> report.append(e).append('\n'));
        dev.table("dev").forEach(l -> report.append(l).append('\n'));
        test.table("test").forEach(l -> report.append(l).append('\n'));

        Map<String, Double> figures = new LinkedHashMap<>();
        put(figures, "dev", dev.all());
        put(figures, "test", test.all());
        List<String> broken = new ArrayList<>();
        report.append("bounds (timex-vector-bounds.tsv):\n");
        VectorBounds.load().check(figures, broken, "recognizers.").forEach(l -> report.append(l).append('\n'));
        report.append(String.format(Locale.ROOT, "tagged and judged in %d ms%n", millis));
        report.append(dump(devImperfect));
        System.out.println(report);

        assertThat(excluded.size()).as("at most a tenth of the cases may be excluded").isLessThanOrEqualTo(cases.size() / 10);
        assertThat(dev.all().errors + test.all().errors).as("cases the engine threw on\n" + report).isZero();
        assertThat(broken).as("bounds broken\n" + report).isEmpty();
    }

    private RecognizersJudge.Outcome run(RecognizersCase c) {
        List<Timex> found;
        try {
            found = vectors.tag(c.input(), c.reference(), PROFILE, ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return RecognizersJudge.judge(c, List.of(), e.toString());
        }
        return RecognizersJudge.judge(c, found, null);
    }

    /** The dev half: an even CRC32 of "<file>#<index>", fixed once so the halves never move. */
    static boolean isDev(RecognizersCase c) {
        CRC32 crc = new CRC32();
        crc.update(c.id().getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0;
    }

    private static void put(Map<String, Double> figures, String half, RecognizersFigures.Tally t) {
        figures.put("recognizers." + half + ".span_recall", t.recall());
        figures.put("recognizers." + half + ".any_overlap_recall", t.anyOverlap());
        figures.put("recognizers." + half + ".value_accuracy", t.valueAccuracy());
        figures.put("recognizers." + half + ".extractor_spurious", t.spurious());
    }

    private static String locations(List<RecognizersCase> cases) {
        Map<SpecSpanLocator.How, Integer> n = new EnumMap<>(SpecSpanLocator.How.class);
        cases.forEach(c -> c.expected().forEach(e -> n.merge(e.how(), 1, Integer::sum)));
        StringBuilder out = new StringBuilder();
        n.forEach((how, count) -> out.append(out.length() == 0 ? "" : ", ").append(how.name().toLowerCase(Locale.ROOT))
                .append(' ').append(count));
        return out.toString();
    }

    /**
     * The excluded cases (id to reason), listed in the report. Each must name a dev-half case by
     * its file, index and input, so the test half stays unseen and a shifted file is noticed.
     */
    private static Map<String, String> exclusions(List<RecognizersCase> cases, StringBuilder report) {
        Map<String, RecognizersCase> byId = new LinkedHashMap<>();
        cases.forEach(c -> byId.put(c.id(), c));
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> row : TestResourceTable.rows(EXCLUSIONS, 4)) {
            String id = row.get(0) + "#" + row.get(1);
            RecognizersCase c = byId.get(id);
            assertThat(c).as(EXCLUSIONS + ": no case " + id).isNotNull();
            assertThat(c.input().strip()).as(EXCLUSIONS + ": input of " + id).isEqualTo(row.get(2).strip());
            assertThat(isDev(c)).as(EXCLUSIONS + ": " + id + " is in the test half, which is not looked at").isTrue();
            out.put(id, row.get(3));
            report.append("  excluded ").append(id).append(" (").append(c.input().strip()).append("): ").append(row.get(3)).append('\n');
        }
        return out;
    }

    /** Writes the dev half's imperfect cases where {@code isnad.recognizers.dump} says, and says so. */
    private static String dump(List<RecognizersJudge.Outcome> devImperfect) throws IOException {
        String where = System.getProperty("isnad.recognizers.dump", "");
        if (where.isBlank()) {
            return "dev dump: run with -Disnad.recognizers.dump=<path> to write the dev half's " + devImperfect.size()
                    + " imperfect cases\n";
        }
        StringBuilder out = new StringBuilder(RecognizersDump.header(devImperfect.size()));
        devImperfect.forEach(o -> out.append(RecognizersDump.block(o)));
        Path path = Path.of(where).toAbsolutePath();
        Files.writeString(path, out, StandardCharsets.UTF_8);
        return "dev dump: " + devImperfect.size() + " imperfect cases written to " + path + "\n";
    }
}
