package org.isnad.bench.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.isnad.time.Timex;

/**
 * Holds the engine to a verdicts file. A timex judged right must still be found at exactly its
 * offsets with the same value. A wrong one is "given" when a timex stands at exactly its offsets
 * and, for a wrong value, has that value again (a not-time or a wrong extent is wrong whatever value
 * it gets); an
 * {@code open} one must still be given (when it is not, the file is to be updated to {@code fixed},
 * so that the gain is kept), a {@code fixed} one must not come back.
 */
public final class VerdictCheck {
    private VerdictCheck() {
    }

    /**
     * @param found each record's timexes by record id; a record the data no longer holds is missing
     */
    public static Outcome check(List<Verdict> verdicts, Map<String, List<Timex>> found) {
        List<String> problems = new ArrayList<>();
        int right = 0;
        int open = 0;
        int fixed = 0;
        for (Verdict v : verdicts) {
            List<Timex> timexes = found.get(v.recordId());
            if (timexes == null) {
                problems.add(v.where() + ": the record is not in the data");
                continue;
            }
            Timex at = at(timexes, v.start(), v.end());
            if (v.right()) {
                right++;
                if (at == null) {
                    problems.add(v.where() + ": judged right, no timex there any more" + near(timexes, v));
                } else if (!Objects.equals(at.value(), v.value())) {
                    problems.add(v.where() + ": judged right, now valued " + Verdict.valueCell(at.value()));
                }
                continue;
            }
            boolean given = at != null && (v.error() != Verdict.Error.VALUE || Objects.equals(at.value(), v.value()));
            if (v.state() == Verdict.State.OPEN) {
                open++;
                if (!given) {
                    problems.add(v.where() + ": judged wrong and no longer given"
                            + (at == null ? "" : " (now valued " + Verdict.valueCell(at.value()) + ": judge it again)")
                            + ": set its state to fixed");
                }
            } else {
                fixed++;
                if (given) {
                    problems.add(v.where() + ": judged wrong (" + v.reason() + ") and fixed, but it is back");
                }
            }
        }
        return new Outcome(verdicts.size(), right, open, fixed, problems);
    }

    private static Timex at(List<Timex> timexes, int start, int end) {
        for (Timex t : timexes) {
            if (t.span().start() == start && t.span().end() == end) {
                return t;
            }
        }
        return null;
    }

    /** Says where a timex that moved a little now is, so the reviewer can tell a shift from a loss. */
    private static String near(List<Timex> timexes, Verdict v) {
        for (Timex t : timexes) {
            if (t.span().start() < v.end() && v.start() < t.span().end()) {
                return " (overlapped by [" + t.span().start() + "," + t.span().end() + ") " + Verdict.valueCell(t.value()) + ")";
            }
        }
        return "";
    }

    /**
     * @param judged   lines in the file
     * @param right    lines judged right: precision is right / judged, the figure of the review
     * @param problems what no longer holds, one line each; empty when the engine keeps to the file
     */
    public record Outcome(int judged, int right, int open, int fixed, List<String> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }

        public double precision() {
            return judged == 0 ? 0 : (double) right / judged;
        }

        public String summary() {
            return String.format(java.util.Locale.ROOT, "precision = %d/%d = %.1f%% (wrong: %d open, %d fixed); %d problem%s",
                    right, judged, 100 * precision(), open, fixed, problems.size(), problems.size() == 1 ? "" : "s");
        }
    }
}
