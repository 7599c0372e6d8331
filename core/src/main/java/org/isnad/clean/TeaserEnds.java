package org.isnad.clean;

import java.util.Arrays;
import org.isnad.model.Span;
import org.isnad.text.Punctuation;

/**
 * Where a teaser opened inside one line ends: at the next bullet or the line's end, or, when that
 * run is long, at its first sentence end. The line's bullets, sentence ends and word starts are
 * indexed once, so each of a line's cues costs a few binary searches instead of a scan to the end
 * of the line: a one-line page with thousands of cues stays linear (issue 6).
 */
final class TeaserEnds {
    /** A teaser longer than this many words is cut at its first sentence end. */
    static final int LONG_TEASER_WORDS = 25;

    private final String text;
    private final int lineEnd;
    /** The bullets of the line, and for each the end of the text before it without its white space. */
    private final int[] bullets;
    private final int[] beforeBullet;
    /** Sentence ends that are followed by white space and do not follow a '.' ("..." is no end). */
    private final int[] stops;
    /** Where a run of non-white chars starts after white space. */
    private final int[] wordStarts;

    TeaserEnds(String text, Span line, Punctuation punctuation) {
        this.text = text;
        this.lineEnd = line.end();
        IntList b = new IntList();
        IntList before = new IntList();
        IntList s = new IntList();
        IntList w = new IntList();
        int lastNonWhite = line.start();
        for (int i = line.start(); i < lineEnd; i++) {
            char c = text.charAt(i);
            boolean white = Character.isWhitespace(c);
            if (punctuation.isBullet(c)) {
                b.add(i);
                before.add(lastNonWhite);
            }
            if (i > 0 && i + 1 < lineEnd && punctuation.isSentenceEnd(c) && Character.isWhitespace(text.charAt(i + 1))
                    && text.charAt(i - 1) != '.') {
                s.add(i);
            }
            if (i > line.start() && !white && Character.isWhitespace(text.charAt(i - 1))) {
                w.add(i);
            }
            if (!white) {
                lastNonWhite = i + 1;
            }
        }
        bullets = b.toArray();
        beforeBullet = before.toArray();
        stops = s.toArray();
        wordStarts = w.toArray();
    }

    /** The end of the teaser whose text starts at {@code from} (just after its cue), trailing white space left out. */
    int end(int from) {
        int b = firstAtOrAfter(bullets, from);
        int end = b < bullets.length ? bullets[b] : lineEnd;
        if (words(from, end) > LONG_TEASER_WORDS) {
            int s = firstAtOrAfter(stops, from);
            if (s < stops.length && stops[s] < end - 1) {
                return trim(from, stops[s] + 1);
            }
        }
        return b < bullets.length ? Math.max(from, beforeBullet[b]) : trim(from, end);
    }

    /** Runs of non-white chars in {@code [from, to)}; a run that began before {@code from} counts too. */
    private int words(int from, int to) {
        if (from >= to) {
            return 0;
        }
        int first = Character.isWhitespace(text.charAt(from)) ? 0 : 1;
        return first + Math.max(0, firstAtOrAfter(wordStarts, to) - firstAtOrAfter(wordStarts, from + 1));
    }

    private int trim(int from, int end) {
        int e = end;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static int firstAtOrAfter(int[] sorted, int at) {
        int i = Arrays.binarySearch(sorted, at);
        return i >= 0 ? i : -i - 1;
    }

    /** A growable list of ints, to keep the indexes unboxed. */
    private static final class IntList {
        private int[] items = new int[8];
        private int size;

        void add(int v) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}
