package org.isnad.text;

import org.isnad.model.Removal;
import org.isnad.model.SpanIndex;
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
        // A segment at least half in clutter is clutter: teasers glued to a bullet leave slivers.
        SpanIndex<Removal> clutter = SpanIndex.of(report.removed(), Removal::span);
        Segmentation kept = new Segmentation(
                all.sentences().stream().filter(s -> !clutter.mostlyCovers(s.span())).toList(),
                all.clauses().stream().filter(s -> !clutter.mostlyCovers(s.span())).toList(),
                all.quotes().stream().filter(q -> !clutter.mostlyCovers(q.span())).toList());
        return report.withSegmentation(kept);
    }
}
