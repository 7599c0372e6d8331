package org.isnad.bench.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanAlignmentTest {
    private static FoundTimex t(int start, int end) {
        return new FoundTimex(start, end, "DATE", null);
    }

    @Test
    void sharedWhenTheOverlapIsAtLeastHalfTheUnion() {
        // [0,10) and [5,10): overlap 5, union 10 — exactly half.
        SpanAlignment.Result r = SpanAlignment.align(List.of(t(0, 10)), List.of(t(5, 10)));
        assertThat(r.shared()).hasSize(1);
        assertThat(r.isnadOnly()).isEmpty();
        assertThat(r.otherOnly()).isEmpty();
    }

    @Test
    void aSmallerOverlapIsPartialAndOnlyOnBothSides() {
        // [0,10) and [6,10): overlap 4, union 10.
        SpanAlignment.Result r = SpanAlignment.align(List.of(t(0, 10)), List.of(t(6, 10)));
        assertThat(r.shared()).isEmpty();
        assertThat(r.isnadOnly()).singleElement().satisfies(u -> {
            assertThat(u.partial()).isTrue();
            assertThat(u.partner()).isEqualTo(t(6, 10));
        });
        assertThat(r.otherOnly()).singleElement().satisfies(u -> assertThat(u.partner()).isEqualTo(t(0, 10)));
    }

    @Test
    void disjointSpansAreOnlyWithNoPartner() {
        SpanAlignment.Result r = SpanAlignment.align(List.of(t(0, 4)), List.of(t(4, 8), t(20, 24)));
        assertThat(r.shared()).isEmpty();
        assertThat(r.isnadOnly()).singleElement().satisfies(u -> assertThat(u.partial()).isFalse());
        assertThat(r.otherOnly()).hasSize(2).noneMatch(SpanAlignment.Unmatched::partial);
    }

    @Test
    void pairsAreOneToOneBestOverlapFirst() {
        // Both of the other's spans overlap [0,10) enough; the exact one wins, the other is left partial.
        SpanAlignment.Result r = SpanAlignment.align(List.of(t(0, 10)), List.of(t(0, 6), t(0, 10)));
        assertThat(r.shared()).singleElement().satisfies(p -> assertThat(p.other()).isEqualTo(t(0, 10)));
        assertThat(r.otherOnly()).singleElement().satisfies(u -> {
            assertThat(u.timex()).isEqualTo(t(0, 6));
            assertThat(u.partner()).isEqualTo(t(0, 10));
        });
    }
}
