package org.isnad.time;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first few chars any match of a regex can start with, worked out from the regex itself, so
 * that a start where no match can begin is passed over without running the regex. Java's regex
 * tries the branches of an alternation one by one: a pattern of a hundred words costs a failing
 * start a hundred comparisons, where this costs a lookup or three (issue 6, the throughput regression).
 *
 * <p>The analysis is conservative: what it does not know (a large char class, a backreference, an
 * inline flag) it reads as "any char from here on", and a regex it cannot read at all gets no filter
 * ({@link #of} returns null). Lookarounds are read as empty: they only narrow a match further.
 */
final class MatchPrefixes {
    /** How many chars of a match's start are looked at, at most; fewer when the prefixes would be too many. */
    private static final int DEPTH = 3;
    /** A char class with more chars than this is read as "any char". */
    private static final int SMALL_CLASS = 24;
    /** Beyond this many prefixes a set is cut to shorter ones. */
    private static final int MAX_PREFIXES = 4_000;

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
        private final Map<String, BitSet> classes = new HashMap<>();
        private final Map<String, Set<String>> groups = new HashMap<>();
    }

    /** The same, with what earlier calls worked out ({@code cache}, filled in). */
    static MatchPrefixes of(String regex, boolean caseInsensitive, Cache cache) {
        Set<String> prefixes = null;
        for (int depth = DEPTH; depth > 0 && prefixes == null; depth--) {
            try {
                Parser p = new Parser(regex, caseInsensitive, cache, depth);
                prefixes = p.alternation();
                if (p.i != regex.length()) {
                    return null;
                }
            } catch (TooMany e) {
                prefixes = null;
            } catch (Unreadable e) {
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

    private static final char DIGIT = '0';
    private static final Set<String> EMPTY = Set.of("");
    /** Stands for the end of the text in a prefix (a regex's {@code $}); no char of a text. */
    private static final char END_OF_TEXT = '\uFFFE';

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

    private static class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    private static final class TooMany extends Unreadable {
    }

    /**
     * Reads the regex into sets of prefixes of at most {@link #DEPTH} chars. A prefix shorter than
     * the depth is complete: anything may follow it ("" is "anything at all"). Concatenation is
     * done on open prefixes, those that are still {@link #DEPTH} short and not cut by an unknown.
     */
    private static final class Parser {
        private final String re;
        private final boolean ci;
        private final Cache cache;
        private final int depth;
        int i;
        /** Prefixes cut short by an unknown (marked with a trailing NUL while building). */
        private static final char CUT = '\0';

        Parser(String re, boolean ci, Cache cache, int depth) {
            this.depth = depth;
            this.re = re;
            this.ci = ci;
            this.cache = cache;
        }

        Set<String> alternation() {
            Set<String> out = new HashSet<>(sequence());
            while (i < re.length() && re.charAt(i) == '|') {
                i++;
                out.addAll(sequence());
            }
            return out;
        }

        /** A set of open-or-closed prefixes; a prefix ending in CUT is closed. */
        private Set<String> sequence() {
            Set<String> acc = new HashSet<>();
            acc.add("");
            // A lookahead that nothing consuming follows in its branch says what comes next
            // ("(?=\\s+مساء)" after an hour): its words extend the prefixes, closed, since the
            // text after it is the same text it looked at.
            Set<String> ahead = null;
            while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
                if (re.startsWith("(?=", i)) {
                    ahead = lookahead();
                    continue;
                }
                Set<String> atom = quantified(atom());
                if (!atom.equals(EMPTY)) {
                    ahead = null;
                }
                acc = concat(acc, atom);
            }
            if (ahead != null) {
                Set<String> closedAhead = new HashSet<>();
                for (String a : ahead) {
                    closedAhead.add(a.length() >= depth ? a : a + CUT);
                }
                acc = concat(acc, closedAhead);
            }
            // At the end of a branch, what is still open is complete: anything may follow.
            Set<String> out = new HashSet<>();
            for (String s : acc) {
                out.add(strip(s));
            }
            return out;
        }

        private Set<String> concat(Set<String> a, Set<String> b) {
            Set<String> out = new HashSet<>();
            for (String x : a) {
                if (closed(x)) {
                    out.add(x);
                    continue;
                }
                for (String y : b) {
                    boolean run = !x.isEmpty() && x.charAt(x.length() - 1) == DIGIT && !y.isEmpty() && y.charAt(0) == DIGIT;
                    String joined = run ? x + y.substring(1) : x + y;
                    out.add(joined.length() > depth ? joined.substring(0, depth) : joined);
                }
            }
            if (out.size() > MAX_PREFIXES) {
                throw new TooMany();
            }
            return out;
        }

        private boolean closed(String s) {
            return s.length() >= depth || !s.isEmpty() && s.charAt(s.length() - 1) == CUT;
        }

        private static String strip(String s) {
            return !s.isEmpty() && s.charAt(s.length() - 1) == CUT ? s.substring(0, s.length() - 1) : s;
        }

        private Set<String> quantified(Set<String> atom) {
            if (i >= re.length()) {
                return atom;
            }
            char q = re.charAt(i);
            int min;
            boolean repeats;
            if (q == '?' || q == '*' || q == '+') {
                i++;
                min = q == '+' ? 1 : 0;
                repeats = q != '?';
            } else if (q == '{' && i + 1 < re.length() && Character.isDigit(re.charAt(i + 1))) {
                int close = re.indexOf('}', i);
                String[] range = re.substring(i + 1, close).split(",", -1);
                i = close + 1;
                min = Integer.parseInt(range[0]);
                repeats = range.length > 1 ? range[1].isEmpty() || Integer.parseInt(range[1]) > 1 : min > 1;
            } else {
                return atom;
            }
            if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
                i++; // lazy or possessive: the same strings
            }
            Set<String> once = atom;
            Set<String> out = new HashSet<>();
            if (min == 0) {
                out.add("");
            }
            // Up to depth repeats reach every prefix of depth chars; the rest only lengthens them.
            Set<String> acc = new HashSet<>(Set.of(""));
            for (int k = 1; k <= Math.max(min, repeats ? depth : 1); k++) {
                acc = concat(acc, once);
                if (k >= Math.max(min, 1)) {
                    out.addAll(acc);
                }
            }
            return out;
        }

        private Set<String> atom() {
            char c = re.charAt(i);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return chars(charClass());
                case '.':
                    i++;
                    return cut();
                case '^':
                    i++;
                    return Set.of("");
                case '$':
                    // The end of the text, or a line break before it: nothing more is read after either.
                    i++;
                    return Set.of("" + END_OF_TEXT + CUT, "\n" + CUT, "\r" + CUT, "\u0085" + CUT, "\u2028" + CUT, "\u2029" + CUT);
                case '\\':
                    return escape();
                default:
                    i++;
                    return literal(c);
            }
        }

        /** The prefixes a positive lookahead asks for; null when it cannot be read (then it asks nothing). */
        private Set<String> lookahead() {
            int open = i;
            int end = closing(open);
            i = open + 3;
            try {
                Set<String> inside = alternation();
                if (i == end - 1) {
                    i = end;
                    return inside;
                }
            } catch (TooMany e) {
                throw e;
            } catch (Unreadable e) {
                // fall through: read as asking nothing
            }
            i = end;
            return null;
        }

        private Set<String> group() {
            int open = i;
            i++;
            if (re.startsWith("?=", i) || re.startsWith("?!", i) || re.startsWith("?<=", i) || re.startsWith("?<!", i)) {
                i = closing(open);
                return Set.of(""); // a lookaround only narrows a match: read as empty
            }
            if (re.startsWith("?:", i)) {
                i += 2;
            } else if (re.startsWith("?<", i)) {
                i = re.indexOf('>', i) + 1;
            } else if (re.startsWith("?", i)) {
                throw new Unreadable(); // inline flags, atomic groups: not used by the patterns
            }
            // A lexicon's alternation recurs in many patterns: read once per depth.
            String key = depth + (ci ? "i" : "") + re.substring(open, closing(open));
            Set<String> known = cache.groups.get(key);
            if (known != null) {
                i = open + key.length() - (ci ? 2 : 1);
                return known;
            }
            Set<String> inside = alternation();
            if (i >= re.length() || re.charAt(i) != ')') {
                throw new Unreadable();
            }
            i++;
            cache.groups.put(key, inside);
            return inside;
        }

        private Set<String> escape() {
            char e = re.charAt(i + 1);
            if (e == 'Q') {
                int end = re.indexOf("\\E", i + 2);
                String quoted = re.substring(i + 2, end < 0 ? re.length() : end);
                i = end < 0 ? re.length() : end + 2;
                Set<String> acc = new HashSet<>(Set.of(""));
                for (char q : quoted.toCharArray()) {
                    acc = concat(acc, literal(q));
                }
                return acc;
            }
            if (e == 'p' || e == 'P') {
                int end = re.charAt(i + 2) == '{' ? re.indexOf('}', i) + 1 : i + 3;
                String cls = re.substring(i, end);
                i = end;
                return chars(classOf(cls));
            }
            if (Character.isLetterOrDigit(e)) {
                if ("dDsSwWhHvV".indexOf(e) < 0) {
                    throw new Unreadable(); // word boundaries, backreferences, char codes: not used by the patterns
                }
                i += 2;
                return chars(classOf("\\" + e));
            }
            i += 2;
            return literal(e);
        }

        /** The index after the parenthesis that closes the one at {@code open}. */
        private int closing(int open) {
            int end = RegexSyntax.closingParen(re, open);
            if (end < 0) {
                throw new Unreadable();
            }
            return end;
        }

        /** The chars of a [...] class; null when it has more than a small class holds. */
        private BitSet charClass() {
            int nesting = 0;
            int j = i;
            for (; j < re.length(); j++) {
                char c = re.charAt(j);
                if (c == '\\') {
                    j++;
                } else if (c == '[') {
                    nesting++;
                } else if (c == ']' && --nesting == 0) {
                    break;
                }
            }
            String cls = re.substring(i, j + 1);
            i = j + 1;
            return classOf(cls);
        }

        private BitSet classOf(String cls) {
            if (cls.equals("\\d")) {
                return range('0', '9');
            }
            if (cls.equals("\\s")) {
                BitSet ws = new BitSet();
                " \t\n\u000B\f\r".chars().forEach(ws::set);
                return ws;
            }
            return cache.classes.computeIfAbsent(cls + (ci ? "/i" : ""), k -> bruteForce(cls));
        }

        private static BitSet range(char from, char to) {
            BitSet b = new BitSet();
            b.set(from, to + 1);
            return b;
        }

        /** A class's chars, by asking the regex engine about each char: exact, whatever the syntax. */
        private BitSet bruteForce(String cls) {
            Pattern p = Pattern.compile(cls, ci ? Pattern.CASE_INSENSITIVE : 0);
            BitSet in = new BitSet(0x10000);
            for (int c = 0; c < 0x10000 && in.cardinality() <= SMALL_CLASS; c++) {
                if (p.matcher(String.valueOf((char) c)).matches()) {
                    in.set(c);
                }
            }
            return in.cardinality() > SMALL_CLASS ? null : in;
        }

        private Set<String> chars(BitSet in) {
            if (in == null) {
                return cut();
            }
            Set<String> out = new HashSet<>();
            for (int c = in.nextSetBit(0); c >= 0; c = in.nextSetBit(c + 1)) {
                out.addAll(literal((char) c));
            }
            return out;
        }

        private Set<String> literal(char c) {
            if (Character.isSurrogate(c)) {
                return cut();
            }
            if (ci && c < 0x80) {
                return Set.of(String.valueOf(Character.toLowerCase(symbol(c))));
            }
            return Set.of(String.valueOf(symbol(c)));
        }

        private static Set<String> cut() {
            return Set.of(String.valueOf(CUT));
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
