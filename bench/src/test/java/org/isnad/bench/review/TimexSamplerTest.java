package org.isnad.bench.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TimexSamplerTest {
    private static final List<Integer> POOL = IntStream.range(0, 1000).boxed().toList();

    @Test
    void theSameSeedDrawsTheSameSampleWhateverOrderThePoolComesIn() {
        List<Integer> shuffled = new ArrayList<>(POOL);
        Collections.shuffle(shuffled, new java.util.Random(42));

        List<Integer> a = TimexSampler.draw(POOL, Comparator.naturalOrder(), 7, 150);
        List<Integer> b = TimexSampler.draw(shuffled, Comparator.naturalOrder(), 7, 150);

        assertThat(a).hasSize(150).doesNotHaveDuplicates().isSorted().isEqualTo(b);
        assertThat(TimexSampler.draw(POOL, Comparator.naturalOrder(), 8, 150)).isNotEqualTo(a);
    }

    @Test
    void aSmallPoolIsTakenWhole() {
        assertThat(TimexSampler.draw(List.of(3, 1, 2), Comparator.naturalOrder(), 1, 150)).containsExactly(1, 2, 3);
    }

    @Test
    void everyItemIsAboutEquallyLikely() {
        // 2,000 draws of 10 from 20: each item is expected 1,000 times; a skewed draw would miss by far more.
        List<Integer> pool = IntStream.range(0, 20).boxed().toList();
        Map<Integer, Integer> counts = new HashMap<>();
        for (long seed = 0; seed < 2000; seed++) {
            TimexSampler.draw(pool, Comparator.naturalOrder(), seed, 10).forEach(i -> counts.merge(i, 1, Integer::sum));
        }
        assertThat(counts).hasSize(20);
        assertThat(counts.values()).allSatisfy(c -> assertThat(c).isBetween(880, 1120));
    }

    @Test
    void recordIdsSortByFileThenIndexAsANumber() {
        List<String> ids = new ArrayList<>(List.of("2015-08-11.json#10", "2015-08-10.json#900", "2015-08-11.json#9", "own#x"));
        ids.sort(ReviewRecord.ID_ORDER);
        assertThat(ids).containsExactly("2015-08-10.json#900", "2015-08-11.json#9", "2015-08-11.json#10", "own#x");
    }
}
