package org.isnad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Publication;
import org.isnad.pipeline.AnalysedReport;
import org.isnad.pipeline.CorpusStage;
import org.isnad.pipeline.Run;

/**
 * For a report whose publication day neither its metadata nor its URL gives, infers a lower bound
 * from its text: it was published no earlier than the latest day it tells of (outside quotes, and
 * not a day it looks ahead to).
 */
public final class PublicationBoundsStage implements CorpusStage {
    @Override
    public Run apply(Run run) {
        List<AnalysedReport> out = new ArrayList<>();
        for (AnalysedReport r : run.reports()) {
            out.add(r.document().publication().isKnown() ? r : bounded(r));
        }
        return run.withReports(out);
    }

    /**
     * A day the report looks ahead to (a deadline, "غداً الأربعاء", "الشهر المقبل", "من المقرر")
     * says nothing of when it was written.
     */
    static boolean looksAhead(Timex t) {
        TimeFields f = t.fields();
        return positive(f, Field.TENSE) || positive(f, Field.REL) || positive(f, Field.RELDAY) || positive(f, Field.AGO)
                || "ON_OR_BEFORE".equals(t.mod()) || "BEFORE".equals(t.mod());
    }

    private static boolean positive(TimeFields f, Field field) {
        return f.get(field, Object.class) instanceof Integer n && n > 0;
    }

    private static AnalysedReport bounded(AnalysedReport r) {
        Timex latest = null;
        LocalDate latestDay = null;
        for (Timex t : r.timexes()) {
            LocalDate d = TimexValues.dayOf(t.value());
            if (d == null || t.quote() || t.type() == TimexType.DURATION || TimexResolver.UNRESOLVED.equals(t.anchor())
                    || looksAhead(t)) {
                continue;
            }
            if (latestDay == null || d.isAfter(latestDay)) {
                latestDay = d;
                latest = t;
            }
        }
        LocalDate upper = r.document().publication().latest();
        if (latest == null || upper != null && latestDay.isAfter(upper)) {
            // Told after the day it was fetched: a day looked ahead to, whatever its words; no bound.
            return r;
        }
        String why = r.document().publication().evidence() + "; the text tells of " + latestDay + " (\u201c" + latest.text()
                + "\u201d, resolved: " + latest.anchor() + "), so it was published on or after that day";
        Publication p = new Publication(null, latestDay, r.document().publication().latest(), why);
        return r.withDocument(r.document().withPublication(p));
    }
}
