package org.isnad.bench.disagreement;

/**
 * One time expression one engine found in a report, at offsets of the report's text
 * ({@code [start, end)}, UTF-16 units), with its TIMEX3 type and value ({@code null} when it has none).
 */
public record FoundTimex(int start, int end, String type, String value) implements Comparable<FoundTimex> {
    public FoundTimex {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** Characters both spans cover. */
    public int overlap(FoundTimex other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    /** Characters either span covers, counting the gap between two disjoint spans as neither. */
    public int union(FoundTimex other) {
        return length() + other.length() - overlap(other);
    }

    public String text(String reportText) {
        return reportText.substring(start, end);
    }

    @Override
    public int compareTo(FoundTimex o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
