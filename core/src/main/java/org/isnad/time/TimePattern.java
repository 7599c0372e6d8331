package org.isnad.time;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of {@code time/patterns.tsv}, compiled.
 *
 * @param regex  the expression without its opening lookbehinds, anchored at word boundaries
 * @param guard  its opening lookbehinds, checked at a match's start once {@code regex} has matched
 *               there (see {@link LeadingLookbehinds}); null when it has none
 * @param prefixes   the chars a match of {@code regex} can start with; null when any
 * @param groups the named groups of the expression, which say what each matched part means
 * @param order  the line's place in the file, to break ties between matches of equal length
 * @param source the expression as written (folded), before lexicon names were expanded
 */
record TimePattern(String name, Kind kind, Pattern regex, Pattern guard, MatchPrefixes prefixes, List<String> groups, int order, String source) {
    /** Whether a match may start at {@code start}: a lookup, before the regex is run. */
    boolean mayStartAt(String text, int start) {
        return prefixes == null || prefixes.mayStartAt(text, start);
    }

    /**
     * Whether this is a form only a calendar assistant reads as a time ("عدت إلى 27", "سأعود 4/22"),
     * recognised only under a policy that includes them: in news those are counts and scores.
     */
    boolean assistantOnly() {
        return name.startsWith("assistant-");
    }

    /** Whether the guard, if any, holds at {@code start} of {@code text}. */
    boolean guardHolds(String text, int start) {
        return guard == null || guard.matcher(text).region(start, text.length())
                .useTransparentBounds(true).useAnchoringBounds(false).lookingAt();
    }

    enum Kind {
        POINT, DURATION, RELATIVE, ZONE,
        /** A point that is a time only as part of a larger expression; alone it is dropped. */
        WEAK;

        boolean isPoint() {
            return this == POINT || this == WEAK;
        }
    }
}
