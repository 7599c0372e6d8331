package org.isnad.text;

/**
 * Finds where a token is two or more listed words run together ("نوفمبرتشرين"), optionally after a
 * one-letter proclitic. Only a token that is covered exactly by listed words is split, so an
 * ordinary word that merely starts with a month name stays whole.
 */
final class GlueSplitter {
    /** Tokens longer than this many listed words are never split (and backtracking stays bounded). */
    private static final int MAX_PARTS = 4;
    private static final int[] NONE = new int[0];

    private final WordList words;
    private final WordList proclitics;

    GlueSplitter(WordList words, WordList proclitics) {
        this.words = words;
        this.proclitics = proclitics;
    }

    /** Split points (absolute indices of {@code s}) inside {@code [from, to)}, ascending; empty when none. */
    int[] splits(CharSequence s, int from, int to) {
        int len = to - from;
        if (words.isEmpty() || len < 2 * words.shortest() || len > MAX_PARTS * words.longest() + 2) {
            return NONE;
        }
        int[] cuts = new int[MAX_PARTS];
        int n = cover(s, from, to, cuts, 0);
        if (n > 0) {
            return java.util.Arrays.copyOf(cuts, n);
        }
        int[] pre = new int[2];
        int np = proclitics.prefixes(s, from, to, pre);
        for (int p = 0; p < np; p++) {
            n = cover(s, from + pre[p], to, cuts, 0);
            if (n > 0) {
                return java.util.Arrays.copyOf(cuts, n);
            }
        }
        return NONE;
    }

    /** Covers {@code [from, to)} with listed words; returns the number of cuts, 0 when not split, -1 when not covered. */
    private int cover(CharSequence s, int from, int to, int[] cuts, int depth) {
        if (depth >= MAX_PARTS) {
            return -1;
        }
        int[] lengths = new int[8];
        int n = words.prefixes(s, from, to, lengths);
        for (int i = 0; i < n; i++) {
            int end = from + lengths[i];
            if (end == to) {
                return depth;
            }
            cuts[depth] = end;
            int r = cover(s, end, to, cuts, depth + 1);
            if (r > 0) {
                return r;
            }
        }
        return depth == 0 ? 0 : -1;
    }
}
