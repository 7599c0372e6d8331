package org.isnad.bench.review;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.model.Publication;
import org.isnad.model.StoryCalendar;
import org.isnad.time.Timex;

/**
 * Prints drawn timexes for a reviewer: where each is, everything the engine said about it, the
 * record's publication and run, a context window with the expression marked, and a verdict line to
 * fill in. The output holds article text, so it belongs outside the repository.
 */
public final class TimexListing {
    /** Characters of context on each side of the expression. */
    public static final int CONTEXT = 80;
    public static final String OPEN = "⟦";
    public static final String CLOSE = "⟧";

    /** Shown on lines of their own, or not at all (a timex's {@code fields} are what the tagger read). */
    private static final Set<String> NOT_INLINE = Set.of("span", "text", "fields");

    private TimexListing() {
    }

    public static void print(PrintWriter out, SampleHeader header, List<FoundTimex> sample) {
        header.print(out);
        out.println();
        int n = 0;
        for (FoundTimex f : sample) {
            n++;
            Timex t = f.timex();
            out.printf("== %d/%d  %s  [%d,%d)%n", n, sample.size(), f.recordId(), t.span().start(), t.span().end());
            out.println("   text     " + t.text());
            out.println("   timex    " + String.join(" ", components(t)));
            out.println("   fields   " + t.fields());
            out.println("   report   " + report(f.run()));
            out.println("   context  " + context(f.text(), t.span().start(), t.span().end()));
            out.println("   tsv      " + String.join("\t", f.recordId(), Integer.toString(t.span().start()),
                    Integer.toString(t.span().end()), Verdict.valueCell(t.value()), "?", "?", "?", ""));
            out.println();
        }
        out.flush();
    }

    /**
     * Every component of the timex record but its span and text, by name, in declaration order: read
     * reflectively so that a component the engine adds (a TIMEX3 {@code mod}, say) shows up unasked.
     */
    static List<String> components(Timex t) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : Timex.class.getRecordComponents()) {
            if (NOT_INLINE.contains(c.getName())) {
                continue;
            }
            Object v;
            try {
                v = c.getAccessor().invoke(t);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read Timex." + c.getName(), e);
            }
            boolean shown = c.getName().equals("value") || (v != null && !Boolean.FALSE.equals(v));
            if (shown) {
                out.add(c.getName() + "=" + v);
            }
        }
        return out;
    }

    private static String report(RecordRun.Result run) {
        Publication p = run.report().document().publication();
        StringBuilder s = new StringBuilder("published=").append(p.published());
        if (p.earliest() != null || p.latest() != null) {
            s.append(" bounds=").append(p.earliest()).append("..").append(p.latest());
        }
        s.append(" (").append(p.evidence()).append(')');
        StoryCalendar story = run.timeline().story();
        s.append(" | zone ").append(run.timeline().timezone());
        s.append(" | story ").append(story.earliest()).append("..").append(story.latest());
        return s.toString();
    }

    /** The expression marked in up to {@link #CONTEXT} characters each side, on one line. */
    public static String context(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        return (from > 0 ? "…" : "") + oneLine(text.substring(from, start)) + OPEN + oneLine(text.substring(start, end))
                + CLOSE + oneLine(text.substring(end, to)) + (to < text.length() ? "…" : "");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\r\n|\r|\n", " ⏎ ").replace('\t', ' ');
    }
}
