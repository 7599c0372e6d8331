package org.isnad.text;

import java.util.ArrayList;
import java.util.List;
import org.isnad.lang.LanguagePack;
import org.isnad.model.Span;

/**
 * Splits a report into sentences, bullets and headlines, each into clauses, and finds reported
 * speech with its speaker. Structure is read from the original text (punctuation, line breaks,
 * bullets, quote marks); words (speech verbs) are matched on the normalised view, so diacritics
 * and look-alike letters do not hide a verb. All spans are in original offsets.
 */
public final class Segmenter {
    private final Normaliser normaliser;
    private final SegmentRules rules;
    private final SpeechLexicon lexicon;
    private final SentenceSplitter sentences;
    private final QuoteMarks quoteMarks;

    public Segmenter(LanguagePack pack) {
        this.normaliser = new Normaliser(pack);
        this.rules = new SegmentRules(pack);
        this.lexicon = new SpeechLexicon(pack, normaliser);
        this.sentences = new SentenceSplitter(rules);
        this.quoteMarks = new QuoteMarks(rules);
    }

    /**
     * Segments {@code original}. {@code normalised} is its normalised view if the caller has one
     * (it is made here when null or of another text).
     */
    public Segmentation segment(String original, NormalisedText normalised) {
        NormalisedText norm = normalised != null && normalised.original().equals(original)
                ? normalised : normaliser.normalise(original);
        List<Segment> sents = sentences.split(original);
        Words words = new Words(norm);
        SpeechFinder speech = new SpeechFinder(original, words, lexicon, rules, sents);
        List<Segment> clauses = new ArrayList<>();
        for (Segment s : sents) {
            clauses(original, s.span(), words, speech, clauses);
        }
        List<Quote> quotes = speech.find(quoteMarks.find(original));
        return new Segmentation(sents, clauses, quotes);
    }

    /** Splits one sentence at clause marks (not between digits: "1,000") and at a colon before speech. */
    private void clauses(String t, Span sentence, Words words, SpeechFinder speech, List<Segment> out) {
        int start = sentence.start();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = t.charAt(i);
            boolean cut = rules.clauseMark.contains(c) && !betweenDigits(t, i)
                    || rules.speechColon.contains(c) && colonIntroducesSpeech(t, i, sentence, words, speech);
            if (cut) {
                clause(t, start, i, out);
                start = i + 1;
            }
        }
        clause(t, start, sentence.end(), out);
    }

    private static boolean betweenDigits(String t, int i) {
        return i > 0 && i + 1 < t.length() && Character.isDigit(t.charAt(i - 1)) && Character.isDigit(t.charAt(i + 1));
    }

    /** A colon introduces speech when a quote mark follows it or a speech verb comes right before it. */
    private boolean colonIntroducesSpeech(String t, int i, Span sentence, Words words, SpeechFinder speech) {
        int j = i + 1;
        while (j < sentence.end() && SegmentRules.trimmable(t.charAt(j))) {
            j++;
        }
        if (j < sentence.end() && rules.quoteOpen.contains(t.charAt(j))) {
            return true;
        }
        int k = words.firstAtOrAfter(i) - 1;
        return k >= 0 && words.start(k) >= sentence.start() && speech.isVerb(k);
    }

    private static void clause(String t, int s, int e, List<Segment> out) {
        while (s < e && SegmentRules.trimmable(t.charAt(s))) {
            s++;
        }
        while (e > s && SegmentRules.trimmable(t.charAt(e - 1))) {
            e--;
        }
        if (SegmentRules.hasWordChar(t, s, e)) {
            out.add(new Segment(new Span(s, e), SegmentKind.CLAUSE));
        }
    }
}
