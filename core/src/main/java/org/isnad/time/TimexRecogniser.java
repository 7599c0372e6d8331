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

    private final SharedComplement shared;
    private final List<TimePattern> patterns;
    /** By a start's char, the patterns whose matches can begin with it (as bits of longs). */
    private final java.util.Map<Character, long[]> firstChars;
    /** The patterns whose first char is not known: tried at any char. */
    private final long[] anyFirst;
    /** The patterns only a policy with assistant forms runs ({@link TimePattern#assistantOnly}). */
    private final long[] assistantOnly;
    private final TriggerWords triggers;
    private final GroupReader groups;
    private final ChunkJoiner joiner;
    private final TimexModifiers modifiers;
    private final NotTimes notTimes;
    private final TenseCues tense;

    TimexRecogniser(TimeLexicon lexicon, List<TimePattern> patterns, TriggerWords triggers, Punctuation punctuation) {
        this.patterns = patterns;
        int words = PatternMasks.longs(patterns.size());
        this.anyFirst = new long[words];
        this.assistantOnly = new long[words];
        java.util.Map<Character, long[]> byChar = new java.util.HashMap<>();
        for (TimePattern p : patterns) {
            if (p.prefixes() == null) {
                PatternMasks.add(anyFirst, p.order());
            }
            if (p.assistantOnly()) {
                PatternMasks.add(assistantOnly, p.order());
            }
        }
        for (TimePattern p : patterns) {
            if (p.prefixes() != null) {
                for (char c : p.prefixes().firstChars()) {
                    PatternMasks.add(byChar.computeIfAbsent(c, k -> anyFirst.clone()), p.order());
                    if (p.prefixes().caseInsensitive() && c < 0x80 && Character.isLetter(c)) {
                        char upper = Character.toUpperCase(c);
                        PatternMasks.add(byChar.computeIfAbsent(upper, k -> anyFirst.clone()), p.order());
                    }
                }
            }
        }
        this.firstChars = java.util.Map.copyOf(byChar);
        this.triggers = triggers;
        this.groups = new GroupReader(lexicon);
        PostponeVerbs postponeVerbs = new PostponeVerbs(lexicon);
        this.joiner = new ChunkJoiner(lexicon, punctuation, postponeVerbs);
        this.modifiers = new TimexModifiers(lexicon);
        this.notTimes = new NotTimes(lexicon);
        this.shared = new SharedComplement(lexicon);
        this.tense = new TenseCues(lexicon, postponeVerbs);
    }

    /** The expressions of a text; {@code assistantForms} admits the patterns named {@code assistant-…}. */
    List<Chunk> recognise(String text, boolean assistantForms) {
        TriggerWords.Candidates candidates = triggers.candidates(text, REACH_BEFORE, REACH_AFTER);
        List<Chunk> found = new ArrayList<>();
        Matcher[] matchers = new Matcher[patterns.size()];
        int[] after = new int[patterns.size()];
        // Each place is tried only with the patterns that have a trigger word shortly after it and
        // that can start with its char; scanning dozens of patterns over every char of a report is
        // where the time would go.
        int[] starts = candidates.starts();
        for (int k = 0; k < starts.length; k++) {
            int start = starts[k];
            long[] mask = candidates.patterns()[k];
            long[] byChar = firstChars.getOrDefault(MatchPrefixes.symbol(text.charAt(start)), anyFirst);
            for (int w = 0; w < mask.length; w++) {
                long bits = mask[w] & byChar[w] & (assistantForms ? -1L : ~assistantOnly[w]);
                while (bits != 0) {
                    int p = w * 64 + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    TimePattern pattern = patterns.get(p);
                    // Inside this pattern's last match, as find() would skip it; or no match starts so.
                    if (start < after[p] || !pattern.mayStartAt(text, start)) {
                        continue;
                    }
                    Chunk c = tryAt(pattern, matchers, text, start);
                    if (c != null) {
                        found.add(c);
                        after[p] = matchers[p].end();
                    }
                }
            }
        }
        // In pattern order, then text order, as the joiner expects to break ties.
        found.sort(java.util.Comparator.comparingInt(Chunk::order).thenComparingInt(Chunk::start));
        return finish(text, found);
    }

    /** The same without the prefilters, and without assistant forms: every pattern run at every word start. For tests of the prefilters. */
    List<Chunk> recogniseEverywhere(String text) {
        int[] all = triggers.everywhere(text);
        List<Chunk> found = new ArrayList<>();
        Matcher[] matchers = new Matcher[patterns.size()];
        for (TimePattern p : patterns) {
            if (p.assistantOnly()) {
                continue;
            }
            int after = -1;
            for (int start : all) {
                Chunk c = start < after ? null : tryAt(p, matchers, text, start);
                if (c != null) {
                    found.add(c);
                    after = matchers[p.order()].end();
                }
            }
        }
        return finish(text, found);
    }

    private Chunk tryAt(TimePattern p, Matcher[] matchers, String text, int start) {
        Matcher m = matchers[p.order()];
        if (m == null) {
            m = matchers[p.order()] = p.regex().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        m.region(start, text.length());
        return m.lookingAt() && p.guardHolds(text, start) ? groups.read(p, m) : null;
    }

    private List<Chunk> finish(String text, List<Chunk> found) {
        // The order matters: parts are joined into expressions before the words that bound them
        // are looked for around the whole expression.
        // Tense cues are read before the bounding words join the span ("منذ 7/2" looks back).
        // A complement shared by names joined by "و" is handed back before tense is read for those left open.
        return notTimes.filter(text, modifiers.attach(text, tense.mark(text, shared.share(text, joiner.join(text, found)))));
    }
}
