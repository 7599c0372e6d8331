package org.isnad.text;

import java.util.HashMap;
import java.util.Map;

/**
 * A set of words that can be looked up inside a char buffer without allocating: a trie, so the
 * words that start at a position are found in one walk.
 */
final class WordList {
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        boolean word;
    }

    private final Node root = new Node();
    private int longest;
    private int shortest = Integer.MAX_VALUE;

    void add(String word) {
        if (word.isEmpty()) {
            return;
        }
        Node n = root;
        for (int i = 0; i < word.length(); i++) {
            n = n.next.computeIfAbsent(word.charAt(i), k -> new Node());
        }
        n.word = true;
        longest = Math.max(longest, word.length());
        shortest = Math.min(shortest, word.length());
    }

    boolean isEmpty() {
        return longest == 0;
    }

    int longest() {
        return longest;
    }

    int shortest() {
        return isEmpty() ? 0 : shortest;
    }

    boolean contains(CharSequence s, int from, int to) {
        Node n = root;
        for (int i = from; i < to && n != null; i++) {
            n = n.next.get(s.charAt(i));
        }
        return n != null && n.word;
    }

    boolean contains(CharSequence s) {
        return contains(s, 0, s.length());
    }

    /**
     * Lengths of the words that start at {@code from} and end at or before {@code to}, longest
     * first, written into {@code out}; returns how many.
     */
    int prefixes(CharSequence s, int from, int to, int[] out) {
        int count = 0;
        Node n = root;
        for (int i = from; i < to; i++) {
            n = n.next.get(s.charAt(i));
            if (n == null) {
                break;
            }
            if (n.word && count < out.length) {
                out[count++] = i + 1 - from;
            }
        }
        for (int a = 0, b = count - 1; a < b; a++, b--) {
            int t = out[a];
            out[a] = out[b];
            out[b] = t;
        }
        return count;
    }
}
