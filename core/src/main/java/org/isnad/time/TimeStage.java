package org.isnad.time;

import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import org.isnad.model.Span;
import org.isnad.pipeline.AnalysedReport;
import org.isnad.pipeline.ReportStage;
import org.isnad.text.Quote;

/**
 * Tags the time expressions of one report and resolves what the report alone can settle; the
 * story-calendar stage resolves them again once every report of the run is known. Expressions in
 * clutter are left out; those in reported speech are marked as quoted.
 */
public final class TimeStage implements ReportStage {
    private final TimexTagger tagger;
    private final ResolutionPolicy policy;

    public TimeStage(TimexTagger tagger, ResolutionPolicy policy) {
        this.tagger = tagger;
        this.policy = policy;
    }

    @Override
    public AnalysedReport apply(AnalysedReport report) {
        List<Quote> quotes = report.segmentation().quotes();
        List<Timex> found = tagger.recognise(report.normalised()).stream()
                .filter(t -> !org.isnad.model.Removal.mostlyRemoved(t.span(), report.removed()))
                .filter(t -> !inName(t, quotes, report.text()))
                .map(t -> markQuote(t, report.segmentation().quotes()))
                .toList();
        return report.withTimexes(tagger.resolve(found, context(report, policy)));
    }

    /** The context a report's expressions are resolved in, before the run's story is known. */
    static TimeContext context(AnalysedReport report, ResolutionPolicy policy) {
        List<Quote> quotes = report.segmentation().quotes();
        Predicate<Span> inQuote = span -> quotes.stream().anyMatch(q -> q.span().contains(span));
        return new TimeContext(report.document().publication().published(), null,
                org.isnad.model.StoryCalendar.UNKNOWN, policy, ZoneOffset.UTC, inQuote);
    }

    /** Names in quote marks («روسيا اليوم», «أخبار اليوم») hold words like "اليوم" that are no time. */
    private static final int NAME_WORDS = 3;

    private static boolean inName(Timex t, List<Quote> quotes, String text) {
        if (!t.fields().has(Field.RELDAY) && !t.fields().has(Field.NOW)) {
            return false;
        }
        return quotes.stream().anyMatch(q -> q.marked() && q.span().contains(t.span())
                && q.span().of(text).strip().split("\\s+").length <= NAME_WORDS);
    }

    private static Timex markQuote(Timex t, List<Quote> quotes) {
        boolean quoted = quotes.stream().anyMatch(q -> q.span().contains(t.span()));
        return quoted ? new Timex(t.span(), t.text(), t.type(), t.value(), t.earliest(), t.latest(), t.anchor(),
                t.relativeTo(), true, t.note(), t.fields()) : t;
    }
}
