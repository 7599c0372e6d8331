package org.isnad.time;

import java.util.HashSet;
import java.util.Set;

/**
 * The lexicon names ({@code {unit}}, {@code {month}}) that every match of a pattern holds, read off
 * the pattern as written, as a set of requirements each met by a word of one of its names: a name is
 * required when it stands in the pattern's sequence without a quantifier that lets it be left out; an
 * alternation whose every branch requires something requires a word of one of those ("{unit}|{unitdef}").
 * A start is worth trying only when such a word follows it closely (issue 6, the throughput
 * regression). Lookarounds require nothing of the match itself.
 */
final class RequiredMacros {
    private final String re;
    private int i;

    private RequiredMacros(String re) {
        this.re = re;
    }

    /** The requirements of every match of {@code source}, each a set of names; empty when none can be told. */
    static Set<Set<String>> of(String source) {
        RequiredMacros r = new RequiredMacros(source);
        try {
            Set<Set<String>> out = r.alternation();
            return r.i == source.length() ? out : Set.of();
        } catch (RuntimeException e) {
            return Set.of(); // a pattern this reader does not follow requires nothing: always tried
        }
    }

    private Set<Set<String>> alternation() {
        Set<Set<String>> first = sequence();
        if (i >= re.length() || re.charAt(i) != '|') {
            return first;
        }
        // Each branch meets its own requirement: a word of any of the branches' names will do.
        Set<String> either = new HashSet<>();
        boolean all = fewest(first, either);
        while (i < re.length() && re.charAt(i) == '|') {
            i++;
            all &= fewest(sequence(), either);
        }
        Set<Set<String>> out = new HashSet<>();
        if (all) {
            out.add(either);
        }
        return out;
    }

    /** Adds the names of the requirement with the fewest names to {@code into}; false when there is none. */
    private static boolean fewest(Set<Set<String>> requirements, Set<String> into) {
        Set<String> best = null;
        for (Set<String> r : requirements) {
            if (best == null || r.size() < best.size()) {
                best = r;
            }
        }
        if (best == null) {
            return false;
        }
        into.addAll(best);
        return true;
    }

    private Set<Set<String>> sequence() {
        Set<Set<String>> out = new HashSet<>();
        while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
            Set<Set<String>> atom = atom();
            if (!optional()) {
                out.addAll(atom);
            }
        }
        return out;
    }

    /** Reads a quantifier after an atom, if any: whether it lets the atom be left out. */
    private boolean optional() {
        if (i >= re.length()) {
            return false;
        }
        char q = re.charAt(i);
        boolean optional;
        if (q == '?' || q == '*') {
            i++;
            optional = true;
        } else if (q == '+') {
            i++;
            optional = false;
        } else if (q == '{' && i + 1 < re.length() && Character.isDigit(re.charAt(i + 1))) {
            int close = re.indexOf('}', i);
            optional = re.charAt(i + 1) == '0';
            i = close + 1;
        } else {
            return false;
        }
        if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
            i++;
        }
        return optional;
    }

    private Set<Set<String>> atom() {
        char c = re.charAt(i);
        if (c == '(') {
            int end = RegexSyntax.closingParen(re, i);
            if (end < 0) {
                throw new IllegalArgumentException("unclosed group");
            }
            if (re.startsWith("(?=", i) || re.startsWith("(?!", i) || re.startsWith("(?<=", i) || re.startsWith("(?<!", i)) {
                i = end;
                return new HashSet<>();
            }
            i += re.startsWith("(?:", i) ? 3 : re.startsWith("(?<", i) ? re.indexOf('>', i) + 1 - i : 1;
            Set<Set<String>> inside = alternation();
            if (i != end - 1) {
                throw new IllegalArgumentException("group read short");
            }
            i = end;
            return inside;
        }
        if (c == '{' && i + 1 < re.length() && Character.isLetter(re.charAt(i + 1))) {
            int close = re.indexOf('}', i);
            String name = re.substring(i + 1, close);
            i = close + 1;
            Set<Set<String>> out = new HashSet<>();
            out.add(Set.of(name));
            return out;
        }
        if (c == '[') {
            i = RegexSyntax.closingBracket(re, i);
            return new HashSet<>();
        }
        if (c == '\\') {
            if (i + 2 < re.length() && (re.charAt(i + 1) == 'p' || re.charAt(i + 1) == 'P') && re.charAt(i + 2) == '{') {
                i = re.indexOf('}', i) + 1;
            } else {
                i += 2;
            }
            return new HashSet<>();
        }
        i++;
        return new HashSet<>();
    }
}
