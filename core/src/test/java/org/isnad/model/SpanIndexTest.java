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
                assertThat(index.containing(probe)).as(spans + " " + probe)
                        .containsExactlyInAnyOrderElementsOf(spans.stream().filter(s -> s.contains(probe)).toList());
            }
        }
    }
}
