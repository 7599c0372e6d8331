package org.isnad.text;

import org.isnad.model.Span;
import org.isnad.pipeline.AnalysedReport;
import org.isnad.pipeline.ReportStage;

/**
 * Gives a report without a title (a plain-text file) the headline it opens with: its first line
 * that is not clutter, when that line is short, is not the whole report and does not end like a
 * sentence with a full stop. A report that opens straight into its text has no title.
 */
public final class HeadlineTitleStage implements ReportStage {
    private static final int MAX_WORDS = 25;

    @Override
    public AnalysedReport apply(AnalysedReport report) {
        if (report.document().title() != null) {
            return report;
        }
        String text = report.text();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            Span line = Span.trimmed(text, start, end);
            if (line.length() > 0 && !org.isnad.model.Removal.mostlyRemoved(line, report.removed())) {
                String candidate = line.of(text);
                boolean rest = text.substring(end).strip().length() > 0;
                if (rest && !candidate.endsWith(".") && candidate.split("\\s+").length <= MAX_WORDS) {
                    return report.withDocument(report.document().withTitle(candidate));
                }
                return report;
            }
            start = end + 1;
        }
        return report;
    }
}
