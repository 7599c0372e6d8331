package org.isnad.time;

/**
 * A recognised stretch of the normalised text and what it says.
 *
 * @param secondStart for a pair of days ("من 27 إلى 29"), where the far end starts; -1 otherwise
 * @param firstEnd    for such a pair, where the near end stops; -1 otherwise
 */
record Chunk(int start, int end, TimePattern.Kind kind, TimeFields fields, int order, int firstEnd, int secondStart) {
    int length() {
        return end - start;
    }

    boolean overlaps(Chunk o) {
        return start < o.end && o.start < end;
    }
}
