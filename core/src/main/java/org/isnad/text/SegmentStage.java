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
                all.sentences().stream().filter(s -> !Removal.mostlyRemoved(s.span(), removed)).toList(),
                all.clauses().stream().filter(s -> !Removal.mostlyRemoved(s.span(), removed)).toList(),
                all.quotes().stream().filter(q -> !Removal.mostlyRemoved(q.span(), removed)).toList());
        return report.withSegmentation(kept);
    }
}
