package org.isnad.bench.disagreement;

import java.util.List;
import java.util.Objects;
import org.isnad.model.Span;
import org.isnad.model.SpanIndex;

/**
 * Everything the disagreement report counts, report by report: both engines' expressions aligned
 * ({@link SpanAlignment}), each side's only-expressions by shape, the partial overlaps by pair of
 * shapes, and the value disagreements on shared expressions by pair of value shapes.
 */
public final class DisagreementTally {
    /** Characters of context printed on each side of an example. */
    static final int CONTEXT = 40;

    private final ExpressionShape shapes;
    final ShapeTable isnadOnly = new ShapeTable();
    final ShapeTable otherOnly = new ShapeTable();
    final ShapeTable partialPairs = new ShapeTable();
    final ShapeTable valueDisagreements = new ShapeTable();
    int reports;
    int otherFailures;
    long isnadFound;
    long otherFound;
    long shared;
    long sameValue;
    long sameType;
    long otherInClutter;

    public DisagreementTally(ExpressionShape shapes) {
        this.shapes = shapes;
    }

    /** Adds one report; {@code other} is null when the other engine failed on it. */
    public void add(String record, String text, IsnadTimexes.Findings isnad, List<FoundTimex> other) {
        reports++;
        if (other == null) {
            otherFailures++;
            other = List.of();
        }
        isnadFound += isnad.timexes().size();
        otherFound += other.size();
        SpanIndex<Span> clutter = SpanIndex.of(isnad.clutter(), s -> s);
        SpanAlignment.Result aligned = SpanAlignment.align(isnad.timexes(), other);
        for (SpanAlignment.Pair p : aligned.shared()) {
            shared++;
            sameType += Objects.equals(p.isnad().type(), p.other().type()) ? 1 : 0;
            if (Objects.equals(p.isnad().value(), p.other().value())) {
                sameValue++;
            } else {
                valueDisagreements.add(valueShape(p.isnad().value()) + "  vs  " + valueShape(p.other().value()),
                        false, false, record, () -> example(record, text, p.isnad(), p.other()));
            }
        }
        for (SpanAlignment.Unmatched u : aligned.isnadOnly()) {
            isnadOnly.add(shape(text, u.timex()), u.partial(), false, record,
                    () -> example(record, text, u.timex(), u.partner()));
            if (u.partial()) {
                partialPairs.add(shape(text, u.timex()) + "  vs  " + shape(text, u.partner()), true, false, record,
                        () -> example(record, text, u.timex(), u.partner()));
            }
        }
        for (SpanAlignment.Unmatched u : aligned.otherOnly()) {
            boolean inClutter = clutter.mostlyCovers(new Span(u.timex().start(), u.timex().end()));
            otherInClutter += inClutter ? 1 : 0;
            otherOnly.add(shape(text, u.timex()), u.partial(), inClutter, record,
                    () -> example(record, text, u.timex(), u.partner()));
            // A pair both of whose sides are only-expressions is counted once, from Isnad's side.
            if (u.partial() && aligned.isnadOnly().stream().noneMatch(i -> i.timex() == u.partner() && i.partner() == u.timex())) {
                partialPairs.add(shape(text, u.partner()) + "  vs  " + shape(text, u.timex()), true, inClutter, record,
                        () -> example(record, text, u.partner(), u.timex()));
            }
        }
    }

    private String shape(String text, FoundTimex t) {
        return shapes.of(t.text(text));
    }

    /** A TIMEX3 value with its digits made 9s: {@code 2015-08-11} → {@code 9999-99-99}. */
    static String valueShape(String value) {
        return value == null || value.isEmpty() ? "(none)" : value.replaceAll("\\d", "9");
    }

    private static ShapeTable.Example example(String record, String text, FoundTimex timex, FoundTimex partner) {
        return new ShapeTable.Example(record, timex, partner, context(text, timex));
    }

    /** The expression in brackets with up to {@link #CONTEXT} characters on each side, on one line. */
    static String context(String text, FoundTimex t) {
        int from = Math.max(0, t.start() - CONTEXT);
        int to = Math.min(text.length(), t.end() + CONTEXT);
        String s = text.substring(from, t.start()) + "⟦" + t.text(text) + "⟧" + text.substring(t.end(), to);
        return (from > 0 ? "…" : "") + s.replaceAll("\\s*[\\r\\n]+\\s*", " ¶ ").replaceAll("\\s+", " ").strip()
                + (to < text.length() ? "…" : "");
    }
}
