package org.isnad.time;

import java.util.ArrayList;
import java.util.List;
import org.isnad.lang.LanguagePack;
import org.isnad.model.Publication;
import org.isnad.model.Span;
import org.isnad.pipeline.AnalysedReport;
import org.isnad.text.NormalisedText;
import org.isnad.text.Normaliser;
import org.isnad.text.Punctuation;

/**
 * Finds and dates the time expressions of a text: recognition on the normalised view (patterns and
 * word lists of the language pack), then resolution in reading order against a {@link TimeContext}.
 * Expressions never overlap. Immutable and thread-safe.
 */
public final class TimexTagger {
    private final Normaliser normaliser;
    private final TimeLexicon lexicon;
    private final TimexRecogniser recogniser;
    private final TimexResolver resolver;
    private final DatelineReader datelines;
    private final PlaceZones placeZones;
    private final Punctuation punctuation;

    public TimexTagger(LanguagePack pack, Normaliser normaliser) {
        this.normaliser = normaliser;
        this.lexicon = new TimeLexicon(pack, normaliser);
        List<TimePattern> patterns = TimePatterns.load(pack, normaliser, lexicon);
        this.punctuation = new Punctuation(pack);
        this.recogniser = new TimexRecogniser(lexicon, patterns, TriggerWords.of(lexicon, patterns), punctuation);
        this.resolver = new TimexResolver(lexicon.anaphors);
        this.datelines = new DatelineReader(pack, lexicon);
        this.placeZones = new PlaceZones(lexicon);
    }

    /**
     * The expressions of a text, in order, not yet resolved (value null); the policy says whether
     * forms only a calendar assistant reads as times count.
     */
    public List<Timex> recognise(NormalisedText view, ResolutionPolicy policy) {
        List<Timex> out = new ArrayList<>();
        String text = view.text();
        List<Chunk> chunks = recogniser.recognise(text, policy.assistantForms());
        List<Span> sentences = new ArrayList<>(chunks.size());
        for (Chunk raw : chunks) {
            sentences.add(sentenceAround(text, raw.start(), raw.end()));
        }
        // Places are looked for in the sentences that hold a time only; a name may run a little
        // past a sentence cut at its reach.
        List<PlaceZones.Mention> places = placeZones.mentions(text, TextWindows.around(sentences, 0, PLACE_NAME_REACH, text.length()));
        String dateline = chunks.isEmpty() ? null : placeZones.datelineZone(text);
        for (int i = 0; i < chunks.size(); i++) {
            Chunk raw = chunks.get(i);
            // A time keeps the zone of the place its sentence names, else of the report's dateline.
            String zone = PlaceZones.zoneInSentence(places, sentences.get(i), new Span(raw.start(), raw.end()));
            zone = zone != null ? zone : dateline;
            Chunk c = zone == null ? raw : new Chunk(raw.start(), raw.end(), raw.kind(), raw.fields().with(Field.PLACEZONE, zone),
                    raw.order(), raw.firstEnd(), raw.secondStart());
            Span span = view.originalSpan(c.start(), c.end());
            if (lexicon.around.nameSpellings.contains(span.of(view.original()))) {
                continue; // "البريجادير جنرال ألان": a name, which folding made look like "الآن"
            }
            Span event = c.fields().get(Field.EVENT, Span.class);
            String relativeTo = event == null ? null : view.originalSpan(event.start(), event.end()).of(view.original());
            out.add(new Timex(span, span.of(view.original()), null, null, null, null, null, relativeTo, false, null, modOf(c.fields()), c.fields()));
        }
        return out;
    }

    /** The longest place name looked for past the end of a sentence. */
    private static final int PLACE_NAME_REACH = 40;

    /** How far around an expression its sentence is looked for, so that a report of one line stays linear. */
    private static final int SENTENCE_REACH = 300;

    /** The sentence around a stretch: to the sentence ends or line breaks either side. */
    private Span sentenceAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < SENTENCE_REACH && !punctuation.isSentenceEnd(text.charAt(from - 1)) && text.charAt(from - 1) != '\n') {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < SENTENCE_REACH && !punctuation.isSentenceEnd(text.charAt(to)) && text.charAt(to) != '\n') {
            to++;
        }
        return new Span(from, to);
    }

    /** The TIMEX3 mod of what a phrase says: a bounding word's, else the part of a month or year it names. */
    private static String modOf(TimeFields f) {
        if (f.has(Field.MOD)) {
            return f.get(Field.MOD, String.class);
        }
        return f.get(Field.PART, String.class);
    }

    /** Resolves expressions of one report, given in text order, against a context. */
    public List<Timex> resolve(List<Timex> found, TimeContext ctx) {
        return resolver.resolve(found, ctx);
    }

    /** When a report's own date line says it was published or updated, or null (see {@link DatelineReader}). */
    public Publication dateline(AnalysedReport report, List<Timex> recognised, TimeContext context) {
        return datelines.read(report, recognised, resolver, context);
    }

    /** Recognises and resolves in one go. */
    public List<Timex> tag(String text, TimeContext ctx) {
        return resolve(recognise(normaliser.normalise(text), ctx.policy()), ctx);
    }

    /** Where places are named and the zones they keep. */
    public PlaceZones placeZones() {
        return placeZones;
    }

    public TimeLexicon lexicon() {
        return lexicon;
    }
}
