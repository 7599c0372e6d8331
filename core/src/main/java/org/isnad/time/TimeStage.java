package org.isnad.time;

import java.util.regex.Pattern;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Publication;
import org.isnad.model.Removal;
import org.isnad.model.SpanIndex;
import org.isnad.pipeline.AnalysedReport;
import org.isnad.pipeline.ReportStage;
import org.isnad.text.Quote;

/**
 * Tags the time expressions of one report and resolves what the report alone can settle; the
 * story-calendar stage resolves them again once every report of the run is known. Expressions in
 * clutter are left out; those in reported speech are marked as quoted.
 */
public final class TimeStage implements ReportStage {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final TimexTagger tagger;
    private final ResolutionPolicy policy;

    public TimeStage(TimexTagger tagger, ResolutionPolicy policy) {
        this.tagger = tagger;
        this.policy = policy;
    }

    @Override
    public AnalysedReport apply(AnalysedReport report) {
        List<Timex> recognised = tagger.recognise(report.normalised(), policy);
        if (!report.document().publication().isKnown()) {
            // A date line ("نشر في …") tells what relative times count from; it may sit in clutter.
            Publication stated = tagger.dateline(report, recognised, context(report, policy));
            if (stated != null) {
                report = report.withDocument(report.document().withPublication(stated));
            }
        }
        SpanIndex<Removal> clutter = SpanIndex.of(report.removed(), Removal::span);
        SpanIndex<Quote> quotes = SpanIndex.of(report.segmentation().quotes(), Quote::span);
        String text = report.text();
        Map<Quote, Boolean> names = new HashMap<>();
        List<Timex> found = recognised.stream()
                .filter(t -> !clutter.mostlyCovers(t.span()))
                .filter(t -> !inName(t, quotes, text, names))
                .map(t -> quotes.containing(t.span()).isEmpty() ? t : t.quoted())
                .toList();
        return report.withTimexes(tagger.resolve(found, context(report, policy)));
    }

    /** The context a report's expressions are resolved in, before the run's story is known. */
    static TimeContext context(AnalysedReport report, ResolutionPolicy policy) {
        org.isnad.model.Publication p = report.document().publication();
        return new TimeContext(p.published(), null, org.isnad.model.StoryCalendar.UNKNOWN, policy, ZoneOffset.UTC,
                p.isKnown() ? null : p.latest());
    }

    /** Names in quote marks («روسيا اليوم», «أخبار اليوم») hold words like "اليوم" that are no time. */
    private static final int NAME_WORDS = 3;

    /** {@code names}: each quote's answer, worked out once, as a quote may hold thousands of such words (issue 6). */
    private static boolean inName(Timex t, SpanIndex<Quote> quotes, String text, Map<Quote, Boolean> names) {
        if (!t.fields().has(Field.RELDAY) && !t.fields().has(Field.NOW)) {
            return false;
        }
        return quotes.containing(t.span()).stream()
                .anyMatch(q -> q.marked() && names.computeIfAbsent(q, k -> SPACES.split(k.span().of(text).strip()).length <= NAME_WORDS));
    }
}
