package org.isnad.time;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first few chars any match of a regex can start with, worked out from the regex itself, so
 * that a start where no match can begin is passed over without running the regex. Java's regex
 * tries the branches of an alternation one by one: a pattern of a hundred words costs a failing
 * start a hundred comparisons, where this costs a lookup or three (issue 6, the throughput regression).
 *
 * <p>The analysis is conservative: what it does not know (a large char class, a backreference, an
 * inline flag) it reads as "any char from here on", and a regex it cannot read at all gets no filter
 * ({@link #of} returns null). Lookbehinds and negative lookaheads are read as empty: they only narrow
 * a match further; a lookahead that ends its branch says what comes next. The reading is
 * {@link PrefixParser}'s; this is the trie it gives and its lookup.
 */
final class MatchPrefixes {
    /** How many chars of a match's start are looked at, at most; fewer when the prefixes would be too many. */
    private static final int DEPTH = 3;

    private final Node root;
    private final boolean caseInsensitive;

    private MatchPrefixes(Node root, boolean caseInsensitive) {
        this.root = root;
        this.caseInsensitive = caseInsensitive;
    }

    /** The prefixes of {@code regex}'s matches, or null when it cannot tell (then every start is tried). */
    static MatchPrefixes of(String regex, boolean caseInsensitive) {
        return of(regex, caseInsensitive, new Cache());
    }

    /** What earlier calls worked out (char classes, groups), for the next ones: a lexicon's words recur. */
    static final class Cache {
        final Map<String, BitSet> classes = new HashMap<>();
        final Map<String, Set<String>> groups = new HashMap<>();
    }

    /** The same, with what earlier calls worked out ({@code cache}, filled in). */
    static MatchPrefixes of(String regex, boolean caseInsensitive, Cache cache) {
        Set<String> prefixes = null;
        for (int depth = DEPTH; depth > 0 && prefixes == null; depth--) {
            try {
                PrefixParser p = new PrefixParser(regex, caseInsensitive, cache, depth);
                prefixes = p.alternation();
                if (p.i != regex.length()) {
                    return null;
                }
            } catch (PrefixParser.TooMany e) {
                prefixes = null;
            } catch (PrefixParser.Unreadable e) {
                return null;
            }
        }
        if (prefixes == null || prefixes.contains("")) {
            return null; // a match may start with anything
        }
        Map<Character, Object> root = new java.util.TreeMap<>();
        for (String s : prefixes) {
            Map<Character, Object> n = root;
            for (int k = 0; k < s.length(); k++) {
                @SuppressWarnings("unchecked")
                Map<Character, Object> child = (Map<Character, Object>) n.computeIfAbsent(s.charAt(k), c -> new java.util.TreeMap<>());
                n = child;
            }
            n.put(END, Boolean.TRUE);
        }
        return new MatchPrefixes(Node.of(root), caseInsensitive);
    }

    /** Whether a match may start at {@code at} of {@code text}. */
    boolean mayStartAt(CharSequence text, int at) {
        Node n = root;
        for (int i = at; i < text.length(); i++) {
            char c = symbol(text.charAt(i));
            n = n.next(caseInsensitive && c < 0x80 ? Character.toLowerCase(c) : c);
            if (n == null) {
                return false;
            }
            if (n.end) {
                return true;
            }
            while (c == DIGIT && i + 1 < text.length() && symbol(text.charAt(i + 1)) == DIGIT) {
                i++; // a run of digits is one symbol
            }
        }
        return n.next(END_OF_TEXT) != null;
    }

    /**
     * What a char counts as: every ASCII digit is {@link #DIGIT}. A run of digits counts once, on
     * both sides, so that "3 أيام" and "15 شهرا" are told apart by the word after the number, not
     * by how many digits it has (a number is in most patterns, and in every report).
     */
    static char symbol(char c) {
        return c >= '0' && c <= '9' ? DIGIT : c;
    }

    static final char DIGIT = '0';
    /** Stands for the end of the text in a prefix (a regex's {@code $}); no char of a text. */
    static final char END_OF_TEXT = '\uFFFE';

    /** The key that marks a prefix's end in the maps a trie is built from (no char of a text). */
    private static final Character END = '\uFFFF';

    /** A trie node as sorted arrays: looked up by binary search, with no boxing on the hot path. */
    private static final class Node {
        private final char[] keys;
        private final Node[] children;
        final boolean end;

        private Node(char[] keys, Node[] children, boolean end) {
            this.keys = keys;
            this.children = children;
            this.end = end;
        }

        static Node of(Map<Character, Object> map) {
            boolean end = map.containsKey(END);
            int n = map.size() - (end ? 1 : 0);
            char[] keys = new char[n];
            Node[] children = new Node[n];
            int k = 0;
            for (Map.Entry<Character, Object> e : map.entrySet()) {
                if (e.getKey().equals(END)) {
                    continue;
                }
                keys[k] = e.getKey();
                @SuppressWarnings("unchecked")
                Map<Character, Object> child = (Map<Character, Object>) e.getValue();
                children[k++] = of(child);
            }
            return new Node(keys, children, end);
        }

        Node next(char c) {
            int i = java.util.Arrays.binarySearch(keys, c);
            return i < 0 ? null : children[i];
        }
    }


    boolean caseInsensitive() {
        return caseInsensitive;
    }

    /** The chars a match can begin with (lower case for a case-folding regex: look the text's char up folded). */
    char[] firstChars() {
        return root.keys.clone();
    }

    /** For tests: the prefixes as strings, "" for "any". */
    List<String> prefixes() {
        List<String> out = new ArrayList<>();
        collect(root, "", out);
        return out;
    }

    private static void collect(Node n, String at, List<String> out) {
        if (n.end) {
            out.add(at);
        }
        for (int i = 0; i < n.keys.length; i++) {
            collect(n.children[i], at + n.keys[i], out);
        }
    }
}
