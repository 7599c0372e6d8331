package org.isnad.time;

/**
 * Sets of patterns as bits of longs, bit {@code p} for the pattern of order {@code p}: the
 * prefilters combine them per start of a text, where a {@code BitSet} would allocate.
 */
final class PatternMasks {
    private PatternMasks() {
    }

    /** How many longs hold a bit for each of {@code patterns} patterns. */
    static int longs(int patterns) {
        return (patterns + 63) / 64;
    }

    /** Sets the bit of {@code pattern} in {@code mask}. */
    static void add(long[] mask, int pattern) {
        mask[pattern / 64] |= 1L << pattern;
    }
}
