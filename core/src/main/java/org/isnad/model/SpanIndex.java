package org.isnad.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Spans of one text (clutter, quotes) sorted for the questions later stages ask of every phrase:
 * how much of it they cover, and which of them hold it. Each question costs a binary search, so a
 * long report with thousands of phrases and spans stays linear.
 *
 * @param <T> what each span belongs to (a removal, a quote)
 */
public final class SpanIndex<T> {
    private final List<T> items;
    private final int[] starts;
    private final int[] ends;
    /** The greatest end among the first i+1 spans: lets a search stop early, even for nested spans. */
    private final int[] maxEnd;

    private SpanIndex(List<T> items, Function<T, Span> span) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(span));
        this.items = sorted;
        int n = sorted.size();
        starts = new int[n];
        ends = new int[n];
        maxEnd = new int[n];
        for (int i = 0; i < n; i++) {
            Span s = span.apply(sorted.get(i));
            starts[i] = s.start();
            ends[i] = s.end();
            maxEnd[i] = Math.max(s.end(), i > 0 ? maxEnd[i - 1] : 0);
        }
    }

    public static <T> SpanIndex<T> of(List<T> items, Function<T, Span> span) {
        return new SpanIndex<>(items, span);
    }

    /** The number of chars of {@code span} that the spans cover (overlapping spans count once each). */
    public int covered(Span span) {
        int total = 0;
        for (int i = lastStartingAtOrBefore(span.end() - 1); i >= 0 && maxEnd[i] > span.start(); i--) {
            total += Math.max(0, Math.min(span.end(), ends[i]) - Math.max(span.start(), starts[i]));
        }
        return total;
    }

    /** True when at least half of {@code span} is covered: a phrase half in clutter is clutter. */
    public boolean mostlyCovers(Span span) {
        return span.length() == 0 || 2 * covered(span) >= span.length();
    }

    /** The items whose spans hold all of {@code span}, innermost first. */
    public List<T> containing(Span span) {
        List<T> out = new ArrayList<>(1);
        for (int i = lastStartingAtOrBefore(span.start()); i >= 0 && maxEnd[i] >= span.end(); i--) {
            if (ends[i] >= span.end()) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    private int lastStartingAtOrBefore(int at) {
        int i = Arrays.binarySearch(starts, at);
        if (i < 0) {
            return -i - 2;
        }
        while (i + 1 < starts.length && starts[i + 1] == at) {
            i++;
        }
        return i;
    }
}
