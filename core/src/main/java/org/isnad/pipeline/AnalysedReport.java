package org.isnad.pipeline;

import java.util.List;
import org.isnad.model.Document;
import org.isnad.model.Removal;
import org.isnad.text.NormalisedText;
import org.isnad.text.Segmentation;
import org.isnad.time.Timex;

/**
 * One report and the layers the per-report stages have added to it so far. Immutable: each stage
 * returns a copy with its layer set.
 */
public record AnalysedReport(Document document, List<Removal> removed, NormalisedText normalised,
                             Segmentation segmentation, List<Timex> timexes) {
    public AnalysedReport {
        removed = List.copyOf(removed);
        timexes = List.copyOf(timexes);
    }

    public static AnalysedReport of(Document document) {
        return new AnalysedReport(document, List.of(), null, Segmentation.empty(), List.of());
    }

    public String text() {
        return document.text();
    }

    public AnalysedReport withDocument(Document d) {
        return new AnalysedReport(d, removed, normalised, segmentation, timexes);
    }

    public AnalysedReport withRemoved(List<Removal> r) {
        return new AnalysedReport(document, r, normalised, segmentation, timexes);
    }

    public AnalysedReport withNormalised(NormalisedText n) {
        return new AnalysedReport(document, removed, n, segmentation, timexes);
    }

    public AnalysedReport withSegmentation(Segmentation s) {
        return new AnalysedReport(document, removed, normalised, s, timexes);
    }

    public AnalysedReport withTimexes(List<Timex> t) {
        return new AnalysedReport(document, removed, normalised, segmentation, t);
    }
}
