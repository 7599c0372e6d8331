package org.isnad.bench.disagreement;

import java.util.List;
import org.isnad.Isnad;
import org.isnad.bench.BenchReport;
import org.isnad.lang.LanguagePack;
import org.isnad.model.Document;
import org.isnad.model.Publication;
import org.isnad.model.Removal;
import org.isnad.model.Span;
import org.isnad.pipeline.AnalysedReport;

/**
 * Isnad's side of the comparison: the per-report pipeline (normalise, clean, segment, time) as the
 * bench runs it, whose time stage leaves out expressions in clutter. A report whose publication the
 * reader did not find is given the day of its creation time, the date the other engine gets as its
 * document creation time, so that both count relative expressions from the same day; what is found
 * does not depend on it, only the values.
 */
public final class IsnadTimexes {
    /** What Isnad found in one report: its expressions and the stretches it took for clutter. */
    public record Findings(List<FoundTimex> timexes, List<Span> clutter) {
    }

    private final Isnad isnad;

    public IsnadTimexes(LanguagePack pack) {
        this.isnad = Isnad.create(pack);
    }

    public static String name() {
        return "Isnad " + Isnad.ENGINE.replace("isnad ", "") + " (per-report pipeline)";
    }

    public Findings find(BenchReport report) {
        Document d = report.document();
        if (!d.publication().isKnown()) {
            d = d.withPublication(Publication.on(report.created().toLocalDate(), "creation time of the record"));
        }
        AnalysedReport analysed = isnad.analyseReport(d);
        List<FoundTimex> timexes = analysed.timexes().stream()
                .map(t -> new FoundTimex(t.span().start(), t.span().end(),
                        t.type() == null ? null : t.type().name(), t.value()))
                .sorted().toList();
        return new Findings(timexes, analysed.removed().stream().map(Removal::span).toList());
    }
}
