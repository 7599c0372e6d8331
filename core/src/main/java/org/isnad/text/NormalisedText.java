package org.isnad.text;

import java.util.Arrays;
import org.isnad.model.Span;

/**
 * A view of a text folded for matching (letters unified, marks dropped, glued words split), with
 * a map back to the original so that every match can be reported at its place in the original.
 */
public final class NormalisedText {
    private final String original;
    private final String text;
    /** For each char of {@link #text} (and one past the end): the original index it came from. */
    private final int[] toOriginal;

    public NormalisedText(String original, String text, int[] toOriginal) {
        if (toOriginal.length != text.length() + 1) {
            throw new IllegalArgumentException("offset map must have one entry per char plus one");
        }
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
    }

    /** The identity view: nothing folded. */
    public static NormalisedText identity(String original) {
        int[] map = new int[original.length() + 1];
        Arrays.setAll(map, i -> i);
        return new NormalisedText(original, original, map);
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    /** The original index of the normalised char at {@code index} ({@code length()} maps to the end). */
    public int originalIndex(int index) {
        return toOriginal[index];
    }

    /**
     * The original span covered by normalised {@code [start, end)}: from the original of the first
     * char to just after the original of the last char, so dropped marks inside are included.
     */
    public Span originalSpan(int start, int end) {
        if (start >= end) {
            int at = toOriginal[start];
            return new Span(at, at);
        }
        int from = toOriginal[start];
        int to = toOriginal[end - 1] + 1;
        // Marks that were dropped right after the last char (tanween, tatweel) belong to its word.
        int nextKept = toOriginal[end];
        while (to < nextKept && isDroppableMark(original.charAt(to))) {
            to++;
        }
        return new Span(from, to);
    }

    private static boolean isDroppableMark(char c) {
        return c == '\u0640' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The normalised index of the first char whose original index is at or after {@code originalIndex}. */
    public int normalisedIndex(int originalIndex) {
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toOriginal[mid] < originalIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return text;
    }
}
