package org.isnad.text;

import java.util.List;
import org.isnad.model.Removal;
import org.isnad.model.Span;
import org.isnad.pipeline.AnalysedReport;
import org.isnad.pipeline.ReportStage;

/**
 * Splits a report into sentences, clauses and reported speech, leaving out what the cleaner
 * marked as clutter so that no later stage reads a teaser or a byline as content.
 */
public final class SegmentStage implements ReportStage {
    private final Segmenter segmenter;

    public SegmentStage(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    public AnalysedReport apply(AnalysedReport report) {
        Segmentation all = segmenter.segment(report.text(), report.normalised());
        List<Removal> removed = report.removed();
        Segmentation kept = new Segmentation(
                all.sentences().stream().filter(s -> !mostlyRemoved(s.span(), removed)).toList(),
                all.clauses().stream().filter(s -> !mostlyRemoved(s.span(), removed)).toList(),
                all.quotes().stream().filter(q -> !mostlyRemoved(q.span(), removed)).toList());
        return report.withSegmentation(kept);
    }

    /** A segment at least half inside clutter is clutter: teasers glued to a bullet leave slivers. */
    static boolean mostlyRemoved(Span span, List<Removal> removed) {
        int inside = 0;
        for (Removal r : removed) {
            inside += Math.max(0, Math.min(span.end(), r.span().end()) - Math.max(span.start(), r.span().start()));
        }
        return span.length() == 0 || 2 * inside >= span.length();
    }
}
