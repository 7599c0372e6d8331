package org.isnad.clean;

import org.isnad.model.Document;
import org.isnad.pipeline.AnalysedReport;
import org.isnad.pipeline.ReportStage;

/**
 * Marks clutter in a report (needs the normalised view), and takes the outlet or author a byline
 * names and the headline it opens with when the reader found none (a plain-text file).
 */
public final class CleanStage implements ReportStage {
    private final ClutterDetector detector;

    public CleanStage(ClutterDetector detector) {
        this.detector = detector;
    }

    @Override
    public AnalysedReport apply(AnalysedReport report) {
        ClutterDetector.Result found = detector.find(report.normalised());
        Document d = report.document();
        if (d.publisher() == null && found.bylineOutlet() != null) {
            d = d.withPublisher(found.bylineOutlet());
        }
        if (d.author() == null && found.bylineAuthor() != null) {
            d = d.withAuthor(found.bylineAuthor());
        }
        if (d.title() == null && found.headline() != null) {
            d = d.withTitle(found.headline().of(d.text()));
        }
        return report.withDocument(d).withRemoved(found.removed());
    }
}
