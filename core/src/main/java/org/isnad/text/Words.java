package org.isnad.text;

import java.util.Arrays;
import org.isnad.model.Span;

/** The words of a normalised text (runs of letters and digits) with their original spans. */
final class Words {
    private final NormalisedText norm;
    private int count;
    private int[] nStart = new int[16];
    private int[] nEnd = new int[16];
    private int[] oStart = new int[16];
    private int[] oEnd = new int[16];

    Words(NormalisedText norm) {
        this.norm = norm;
        for (Token t : Tokenizer.tokens(norm, 0, norm.text().length())) {
            add(t.index(), t.end(), t.original());
        }
    }

    private void add(int ns, int ne, Span o) {
        if (count == nStart.length) {
            int size = count * 2;
            nStart = Arrays.copyOf(nStart, size);
            nEnd = Arrays.copyOf(nEnd, size);
            oStart = Arrays.copyOf(oStart, size);
            oEnd = Arrays.copyOf(oEnd, size);
        }
        nStart[count] = ns;
        nEnd[count] = ne;
        oStart[count] = o.start();
        oEnd[count] = o.end();
        count++;
    }

    int count() {
        return count;
    }

    int start(int k) {
        return oStart[k];
    }

    int end(int k) {
        return oEnd[k];
    }

    /** The folded form of word {@code k}. */
    String text(int k) {
        return norm.text().substring(nStart[k], nEnd[k]);
    }

    /** The index of the first word starting at or after original index {@code at} ({@code count()} when none). */
    int firstAtOrAfter(int at) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (oStart[mid] < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    Span span(int from, int toInclusive) {
        return new Span(oStart[from], oEnd[toInclusive]);
    }
}
