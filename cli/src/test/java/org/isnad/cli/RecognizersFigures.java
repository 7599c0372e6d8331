package org.isnad.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one half of the Recognizers-Text cases, overall and per file family:
 * <ul>
 * <li>span recall: expected expressions found (≥ half of the union, one engine timex), over all;</li>
 * <li>any-overlap recall: those some engine timex overlaps at all, for comparison;</li>
 * <li>value accuracy: of the expected expressions that give a TIMEX value (parser and model
 *     files), those found with a right value; one not found counts as wrong;</li>
 * <li>spurious share: in the extractor files, engine timexes that find no expected expression,
 *     over all engine timexes of those files.</li>
 * </ul>
 */
final class RecognizersFigures {
    /** The families in the order the spec files are usually listed in. */
    private static final List<String> FAMILIES = List.of("Date", "DatePeriod", "Time", "TimePeriod", "DateTime",
            "DateTimePeriod", "Duration", "Holiday", "Set", "Merged", "Model");

    static final class Tally {
        int cases;
        int expected;
        int found;
        int overlapped;
        int valued;
        int valueRight;
        int extractorTimexes;
        int extractorSpurious;
        int unlocated;
        int errors;
        /** The valued results the engine does not get right, by what it did with them. */
        final Map<RecognizersJudge.Verdict, Integer> wrongBy = new java.util.EnumMap<>(RecognizersJudge.Verdict.class);

        void add(RecognizersJudge.Outcome o) {
            cases++;
            errors += o.error() == null ? 0 : 1;
            for (RecognizersJudge.Judged j : o.judged()) {
                expected++;
                found += j.verdict().found() ? 1 : 0;
                overlapped += j.overlapped() ? 1 : 0;
                unlocated += j.verdict() == RecognizersJudge.Verdict.UNLOCATED ? 1 : 0;
                if (j.valueRight() != null) {
                    valued++;
                    valueRight += j.valueRight() ? 1 : 0;
                    if (!j.valueRight()) {
                        wrongBy.merge(j.verdict(), 1, Integer::sum);
                    }
                }
            }
            if (o.c().extractorFile()) {
                extractorTimexes += o.engine().size();
                extractorSpurious += o.spurious().size();
            }
        }

        double recall() {
            return share(found, expected);
        }

        double anyOverlap() {
            return share(overlapped, expected);
        }

        double valueAccuracy() {
            return share(valueRight, valued);
        }

        double spurious() {
            return share(extractorSpurious, extractorTimexes);
        }

        private static double share(int part, int whole) {
            return whole == 0 ? Double.NaN : (double) part / whole;
        }
    }

    private final Tally all = new Tally();
    private final Map<String, Tally> families = new TreeMap<>(
            Comparator.comparingInt(RecognizersFigures::order).thenComparing(Comparator.naturalOrder()));

    void add(RecognizersJudge.Outcome o) {
        all.add(o);
        families.computeIfAbsent(o.c().family(), f -> new Tally()).add(o);
    }

    Tally all() {
        return all;
    }

    /** A table: one line for the whole half, then one per family. */
    List<String> table(String half) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%-5s %-15s %6s %8s %17s %17s %17s %15s", "half", "family", "cases", "expected",
                "span recall", "any overlap", "value accuracy", "spurious (ext.)"));
        out.add(line(half, "all", all));
        families.forEach((family, t) -> out.add(line(half, family, t)));
        // Counts only: where the value errors lie (not found at all, cut, or found with another value).
        StringBuilder wrong = new StringBuilder(String.format(Locale.ROOT, "%-5s value errors by verdict:", half));
        all.wrongBy.forEach((v, n) -> wrong.append(' ').append(v.name().toLowerCase(Locale.ROOT)).append(' ').append(n));
        out.add(wrong.toString());
        return out;
    }

    private static String line(String half, String family, Tally t) {
        return String.format(Locale.ROOT, "%-5s %-15s %6d %8d %17s %17s %17s %15s", half, family, t.cases, t.expected,
                figure(t.found, t.expected), figure(t.overlapped, t.expected), figure(t.valueRight, t.valued),
                figure(t.extractorSpurious, t.extractorTimexes));
    }

    private static String figure(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%5.1f%% %4d/%-4d", 100.0 * part / whole, part, whole);
    }

    private static int order(String family) {
        int i = FAMILIES.indexOf(family);
        return i < 0 ? FAMILIES.size() : i;
    }
}
