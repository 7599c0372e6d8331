package org.isnad.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.isnad.model.Span;

/**
 * Finds the names of a fixed list of places in a normalised text by looking each word up, not by a
 * regex tried at every position: a sentence costs a hash lookup per word (issue 6, the throughput
 * regression). A name may carry a one-letter proclitic (بدمشق، لسوريا), which stays outside its span;
 * a space in a name matches any run of white space; a name ends where a word ends. Where two names
 * could start at a word, the longer wins, and a reading with the proclitic is tried first (as a
 * regex with an optional proclitic before a trie of the names would).
 */
final class PlaceNames {
    /** A name found: its span (proclitic left out) and the name as listed. */
    record Found(int start, int end, String name) {
    }

    /** Names by their first run of letters or digits, longest first. */
    private final Map<String, List<String>> byFirstWord = new HashMap<>();
    private final String proclitics;

    PlaceNames(Iterable<String> names, String proclitics) {
        this.proclitics = proclitics;
        for (String n : names) {
            int end = 0;
            while (end < n.length() && Character.isLetterOrDigit(n.charAt(end))) {
                end++;
            }
            if (end > 0) {
                byFirstWord.computeIfAbsent(n.substring(0, end), k -> new ArrayList<>()).add(n);
            }
        }
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    }

    /** The names inside {@code stretches} (sorted, disjoint) of {@code text}, in order. */
    void find(String text, List<Span> stretches, Consumer<Found> each) {
        for (Span w : stretches) {
            int i = w.start();
            while (i < w.end()) {
                if (!Character.isLetterOrDigit(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                    i++;
                    continue;
                }
                int wordEnd = i;
                while (wordEnd < text.length() && Character.isLetterOrDigit(text.charAt(wordEnd))) {
                    wordEnd++;
                }
                Found f = null;
                if (wordEnd - i > 1 && proclitics.indexOf(text.charAt(i)) >= 0) {
                    f = at(text, i + 1, wordEnd, w.end());
                }
                if (f == null) {
                    f = at(text, i, wordEnd, w.end());
                }
                if (f != null) {
                    each.accept(f);
                    i = f.end();
                } else {
                    i = wordEnd;
                }
            }
        }
    }

    /** The longest name starting at {@code start} whose first word ends at {@code wordEnd}, within {@code limit}. */
    private Found at(String text, int start, int wordEnd, int limit) {
        List<String> names = byFirstWord.get(text.substring(start, wordEnd));
        if (names == null) {
            return null;
        }
        for (String name : names) {
            int end = matchEnd(text, start, name, limit);
            if (end >= 0) {
                return new Found(start, end, name);
            }
        }
        return null;
    }

    private static int matchEnd(String text, int start, String name, int limit) {
        int t = start;
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c == ' ') {
                int from = t;
                while (t < limit && Character.isWhitespace(text.charAt(t))) {
                    t++;
                }
                if (t == from) {
                    return -1;
                }
            } else if (t < limit && text.charAt(t) == c) {
                t++;
            } else {
                return -1;
            }
        }
        return t < text.length() && Character.isLetterOrDigit(text.charAt(t)) ? -1 : t;
    }
}
