package org.isnad.time;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a word list into one regular expression shaped like a trie ("الثاني|الثالث" becomes
 * "الث(?:اني|الث)"), so that a failing position is rejected after a char or two instead of after
 * trying every word. Longer words are tried before their prefixes, so the longest word matches;
 * a space inside a phrase matches any run of white space.
 */
final class AlternationTrie {
    private final Map<Character, AlternationTrie> next = new TreeMap<>();
    private boolean end;

    private AlternationTrie() {
    }

    static String of(Collection<String> words) {
        AlternationTrie root = new AlternationTrie();
        for (String w : words) {
            AlternationTrie node = root;
            for (char c : w.toCharArray()) {
                node = node.next.computeIfAbsent(c, k -> new AlternationTrie());
            }
            node.end = true;
        }
        return root.next.isEmpty() ? "(?!)" : "(?:" + root.body() + ")";
    }

    private String body() {
        StringBuilder alt = new StringBuilder();
        for (Map.Entry<Character, AlternationTrie> e : next.entrySet()) {
            if (alt.length() > 0) {
                alt.append('|');
            }
            char c = e.getKey();
            alt.append(c == ' ' ? "\\s+" : quote(c));
            AlternationTrie child = e.getValue();
            if (!child.next.isEmpty()) {
                String sub = child.body();
                boolean single = child.next.size() == 1;
                // Greedy: the longer continuation first, the word ending here as the fallback.
                alt.append(child.end ? "(?:" + sub + ")?" : single ? sub : "(?:" + sub + ")");
            }
        }
        return alt.toString();
    }

    private static String quote(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }
}
