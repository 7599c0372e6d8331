package org.isnad.bench.disagreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Expressions grouped by a key (a shape, a pair of shapes…), counted, with a few examples per group. */
public final class ShapeTable {
    /** Examples kept per group, each from a different report. */
    static final int EXAMPLES = 3;

    /**
     * One instance: where it is, the expression, the other engine's overlapping one (or null) and the
     * text around it (shown in the output file only).
     */
    public record Example(String record, FoundTimex timex, FoundTimex partner, String context) {
    }

    /** One group: how many expressions have its key, how many of them partly overlap the other engine's. */
    public static final class Group {
        private final String key;
        private int count;
        private int partial;
        private int inClutter;
        private final List<Example> examples = new ArrayList<>(EXAMPLES);

        Group(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public int count() {
            return count;
        }

        public int partial() {
            return partial;
        }

        public int inClutter() {
            return inClutter;
        }

        public List<Example> examples() {
            return List.copyOf(examples);
        }
    }

    private final Map<String, Group> groups = new HashMap<>();
    private int total;

    /** Counts one expression under {@code key}; {@code example} is computed only when it is kept. */
    public void add(String key, boolean partial, boolean inClutter, String record,
                    Supplier<Example> example) {
        Group g = groups.computeIfAbsent(key, Group::new);
        g.count++;
        total++;
        g.partial += partial ? 1 : 0;
        g.inClutter += inClutter ? 1 : 0;
        if (g.examples.size() < EXAMPLES && g.examples.stream().noneMatch(e -> e.record().equals(record))) {
            g.examples.add(example.get());
        }
    }

    /** The groups, most frequent first (ties by key, so that the same data prints the same). */
    public List<Group> byFrequency() {
        return groups.values().stream()
                .sorted(Comparator.comparingInt(Group::count).reversed().thenComparing(Group::key))
                .toList();
    }

    public int total() {
        return total;
    }

    public int groups() {
        return groups.size();
    }
}
