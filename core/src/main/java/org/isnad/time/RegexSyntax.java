package org.isnad.time;

/** Reading the patterns' regexes as text: where a group or a char class ends, what is literal. Escapes and char classes are skipped. */
final class RegexSyntax {
    private RegexSyntax() {
    }

    /** The index after the parenthesis that closes the group opening at {@code open}; -1 if none. */
    static int closingParen(String regex, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int j = open; j < regex.length(); j++) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j + 1;
            }
        }
        return -1;
    }

    /** The index after the bracket that closes the char class opening at {@code open} (nested classes too); the length if none. */
    static int closingBracket(String regex, int open) {
        int depth = 0;
        for (int j = open; j < regex.length(); j++) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return j + 1;
            }
        }
        return regex.length();
    }

    private static final java.util.regex.Pattern SYNTAX =
            java.util.regex.Pattern.compile("\\{[a-z0-9]+}|\\(\\?<[a-zA-Z0-9]+>|\\\\[pP]\\{[A-Za-z]+}|\\\\[a-zA-Z]");

    /**
     * The regex with its ASCII syntax blanked out (lexicon names and quantifiers in braces, group
     * names, char properties, escapes), so that the letters left are its literal words.
     */
    static String literalText(String regex) {
        return SYNTAX.matcher(regex).replaceAll(" ");
    }
}
