package org.isnad.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Spans of one text (clutter, quotes) sorted for the questions later stages ask of every phrase:
 * how much of it they cover, and which of them hold it. Each question costs a binary search and a
 * walk down a tree of the spans' ends that visits only the spans in the answer, so a long report
 * with thousands of phrases and spans stays linear, even when one span holds all the others.
 *
 * @param <T> what each span belongs to (a removal, a quote)
 */
public final class SpanIndex<T> {
    private final List<T> items;
    private final int[] starts;
    private final int[] ends;
    /** The greatest end among the first i+1 spans: answers "is there any" in one lookup. */
    private final int[] maxEnd;
    /** A max-tree over {@link #ends}: node p holds the greatest end of its leaves; leaf i is at {@code leaves + i}. */
    private final int[] tree;
    private final int leaves;

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
        int size = 1;
        while (size < n) {
            size *= 2;
        }
        leaves = size;
        tree = new int[2 * size];
        Arrays.fill(tree, -1);
        System.arraycopy(ends, 0, tree, size, n);
        for (int p = size - 1; p >= 1; p--) {
            tree[p] = Math.max(tree[2 * p], tree[2 * p + 1]);
        }
    }

    public static <T> SpanIndex<T> of(List<T> items, Function<T, Span> span) {
        return new SpanIndex<>(items, span);
    }

    /** The number of chars of {@code span} that the spans cover (overlapping spans count once each). */
    public int covered(Span span) {
        int[] total = new int[1];
        visit(lastStartingAtOrBefore(span.end() - 1), span.start() + 1,
                i -> total[0] += Math.max(0, Math.min(span.end(), ends[i]) - Math.max(span.start(), starts[i])));
        return total[0];
    }

    /** True when at least half of {@code span} is covered: a phrase half in clutter is clutter. */
    public boolean mostlyCovers(Span span) {
        return span.length() == 0 || 2 * covered(span) >= span.length();
    }

    /** True when some span overlaps {@code span} (as {@link Span#overlaps} says). */
    public boolean anyOverlaps(Span span) {
        int last = lastStartingAtOrBefore(span.end() - 1);
        return last >= 0 && maxEnd[last] > span.start();
    }

    /** The items whose spans hold all of {@code span}, innermost first. */
    public List<T> containing(Span span) {
        List<T> out = new ArrayList<>(1);
        visit(lastStartingAtOrBefore(span.start()), span.end(), i -> out.add(items.get(i)));
        return out;
    }

    /** Visits, from the last down, the spans among the first {@code last + 1} that end at or after {@code minEnd}. */
    private void visit(int last, int minEnd, IntConsumer action) {
        if (last >= 0) {
            visit(1, 0, leaves, last, minEnd, action);
        }
    }

    private void visit(int node, int from, int to, int last, int minEnd, IntConsumer action) {
        if (from > last || tree[node] < minEnd) {
            return;
        }
        if (to - from == 1) {
            action.accept(from);
            return;
        }
        int mid = (from + to) >>> 1;
        visit(2 * node + 1, mid, to, last, minEnd, action);
        visit(2 * node, from, mid, last, minEnd, action);
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
