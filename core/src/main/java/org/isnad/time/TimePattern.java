package org.isnad.time;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of {@code time/patterns.tsv}, compiled.
 *
 * @param groups the named groups of the expression, which say what each matched part means
 * @param order  the line's place in the file, to break ties between matches of equal length
 * @param source the expression as written (folded), before lexicon names were expanded
 */
record TimePattern(String name, Kind kind, Pattern regex, List<String> groups, int order, String source) {
    enum Kind {
        POINT, DURATION, RELATIVE, ZONE,
        /** A point that is a time only as part of a larger expression; alone it is dropped. */
        WEAK;

        boolean isPoint() {
            return this == POINT || this == WEAK;
        }
    }
}
