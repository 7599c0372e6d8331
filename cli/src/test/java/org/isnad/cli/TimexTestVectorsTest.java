package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.isnad.testing.SharedData;
import org.isnad.text.Normaliser;
import org.isnad.time.Timex;
import org.isnad.time.TimexTagger;
import org.junit.jupiter.api.Test;

/**
 * The Arabic rows of Duckling's and dateparser's test suites (in {@code ../shared/data/
 * arabic_timex_testvectors}), run with the conventions those suites assume (issue 3). Prints the
 * share passed per source and fails when one breaks its bound in {@code timex-vector-bounds.tsv}
 * ({@code duckling.passed}, {@code dateparser.passed}); excluded rows are listed with the reason.
 */
class TimexTestVectorsTest {
    private static final Set<String> DUCKLING_KINDS = Set.of("time:value", "time:interval", "duration", "time-negative");

    private final VectorTagger vectors = new VectorTagger();
    private final TimexTagger tagger = vectors.tagger();
    private final Normaliser normaliser = vectors.normaliser();

    record Row(String source, String text, String reference, String expected, String kind, String where) {
        String grain() {
            int at = kind.indexOf("grain=");
            if (at < 0) {
                return "";
            }
            String g = kind.substring(at + 6);
            return g.contains(";") ? g.substring(0, g.indexOf(';')) : g;
        }
    }

    @Test
    void ducklingAndDateparserRows() throws IOException {
        Path dir = SharedData.require("data/arabic_timex_testvectors");
        Map<String, String> excluded = exclusions();
        StringBuilder report = new StringBuilder();
        Map<String, Double> share = new HashMap<>();
        int totalRows = 0;
        int totalExcluded = 0;
        for (String source : List.of("duckling_ar.tsv", "dateparser_ar.tsv")) {
            List<Row> rows = rows(dir.resolve(source), source).stream().filter(this::inScope).toList();
            int passed = 0;
            int counted = 0;
            List<String> failures = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (Row row : rows) {
                String why = excluded.get(source + "\t" + row.text());
                if (why != null) {
                    skipped.add("  excluded " + row.text() + ": " + why);
                    continue;
                }
                counted++;
                String problem = check(row);
                if (problem == null) {
                    passed++;
                } else {
                    failures.add("  fail " + row.text() + " (" + row.kind() + ", want " + row.expected() + "): " + problem);
                }
            }
            totalRows += rows.size();
            totalExcluded += skipped.size();
            share.put(source.substring(0, source.indexOf('_')) + ".passed", (double) passed / counted);
            report.append(String.format(Locale.ROOT, "%s: %d/%d passed (%.1f%%), %d excluded%n", source, passed, counted,
                    100.0 * passed / counted, skipped.size()));
            skipped.forEach(s -> report.append(s).append('\n'));
            failures.forEach(s -> report.append(s).append('\n'));
        }
        List<String> broken = new ArrayList<>();
        report.append("bounds (timex-vector-bounds.tsv):\n");
        VectorBounds.load().check(share, broken, "duckling.", "dateparser.").forEach(s -> report.append(s).append('\n'));
        System.out.println(report);
        assertThat(totalExcluded).as("at most a tenth of the rows may be excluded").isLessThanOrEqualTo(totalRows / 10);
        assertThat(broken).as("bounds broken\n" + report).isEmpty();
    }

    private boolean inScope(Row row) {
        if (row.source().startsWith("duckling")) {
            return DUCKLING_KINDS.stream().anyMatch(k -> row.kind().startsWith(k));
        }
        // dateparser: only the rows whose expected value is a date or time.
        return row.expected().matches("\\d{4}-\\d\\d-\\d\\dT.*");
    }

    /** Null when the engine gives the row's value, else what went wrong. */
    private String check(Row row) {
        List<Timex> found = tag(row);
        if (row.kind().equals("time-negative")) {
            return found.isEmpty() ? null : "found " + values(found);
        }
        Timex one = whole(row.text(), found);
        if (one == null) {
            return "no single expression covers the text: " + spans(found);
        }
        if (row.kind().startsWith("duration")) {
            return durationMatches(row.expected(), one.value()) ? null : "got " + one.value();
        }
        if (row.kind().startsWith("time:interval")) {
            return intervalMatches(row, one) ? null : "got " + one.value() + " [" + one.earliest() + ", " + one.latest() + "]";
        }
        return valueMatches(row, one) ? null : "got " + one.value() + " (" + one.anchor() + ")";
    }

    private List<Timex> tag(Row row) {
        boolean duckling = row.source().startsWith("duckling");
        LocalDateTime reference = null;
        ZoneOffset zone = ZoneOffset.UTC;
        if (!row.reference().isBlank()) {
            reference = local(row.reference());
            if (row.reference().length() > 19) {
                zone = OffsetDateTime.parse(row.reference()).getOffset();
            }
        }
        String profile = duckling ? "duckling" : row.kind().startsWith("hijri") ? "dateparser-hijri" : "news";
        return vectors.tag(row.text(), reference, profile, zone);
    }

    /** The one expression the row is, allowing only glue words (في، حوالي…) and punctuation outside it. */
    private Timex whole(String text, List<Timex> found) {
        if (found.size() != 1) {
            return null;
        }
        Timex t = found.get(0);
        String outside = text.substring(0, t.span().start()) + " " + text.substring(t.span().end());
        for (String w : normaliser.normalise(outside).text().split("[\\s\\p{Punct}،]+")) {
            if (!w.isEmpty() && !tagger.lexicon().isGlue(w)) {
                return null;
            }
        }
        return t;
    }

    private static boolean valueMatches(Row row, Timex t) {
        if (t.value() == null) {
            return false;
        }
        LocalDateTime want = local(row.expected());
        String v = t.value();
        String grain = row.grain();
        if (grain.isEmpty()) {
            // dateparser gives no grain: compare at the expression's own, a day or a minute.
            grain = v.length() >= 16 ? "Minute" : "Day";
        }
        return switch (grain) {
            case "Second", "Minute", "Hour" -> v.length() >= 16 && LocalDateTime.parse(v.length() == 16 ? v + ":00" : v).equals(want);
            case "Day" -> start(v, t).equals(want.toLocalDate());
            case "Week" -> week(v, t).equals(want.toLocalDate());
            case "Month" -> v.equals(want.toString().substring(0, 7));
            case "Year" -> v.equals(String.valueOf(want.getYear()));
            default -> false;
        };
    }

    /**
     * The first day of the period a value names: values are compared at the start of their grain,
     * so "2013-02" (a month) answers a day 2013-02-01.
     */
    private static LocalDate start(String v, Timex t) {
        if (v.matches("\\d{4}-\\d\\d-\\d\\d.*")) {
            return LocalDate.parse(v.substring(0, 10));
        }
        if (v.matches("\\d{4}-\\d\\d")) {
            return LocalDate.parse(v + "-01");
        }
        if (v.matches("\\d{4}")) {
            return LocalDate.of(Integer.parseInt(v), 1, 1);
        }
        return week(v, t);
    }

    /** A local date-time written with or without its offset. */
    private static LocalDateTime local(String s) {
        return s.length() > 19 ? OffsetDateTime.parse(s).toLocalDateTime() : LocalDateTime.parse(s);
    }

    private static LocalDate week(String v, Timex t) {
        if (v.matches("\\d{4}-W\\d\\d")) {
            return LocalDate.of(Integer.parseInt(v.substring(0, 4)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.substring(6)))
                    .with(java.time.DayOfWeek.MONDAY);
        }
        return t.earliest() == null ? LocalDate.MIN : LocalDate.parse(t.earliest().substring(0, 10));
    }

    /** Duckling's end is exclusive: the engine's inclusive latest must fall in the last grain before it. */
    private static boolean intervalMatches(Row row, Timex t) {
        if (t.earliest() == null || t.latest() == null) {
            return false;
        }
        String[] ends = row.expected().split("/");
        LocalDateTime from = local(ends[0]);
        LocalDateTime to = local(ends[1]);
        LocalDateTime earliest = LocalDateTime.parse(t.earliest());
        LocalDateTime latest = LocalDateTime.parse(t.latest());
        LocalDateTime lastGrain = switch (row.grain()) {
            case "Hour" -> to.minusHours(1);
            case "Week" -> to.minusWeeks(1);
            case "Second", "Minute" -> to.minusMinutes(1);
            default -> to.minusDays(1);
        };
        return earliest.equals(from) && !latest.isBefore(lastGrain) && latest.isBefore(to);
    }

    private static boolean durationMatches(String expected, String value) {
        String[] p = expected.split(" ");
        String unit = switch (p[1]) {
            case "Second" -> "PT" + p[0] + "S";
            case "Minute" -> "PT" + p[0] + "M";
            case "Hour" -> "PT" + p[0] + "H";
            case "Day" -> "P" + p[0] + "D";
            case "Week" -> "P" + p[0] + "W";
            case "Month" -> "P" + p[0] + "M";
            default -> "P" + p[0] + "Y";
        };
        return unit.equals(value);
    }

    private static String values(List<Timex> found) {
        return found.stream().map(t -> t.text() + "=" + t.value()).collect(Collectors.joining(", "));
    }

    private static String spans(List<Timex> found) {
        return found.isEmpty() ? "nothing found" : values(found);
    }

    private static List<Row> rows(Path file, String source) throws IOException {
        List<Row> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.startsWith("#") || line.startsWith("text\t") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            out.add(new Row(source, c[0], c[1], c[2], c[3], c[4]));
        }
        return out;
    }

    private static Map<String, String> exclusions() {
        Map<String, String> out = new HashMap<>();
        for (List<String> row : TestResourceTable.rows("/timex-vector-exclusions.tsv", 3)) {
            out.put(row.get(0) + "\t" + row.get(1), row.get(2));
        }
        return out;
    }
}
