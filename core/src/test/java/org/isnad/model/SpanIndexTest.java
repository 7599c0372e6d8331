package org.isnad.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The index answers as a scan over all spans would, nested and overlapping spans included. */
class SpanIndexTest {
    @Test
    void agreesWithAScan() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            List<Span> spans = new ArrayList<>();
            for (int i = 0; i < random.nextInt(12); i++) {
                int a = random.nextInt(100);
                spans.add(new Span(a, a + random.nextInt(30)));
            }
            SpanIndex<Span> index = SpanIndex.of(spans, Function.identity());
            for (int q = 0; q < 50; q++) {
                int a = random.nextInt(120);
                Span probe = new Span(a, a + random.nextInt(20));
                int covered = spans.stream().mapToInt(s -> Math.max(0, Math.min(s.end(), probe.end()) - Math.max(s.start(), probe.start()))).sum();
                assertThat(index.covered(probe)).as(spans + " " + probe).isEqualTo(covered);
                // Innermost first: the later start first, of equal starts the later end.
                assertThat(index.containing(probe)).as(spans + " " + probe)
                        .containsExactlyElementsOf(spans.stream().filter(s -> s.contains(probe))
                                .sorted(java.util.Comparator.reverseOrder()).toList());
                assertThat(index.anyOverlaps(probe)).as(spans + " " + probe)
                        .isEqualTo(spans.stream().anyMatch(s -> s.overlaps(probe)));
            }
        }
    }

    /** Issue 6: one span holding thousands of others (a quote around a whole report) answers as any other. */
    @Test
    void oneSpanHoldingAllOthers() {
        int n = 20_000;
        Span outer = new Span(0, 10 * n);
        List<Span> spans = new ArrayList<>(List.of(outer));
        for (int i = 0; i < n; i++) {
            spans.add(new Span(10 * i + 2, 10 * i + 7));
        }
        SpanIndex<Span> index = SpanIndex.of(spans, Function.identity());

        for (int i = 0; i < n; i += 97) {
            assertThat(index.containing(new Span(10 * i + 3, 10 * i + 4))).containsExactly(spans.get(i + 1), outer);
            assertThat(index.containing(new Span(10 * i, 10 * i + 1))).containsExactly(outer);
            assertThat(index.covered(new Span(10 * i, 10 * i + 10))).isEqualTo(10 + 5);
        }
        assertThat(index.covered(outer)).isEqualTo(10 * n + 5 * n);
        assertThat(index.anyOverlaps(new Span(10 * n, 10 * n + 1))).isFalse();
    }
}
