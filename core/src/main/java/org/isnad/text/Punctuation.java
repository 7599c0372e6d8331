package org.isnad.text;

import org.isnad.lang.LanguagePack;

/**
 * The punctuation of a language pack ({@code segment/punctuation.tsv}, {@code segment/bullets.tsv},
 * {@code segment/quote-marks.tsv}) for stages other than the segmenter that need to tell a
 * sentence end, a bullet or a quote mark.
 */
public final class Punctuation {
    private final SegmentRules rules;

    public Punctuation(LanguagePack pack) {
        this.rules = new SegmentRules(pack);
    }

    public boolean isSentenceEnd(char c) {
        return rules.sentenceEnd.contains(c);
    }

    /** A full stop: ends a sentence, but unlike "!" or "?" hardly ever a headline. */
    public boolean isFullStop(char c) {
        return rules.fullStop.contains(c);
    }

    /** A bullet glyph that may stand anywhere in a line (▪ •), not only at its start. */
    public boolean isBullet(char c) {
        return rules.bulletAnywhere.contains(c);
    }

    public boolean isQuoteMark(char c) {
        return rules.quoteOpen.contains(c) || rules.quoteClose.contains(c);
    }
}
