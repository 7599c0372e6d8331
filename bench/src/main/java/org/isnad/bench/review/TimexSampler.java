package org.isnad.bench.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Draws n items uniformly, without replacement, from a pool. The pool is sorted first and the draw
 * uses {@link Random}, whose generator Java specifies exactly, so the same seed over the same pool
 * gives the same sample on any JVM, whatever order the pool was collected in.
 */
public final class TimexSampler {
    private TimexSampler() {
    }

    /** The drawn items in pool order; the whole pool when it holds n or fewer. */
    public static <T> List<T> draw(List<T> pool, Comparator<? super T> order, long seed, int n) {
        List<T> sorted = new ArrayList<>(pool);
        sorted.sort(order);
        if (n >= sorted.size()) {
            return sorted;
        }
        // A partial Fisher–Yates shuffle of the indices: the first n positions are the sample.
        int[] index = new int[sorted.size()];
        Arrays.setAll(index, i -> i);
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(index.length - i);
            int swap = index[i];
            index[i] = index[j];
            index[j] = swap;
        }
        int[] chosen = Arrays.copyOf(index, n);
        Arrays.sort(chosen);
        List<T> sample = new ArrayList<>(n);
        for (int i : chosen) {
            sample.add(sorted.get(i));
        }
        return sample;
    }
}
