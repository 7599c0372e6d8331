package org.isnad.time;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a regex into the set of prefixes, of at most {@code depth} chars, that its matches can start
 * with ({@link MatchPrefixes}). A prefix shorter than the depth is complete: anything may follow it
 * ("" is "anything at all"). Concatenation is done on open prefixes, those that are still short of
 * the depth and not cut by an unknown. A run of digits is one symbol ({@link MatchPrefixes#symbol}).
 */
final class PrefixParser {
    /** A char class with more chars than this is read as "any char". */
    private static final int SMALL_CLASS = 24;
    /** Beyond this many prefixes a set is cut to shorter ones. */
    private static final int MAX_PREFIXES = 4_000;
    private static final Set<String> EMPTY = Set.of("");
    /** Prefixes cut short by an unknown end with it while building (no char of a text). */
    private static final char CUT = '\0';

    /** A regex this reader does not know. */
    static class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    /** More prefixes than {@link #MAX_PREFIXES}: read again to a smaller depth. */
    static final class TooMany extends Unreadable {
    }

    private final String re;
    private final boolean ci;
    private final MatchPrefixes.Cache cache;
    private final int depth;
    int i;

    PrefixParser(String re, boolean ci, MatchPrefixes.Cache cache, int depth) {
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
                boolean run = !x.isEmpty() && x.charAt(x.length() - 1) == MatchPrefixes.DIGIT && !y.isEmpty() && y.charAt(0) == MatchPrefixes.DIGIT;
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
                return Set.of("" + MatchPrefixes.END_OF_TEXT + CUT, "\n" + CUT, "\r" + CUT, "\u0085" + CUT, "\u2028" + CUT, "\u2029" + CUT);
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
        int end = RegexSyntax.closingBracket(re, i);
        String cls = re.substring(i, end);
        i = end;
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
            return Set.of(String.valueOf(Character.toLowerCase(MatchPrefixes.symbol(c))));
        }
        return Set.of(String.valueOf(MatchPrefixes.symbol(c)));
    }

    private static Set<String> cut() {
        return Set.of(String.valueOf(CUT));
    }
}
