package org.isnad.text;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Span;
import org.isnad.model.SpanIndex;

/**
 * Finds reported speech in one text: who said each marked quote, speech without quote marks
 * introduced by a verb and an addressee ("قال لي ..."), and "source: words" lines.
 */
final class SpeechFinder {
    /** A speaker named after the verb has at most this many words. */
    static final int SPEAKER_AFTER_VERB = 8;
    /** A speaker named before the verb (the clause's subject) has at most this many words. */
    static final int SPEAKER_BEFORE_VERB = 6;
    /** Words allowed between a speaker named after the verb and the quote (a complementiser: "أن"). */
    static final int LEFT_BEFORE_QUOTE = 1;
    /** A "source: …" line names its source in at most this many words. */
    static final int SOURCE_WORDS = 5;

    private final String t;
    private final Words words;
    private final SpeechLexicon lex;
    private final SegmentRules rules;
    private final List<Segment> sentences;
    /*
     * What the searches below ask again and again, worked out once per word, so that a long
     * sentence with thousands of quotes stays linear (issue 6): whether word k is a speech verb,
     * the nearest verb at or before it, whether punctuation stands between it and the next word,
     * and where the addressees after it end (0: not yet known, else that index + 1).
     */
    private final boolean[] verb;
    private final int[] verbAtOrBefore;
    private final boolean[] breakAfter;
    private final int[] addresseesEnd;

    SpeechFinder(String t, Words words, SpeechLexicon lex, SegmentRules rules, List<Segment> sentences) {
        this.t = t;
        this.words = words;
        this.lex = lex;
        this.rules = rules;
        this.sentences = sentences;
        int n = words.count();
        verb = new boolean[n];
        verbAtOrBefore = new int[n];
        breakAfter = new boolean[n];
        addresseesEnd = new int[n];
        for (int k = 0; k < n; k++) {
            verb[k] = lex.isVerb(words.text(k));
            verbAtOrBefore[k] = verb[k] ? k : k > 0 ? verbAtOrBefore[k - 1] : -1;
            breakAfter[k] = k + 1 < n && breakIn(words.end(k), words.start(k + 1));
        }
    }

    List<Quote> find(List<QuoteMarks.Pair> pairs) {
        List<Quote> quotes = new ArrayList<>();
        List<Span> markedSpans = new ArrayList<>();
        for (QuoteMarks.Pair p : pairs) {
            Span inner = trim(p.inner());
            if (inner != null) {
                quotes.add(new Quote(inner, speakerOf(p), true));
                markedSpans.add(new Span(p.open(), p.close() + 1));
            }
        }
        SpanIndex<Span> marked = SpanIndex.of(markedSpans, s -> s);
        for (Segment s : sentences) {
            unmarked(s.span(), marked, quotes);
        }
        quotes.sort((a, b) -> a.span().compareTo(b.span()));
        return quotes;
    }

    boolean isVerb(int k) {
        return verb[k];
    }

    private Segment sentenceAt(int at) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (at < s.start()) {
                hi = mid - 1;
            } else if (at >= s.end()) {
                lo = mid + 1;
            } else {
                return sentences.get(mid);
            }
        }
        return null;
    }

    private Span speakerOf(QuoteMarks.Pair p) {
        Segment sentence = sentenceAt(p.open());
        if (sentence == null) {
            return null;
        }
        int ws = words.firstAtOrAfter(sentence.span().start());
        int wq = words.firstAtOrAfter(p.open());
        int we = words.firstAtOrAfter(sentence.span().end());
        // The nearest speech verb before the quote, in its sentence.
        int k = wq > 0 ? verbAtOrBefore[wq - 1] : -1;
        if (k >= ws) {
            if (firstAfterAddressees(k, wq) == wq) {
                return phraseBefore(k, ws);
            }
            int end = phraseEnd(k, wq);
            // The speaker's phrase must lead up to the quote (a complementiser or a colon may
            // sit between): a verb further back introduces something else, and the quote is
            // likely a quoted name.
            boolean leadsUp = wq - end <= LEFT_BEFORE_QUOTE || colonBefore(wq - 1, p.open());
            return end > k + 1 && leadsUp ? words.span(firstAfterAddressees(k, wq), end - 1) : null;
        }
        int wc = words.firstAtOrAfter(p.close());
        if (wc < we && isVerb(wc) && !breakAfterClause(p.close() + 1, words.start(wc))) {
            int end = phraseEnd(wc, we);
            return end > wc + 1 ? words.span(firstAfterAddressees(wc, we), end - 1) : null;
        }
        return sourceBefore(ws, wq, p.open());
    }

    private int firstAfterAddressees(int v, int limit) {
        if (addresseesEnd[v] == 0) {
            int k = v + 1;
            while (k < words.count() && lex.isAddressee(words.text(k)) && !breakBetween(k - 1, k)) {
                k++;
            }
            addresseesEnd[v] = k + 1;
        }
        return Math.max(v + 1, Math.min(limit, addresseesEnd[v] - 1));
    }

    /** The end (exclusive word index) of the phrase after verb {@code v}: up to a stop word, a break or {@code limit}. */
    private int phraseEnd(int v, int limit) {
        int first = firstAfterAddressees(v, limit);
        int k = first;
        while (k < limit && k - first < SPEAKER_AFTER_VERB && !lex.isStop(words.text(k)) && !isVerb(k)
                && !breakBetween(k - 1, k)) {
            k++;
        }
        return k == first ? v + 1 : k;
    }

    private boolean colonBefore(int lastWord, int open) {
        for (int i = words.end(lastWord); i < open; i++) {
            if (rules.speechColon.contains(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when a sentence end or line break lies in {@code [from, to)} (a comma is fine: «…»، قال). */
    private boolean breakAfterClause(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (rules.sentenceEnd.contains(c) || SentenceSplitter.isLineBreak(c) || rules.quoteOpen.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** The clause's words before verb {@code v}, from the clause start, up to a stop word. */
    private Span phraseBefore(int v, int ws) {
        int first = v;
        while (first > ws && !breakBetween(first - 1, first) && !isVerb(first - 1)) {
            first--;
        }
        int k = first;
        while (k < v && k - first < SPEAKER_BEFORE_VERB && !lex.isStop(words.text(k))) {
            k++;
        }
        return k > first ? words.span(first, k - 1) : null;
    }

    /** "مصدر مطلع: «…»": a short source-like phrase and a colon right before the quote. */
    private Span sourceBefore(int ws, int wq, int open) {
        if (wq <= ws || wq - ws > SOURCE_WORDS || !lex.isSource(words.text(ws))) {
            return null;
        }
        for (int i = words.end(wq - 1); i < open; i++) {
            if (rules.speechColon.contains(t.charAt(i))) {
                return words.span(ws, wq - 1);
            }
        }
        return null;
    }

    /** True when the text between words {@code a} and {@code b} holds punctuation that ends a phrase. */
    private boolean breakBetween(int a, int b) {
        return b == a + 1 ? breakAfter[a] : a < b && breakIn(words.end(a), words.start(b));
    }

    private boolean breakIn(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (rules.clauseMark.contains(c) || rules.speechColon.contains(c) || rules.sentenceEnd.contains(c)
                    || rules.quoteOpen.contains(c) || rules.quoteClose.contains(c)
                    || SentenceSplitter.isLineBreak(c)) {
                return true;
            }
        }
        return false;
    }

    /** Speech without marks in one sentence: "قال لي …" or a "source: …" line. */
    private void unmarked(Span sentence, SpanIndex<Span> marked, List<Quote> quotes) {
        int ws = words.firstAtOrAfter(sentence.start());
        int we = words.firstAtOrAfter(sentence.end());
        for (int k = ws; k + 2 < we; k++) {
            if (!isVerb(k) || !lex.isAddressee(words.text(k + 1)) || marked.anyOverlaps(new Span(words.start(k), words.start(k) + 1))
                    || opensQuote(words.end(k + 1), words.start(k + 2))) {
                continue;
            }
            // The speech runs to the sentence end or to the next reporting verb ("… وأوضح أنه").
            int stop = k + 2;
            while (stop < we && !isVerb(stop)) {
                stop++;
            }
            Span body = trim(new Span(words.start(k + 2), stop < we ? words.start(stop) : sentence.end()));
            if (body != null && !marked.anyOverlaps(body)) {
                quotes.add(new Quote(body, phraseBefore(k, ws), false));
                return;
            }
        }
        sourceLine(sentence, ws, we, marked, quotes);
    }

    private void sourceLine(Span sentence, int ws, int we, SpanIndex<Span> marked, List<Quote> quotes) {
        if (ws >= we || !lex.isSource(words.text(ws))) {
            return;
        }
        int limit = Math.min(we, ws + SOURCE_WORDS);
        for (int k = ws; k < limit; k++) {
            int colon = -1;
            int gapEnd = k + 1 < we ? words.start(k + 1) : sentence.end();
            for (int i = words.end(k); i < gapEnd; i++) {
                if (rules.speechColon.contains(t.charAt(i))) {
                    colon = i;
                }
            }
            if (colon >= 0) {
                Span body = trim(new Span(colon + 1, sentence.end()));
                if (body != null && !marked.anyOverlaps(body) && !opensQuote(colon + 1, body.start() + 1)) {
                    quotes.add(new Quote(body, words.span(ws, k), false));
                }
                return;
            }
            if (breakBetween(k, Math.min(k + 1, we - 1)) && k + 1 < we) {
                return;
            }
        }
    }

    private boolean opensQuote(int from, int to) {
        for (int i = from; i < to && i < t.length(); i++) {
            if (rules.quoteOpen.contains(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Trims spaces, and final sentence punctuation, from a quote body; null when nothing is left. */
    private Span trim(Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && SegmentRules.trimmable(t.charAt(a))) {
            a++;
        }
        while (b > a && (SegmentRules.trimmable(t.charAt(b - 1)) || rules.sentenceEnd.contains(t.charAt(b - 1)))) {
            b--;
        }
        return SegmentRules.hasWordChar(t, a, b) ? new Span(a, b) : null;
    }
}
