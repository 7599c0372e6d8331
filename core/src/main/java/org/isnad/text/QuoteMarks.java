package org.isnad.text;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Span;

/**
 * Pairs quote marks line by line (a quote never crosses a line break, so an unbalanced mark
 * costs at most one line). A mark that both opens and closes (" ') opens only after a non-letter
 * and closes only before one, so an apostrophe inside a word is left alone. A closing mark
 * closes the nearest open mark it matches; marks opened inside it and never closed are dropped.
 */
final class QuoteMarks {
    /** Open marks kept per line; deeper nesting in hostile text drops the oldest. */
    private static final int MAX_DEPTH = 16;

    /** A pair of marks: the open mark's index and the close mark's index. */
    record Pair(int open, int close) {
        Span inner() {
            return new Span(open + 1, close);
        }
    }

    private final SegmentRules rules;

    QuoteMarks(SegmentRules rules) {
        this.rules = rules;
    }

    List<Pair> find(String t) {
        List<Pair> pairs = new ArrayList<>();
        List<Integer> stack = new ArrayList<>();
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (SentenceSplitter.isLineBreak(c)) {
                stack.clear();
                continue;
            }
            boolean closer = rules.quoteClose.contains(c);
            boolean opener = rules.quoteOpen.contains(c);
            if (!closer && !opener) {
                continue;
            }
            boolean symmetric = rules.closes(c, c);
            if (closer && (!symmetric || !wordCharAt(t, i + 1))) {
                int k = stack.size() - 1;
                while (k >= 0 && !rules.closes(t.charAt(stack.get(k)), c)) {
                    k--;
                }
                if (k >= 0) {
                    pairs.add(new Pair(stack.get(k), i));
                    stack.subList(k, stack.size()).clear();
                    continue;
                }
            }
            if (opener && (!symmetric || !wordCharAt(t, i - 1))) {
                if (stack.size() == MAX_DEPTH) {
                    stack.remove(0);
                }
                stack.add(i);
            }
        }
        pairs.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return pairs;
    }

    private static boolean wordCharAt(String t, int i) {
        return i >= 0 && i < t.length() && Character.isLetterOrDigit(t.charAt(i));
    }
}
