package org.isnad.time;

import java.util.regex.Pattern;

/**
 * Whether a verb of moving a time ({@code time/postpone-verbs.tsv}: أجّل، أرجأ، نقل، غيّر …) stands
 * in the few words before a place in the text. Such a verb makes "من X إلى Y" two times (the old
 * and the new), and makes the time after its "إلى" one the report looks ahead to.
 */
final class PostponeVerbs {
    private static final Pattern BREAKS = Pattern.compile("[\\s\\p{P}\\p{S}]+");
    /** How many words before the place the verb may stand. */
    private static final int REACH = 8;

    private final TimeLexicon lexicon;

    PostponeVerbs(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    boolean governs(String text, int at) {
        String[] words = BREAKS.split(text.substring(Math.max(0, at - 120), at));
        for (int i = words.length - 1, n = 0; i >= 0 && n < REACH; i--, n++) {
            String w = words[i];
            String bare = lexicon.withoutProclitic(w) == null ? w : lexicon.withoutProclitic(w);
            // The future's "س" goes before any imperfect ("سأغير", "سيؤجل").
            String future = bare.length() > 3 && bare.charAt(0) == 'س' && "ايتنأ".indexOf(bare.charAt(1)) >= 0 ? bare.substring(1) : bare;
            for (String stem : lexicon.postponeVerbs) {
                if (w.startsWith(stem) || bare.startsWith(stem) || future.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }
}
