package org.isnad.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.isnad.text.Punctuation;

/**
 * Finds time expressions in a normalised text: runs every pattern where its trigger words are,
 * reads what each match says ({@link GroupReader}), joins the parts of one expression
 * ({@link ChunkJoiner}) and the words that bound it ({@link TimexModifiers}). Resolution comes later.
 */
final class TimexRecogniser {
    /**
     * How far before its first trigger word a time expression may start: a glue word or two
     * ("في", "حوالي"). It never starts after its first trigger, so the window ends there.
     */
    private static final int REACH_BEFORE = 16;
    private static final int REACH_AFTER = 1;

    private final List<TimePattern> patterns;
    private final TriggerWords triggers;
    private final GroupReader groups;
    private final ChunkJoiner joiner;
    private final TimexModifiers modifiers;
    private final NotTimes notTimes;
    private final TenseCues tense;

    TimexRecogniser(TimeLexicon lexicon, List<TimePattern> patterns, TriggerWords triggers, Punctuation punctuation) {
        this.patterns = patterns;
        this.triggers = triggers;
        this.groups = new GroupReader(lexicon);
        this.joiner = new ChunkJoiner(lexicon, punctuation);
        this.modifiers = new TimexModifiers(lexicon);
        this.notTimes = new NotTimes(lexicon);
        this.tense = new TenseCues(lexicon);
    }

    List<Chunk> recognise(String text) {
        return recognise(text, triggers.starts(text, REACH_BEFORE, REACH_AFTER), true);
    }

    /** The same without the prefilters: every pattern run at every word start. For tests of the prefilters. */
    List<Chunk> recogniseEverywhere(String text) {
        return recognise(text, triggers.everywhere(text), false);
    }

    private List<Chunk> recognise(String text, int[][] startsOfPattern, boolean byPrefix) {
        List<Chunk> found = new ArrayList<>();
        // Each pattern is tried only where a word starts shortly before one of its own trigger
        // words: scanning dozens of patterns over every char of a report is where the time would go.
        for (TimePattern p : patterns) {
            Matcher m = p.regex().matcher(text);
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int after = -1;
            for (int start : startsOfPattern[p.order()]) {
                if (start < after || byPrefix && !p.mayStartAt(text, start)) {
                    continue; // inside this pattern's last match, as find() would skip it; or no match starts so
                }
                m.region(start, text.length());
                if (m.lookingAt() && p.guardHolds(text, start)) {
                    Chunk c = groups.read(p, m);
                    if (c != null) {
                        found.add(c);
                        after = m.end();
                    }
                }
            }
        }
        // The order matters: parts are joined into expressions before the words that bound them
        // are looked for around the whole expression.
        // Tense cues are read before the bounding words join the span ("منذ 7/2" looks back).
        return notTimes.filter(text, modifiers.attach(text, tense.mark(text, joiner.join(text, found))));
    }
}
