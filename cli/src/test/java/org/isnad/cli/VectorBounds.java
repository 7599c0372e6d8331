package org.isnad.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bounds in {@code timex-vector-bounds.tsv} on the figures the test-vector tests print. Each
 * test checks the bounds under its own prefix; a bound naming a figure the test does not report is
 * a mistake in the file, not a pass.
 */
final class VectorBounds {
    private static final String RESOURCE = "/timex-vector-bounds.tsv";

    record Bound(String name, boolean min, double value, String issue) {
        boolean holds(double figure) {
            return min ? figure >= value : figure <= value;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %s %.2f (%s)", name, min ? ">=" : "<=", value, issue);
        }
    }

    private final List<Bound> bounds;

    private VectorBounds(List<Bound> bounds) {
        this.bounds = bounds;
    }

    static VectorBounds load() {
        List<Bound> out = new ArrayList<>();
        for (List<String> row : TestResourceTable.rows(RESOURCE, 4)) {
            String kind = row.get(1);
            if (!kind.equals("min") && !kind.equals("max")) {
                throw new IllegalStateException(RESOURCE + ": '" + kind + "' is neither min nor max in " + row);
            }
            out.add(new Bound(row.get(0), kind.equals("min"), Double.parseDouble(row.get(2)), row.get(3)));
        }
        return new VectorBounds(out);
    }

    /**
     * What each bound whose name starts with one of {@code prefixes} says of the figures, one line
     * per bound; the broken ones (and those with no figure) are also added to {@code broken}.
     */
    List<String> check(Map<String, Double> figures, List<String> broken, String... prefixes) {
        List<String> lines = new ArrayList<>();
        for (Bound b : bounds) {
            if (Arrays.stream(prefixes).noneMatch(b.name()::startsWith)) {
                continue;
            }
            Double figure = figures.get(b.name());
            String line = figure == null ? "no figure for bound " + b
                    : String.format(Locale.ROOT, "%s: %.4f, bound %s", b.holds(figure) ? "ok" : "BROKEN", figure, b);
            if (figure == null || !b.holds(figure)) {
                broken.add(line);
            }
            lines.add("  " + line);
        }
        return lines;
    }
}
