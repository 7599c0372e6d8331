package org.isnad.time;

/**
 * Splits the lookbehinds that open a regex from the rest: {@code (?<!A)(?<=B)rest} gives
 * {@code (?<!A)(?<=B)} and {@code rest}. A lookbehind of variable length is tried at every length it
 * can take, so at a word start where the rest fails at once it is the whole cost; checked only once
 * the rest has matched, the same match costs a fraction (issue 6, the throughput regression). Both
 * are zero-width at the same start, so the order of the checks does not change a match. A lookbehind
 * that holds a named group stays in place: its group would be lost.
 *
 * @param lookbehinds the opening lookbehinds, or "" when there are none
 * @param rest        the regex after them
 */
record LeadingLookbehinds(String lookbehinds, String rest) {
    static LeadingLookbehinds of(String regex) {
        int i = 0;
        while (regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i)) {
            int end = RegexSyntax.closingParen(regex, i);
            if (end < 0 || regex.substring(i, end).matches("(?s).*\\(\\?<[a-zA-Z].*")) {
                break;
            }
            i = end;
        }
        return new LeadingLookbehinds(regex.substring(0, i), regex.substring(i));
    }
}
