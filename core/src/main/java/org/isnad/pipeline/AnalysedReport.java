package org.isnad.pipeline;

import java.util.List;
import org.isnad.model.Document;
import org.isnad.model.Removal;
import org.isnad.text.NormalisedText;
import org.isnad.text.Segmentation;

/**
 * One report and the layers the per-report stages have added to it so far. Immutable: each stage
 * returns a copy with its layer set.
 */
public record AnalysedReport(Document document, List<Removal> removed, NormalisedText normalised,
                             Segmentation segmentation) {
    public AnalysedReport {
        removed = List.copyOf(removed);
    }

    public static AnalysedReport of(Document document) {
        return new AnalysedReport(document, List.of(), null, Segmentation.empty());
    }

    public String text() {
        return document.text();
    }

    public AnalysedReport withDocument(Document d) {
        return new AnalysedReport(d, removed, normalised, segmentation);
    }

    public AnalysedReport withRemoved(List<Removal> r) {
        return new AnalysedReport(document, r, normalised, segmentation);
    }

    public AnalysedReport withNormalised(NormalisedText n) {
        return new AnalysedReport(document, removed, n, segmentation);
    }

    public AnalysedReport withSegmentation(Segmentation s) {
        return new AnalysedReport(document, removed, normalised, s);
    }
}
