package org.isnad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.isnad.model.Span;
import org.isnad.time.Timex;

/**
 * The tuning dump of the dev half: one block per case the engine does not get perfectly. Every
 * line starts with the case's family in brackets, so {@code grep -F '[DatePeriod]'} gives that
 * family's blocks whole, and {@code grep -F 'verdict: split'} the splits.
 */
final class RecognizersDump {
    private RecognizersDump() {
    }

    static String header(int cases) {
        return "# Isnad on the dev half of the Recognizers-Text DateTime specs: the " + cases
                + " cases it does not get perfectly.\n"
                + "# Spans are [start, end) in chars of the input. Verdicts: right, found (no value to compare), wrong value,\n"
                + "# missed (nothing overlaps), partial (one timex overlaps by less than half the union), split (several overlap,\n"
                + "# none finds it alone), unlocated (the spec's text is not in its input), spurious (finds no expected span).\n"
                + "# The engine's timex has no mod; the spec's is shown when it gives one.\n\n";
    }

    static String block(RecognizersJudge.Outcome o) {
        RecognizersCase c = o.c();
        List<String> lines = new ArrayList<>();
        lines.add("== " + c.id() + " ==");
        lines.add("input: " + c.input());
        lines.add("reference: " + c.reference());
        if (o.error() != null) {
            lines.add("engine error: " + o.error());
        }
        for (RecognizersJudge.Judged j : o.judged()) {
            RecognizersCase.Expected e = j.expected();
            lines.add("expected: \"" + e.text().strip() + "\" " + span(e.span()) + " (" + e.how().name().toLowerCase(Locale.ROOT) + ") "
                    + e.type() + " timex=" + (e.hasTimex() ? String.join(" | ", e.timexes()) : "-")
                    + (e.mod() == null ? "" : " mod=" + e.mod()));
            lines.add("  verdict: " + j.verdict() + (j.found() == null ? "" : " by \"" + j.found().text() + "\""));
        }
        for (Timex t : o.engine()) {
            lines.add("engine: " + describe(t) + (o.spurious().contains(t) ? "  verdict: spurious" : ""));
        }
        if (o.engine().isEmpty()) {
            lines.add("engine: nothing");
        }
        String tag = "[" + c.family() + "] ";
        return lines.stream().map(l -> tag + l).collect(Collectors.joining("\n", "", "\n\n"));
    }

    private static String describe(Timex t) {
        return "\"" + t.text() + "\" " + span(t.span()) + " " + t.type() + " value=" + t.value()
                + " earliest=" + t.earliest() + " latest=" + t.latest() + " anchor=" + t.anchor()
                + (t.relativeTo() == null ? "" : " relativeTo=\"" + t.relativeTo() + "\"")
                + (t.note() == null ? "" : " note=" + t.note());
    }

    private static String span(Span s) {
        return s == null ? "[?]" : "[" + s.start() + ", " + s.end() + ")";
    }
}
