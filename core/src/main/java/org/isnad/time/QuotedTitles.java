package org.isnad.time;

import java.util.Set;

/**
 * "ألبوم يحمل عنوان "فبراير الكويت 2015"", "فيلم الإثارة «ذا جيفت 2015»": words set in quote marks
 * right after a noun of a work (a title, an album, a film; {@code not-times.tsv} work) are its
 * title, and a time word in a title is part of the name.
 */
final class QuotedTitles {
    /** The longest title looked for either side of an expression; a longer quote is speech. */
    private static final int REACH = 60;
    /** How many words may stand between the noun and the title ("فيلم الإثارة الجديد «…»"). */
    private static final int WORDS_BEFORE = 3;

    private final Set<String> workNouns;
    private final Set<String> clauseOpeners;
    private final TimeLexicon lexicon;

    QuotedTitles(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        this.workNouns = Set.copyOf(lexicon.around.workNouns);
        this.clauseOpeners = Set.copyOf(lexicon.around.clauseOpeners);
    }

    boolean inTitle(String text, int start, int end) {
        int open = openQuote(text, start);
        if (open < 0 || closeQuote(text, end, text.charAt(open)) < 0) {
            return false;
        }
        java.util.List<String> words = NotTimes.wordsBefore(text, open, WORDS_BEFORE);
        // Speech is told after "إن"/"أن"; a title follows its noun and what qualifies it.
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i);
            if (clauseOpeners.contains(w)) {
                return false;
            }
            if (lexicon.isAmong(w, workNouns)) {
                return true;
            }
        }
        return false;
    }

    /** How far back in its line quote marks are counted to tell whether a plain one opens or closes. */
    private static final int LINE_REACH = 400;

    /** The opening quote mark the expression at {@code start} stands inside, or -1. */
    private static int openQuote(String text, int start) {
        for (int i = start - 1; i >= Math.max(0, start - REACH); i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '»' || c == '”' || c == '"') {
                break;
            }
            if (c == '«' || c == '“') {
                return i;
            }
        }
        // A plain quote mark opens when an odd number of them stand before the expression in its line.
        // Counted back to the line's start within reach only: a report of one long line stays linear (issue 6).
        int count = 0;
        int last = -1;
        for (int i = start - 1; i >= Math.max(0, start - LINE_REACH) && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) == '"') {
                count++;
                last = last < 0 ? i : last;
            }
        }
        return count % 2 == 1 && start - last <= REACH ? last : -1;
    }

    private static int closeQuote(String text, int end, char open) {
        char close = open == '«' ? '»' : open == '“' ? '”' : '"';
        for (int i = end; i < Math.min(text.length(), end + REACH); i++) {
            char c = text.charAt(i);
            if (c == close) {
                return i;
            }
            if (c == '\n' || c == '«' || c == '“') {
                return -1;
            }
        }
        return -1;
    }
}
