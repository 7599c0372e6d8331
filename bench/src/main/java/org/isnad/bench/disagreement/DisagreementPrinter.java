package org.isnad.bench.disagreement;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a {@link DisagreementTally} as text: how it was made, the totals, then each side's
 * only-expressions by shape, the partial overlaps and the value disagreements, the {@code top} most
 * frequent groups of each. With {@code contexts} every example also shows the text around it (for
 * the output file only: the reports' text is not ours to spread).
 */
public final class DisagreementPrinter {
    private final PrintStream out;
    private final String isnad;
    private final String other;
    private final int top;
    private final boolean contexts;

    public DisagreementPrinter(PrintStream out, String isnadName, String otherName, int top, boolean contexts) {
        this.out = out;
        this.isnad = isnadName;
        this.other = otherName;
        this.top = top;
        this.contexts = contexts;
    }

    public void print(List<String> header, DisagreementTally t, List<String> otherNotes) {
        header.forEach(out::println);
        out.println("""
                How: both engines read the same text; two expressions are shared when they overlap by at least half
                of their union (taken one to one, best overlap first); every other expression is its engine's only,
                "partial" when the other engine has one overlapping it by less. Shape: the normalised text with digit
                runs as 9s by length and MONTH, HMONTH, WEEKDAY, NUM (cardinal), ORD (ordinal) for the words of
                Isnad's lexicons ("و+MONTH" keeps a proclitic); "clutter": in a stretch Isnad's cleaner took for
                clutter, whose expressions its time stage leaves out by design.""");
        out.println();
        totals(t, otherNotes);
        shapes("Only " + isnad, t.isnadOnly, brief(isnad), brief(other));
        shapes("Only " + other, t.otherOnly, brief(other), brief(isnad));
        pairs("Partial overlaps, by pair of shapes (" + brief(isnad) + "  vs  " + brief(other) + ")", "pairs",
                t.partialPairs);
        pairs("Value disagreements on shared expressions, by pair of value shapes (" + brief(isnad) + "  vs  "
                + brief(other) + ")", "pairs", t.valueDisagreements);
    }

    private void totals(DisagreementTally t, List<String> otherNotes) {
        out.println("Totals");
        row("reports", group(t.reports) + (t.otherFailures > 0 ? " (" + other + " failed on " + t.otherFailures + ")" : ""));
        row("expressions, " + brief(isnad), group(t.isnadFound));
        row("expressions, " + brief(other), group(t.otherFound));
        row("shared", group(t.shared) + share(t.shared, t.isnadFound, brief(isnad)) + share(t.shared, t.otherFound, brief(other)));
        row("only " + brief(isnad), group(t.isnadOnly.total()) + ", of which partial " + group(partial(t.isnadOnly)));
        row("only " + brief(other), group(t.otherOnly.total()) + ", of which partial " + group(partial(t.otherOnly))
                + ", in " + brief(isnad) + "'s clutter " + group(t.otherInClutter));
        row("same value on shared", group(t.sameValue) + " of " + group(t.shared) + percent(t.sameValue, t.shared));
        row("same type on shared", group(t.sameType) + " of " + group(t.shared) + percent(t.sameType, t.shared));
        for (String note : otherNotes) {
            row(brief(other) + " output", note);
        }
        out.println();
    }

    private void row(String label, String value) {
        out.printf(Locale.ROOT, "  %-28s %s%n", label, value);
    }

    private void shapes(String title, ShapeTable table, String self, String opposite) {
        out.printf(Locale.ROOT, "%s: %s expressions, %s shapes%s%n", title, group(table.total()),
                group(table.groups()), shown(table));
        out.printf(Locale.ROOT, "  %4s %6s %6s %6s  %s%n", "#", "count", "partl", "cluttr", "shape");
        int rank = 0;
        for (ShapeTable.Group g : table.byFrequency().subList(0, Math.min(top, table.groups()))) {
            out.printf(Locale.ROOT, "  %4d %6d %6d %6d  %s%n", ++rank, g.count(), g.partial(), g.inClutter(), g.key());
            ShapeTable.Example first = g.examples().get(0);
            String overlapping = g.examples().stream().filter(e -> e.partner() != null).findFirst()
                    .map(e -> opposite + " overlapping: " + typeValue(e.partner())).orElse(opposite + ": none overlapping");
            out.printf(Locale.ROOT, "  %26s%s %s; %s%n", "", self, typeValue(first.timex()), overlapping);
            examples(g);
        }
        out.println();
    }

    private void pairs(String title, String unit, ShapeTable table) {
        out.printf(Locale.ROOT, "%s: %s %s, %s groups%s%n", title, group(table.total()), unit, group(table.groups()),
                shown(table));
        int rank = 0;
        for (ShapeTable.Group g : table.byFrequency().subList(0, Math.min(top, table.groups()))) {
            out.printf(Locale.ROOT, "  %4d %6d  %s%n", ++rank, g.count(), g.key());
            ShapeTable.Example first = g.examples().get(0);
            out.printf(Locale.ROOT, "  %12s%s %s  vs  %s %s%n", "", brief(isnad), typeValue(first.timex()),
                    brief(other), first.partner() == null ? "-" : typeValue(first.partner()));
            examples(g);
        }
        out.println();
    }

    private String shown(ShapeTable table) {
        return table.groups() > top ? String.format(Locale.ROOT, "; the %d most frequent", top) : "";
    }

    private void examples(ShapeTable.Group g) {
        if (contexts) {
            for (ShapeTable.Example e : g.examples()) {
                out.printf(Locale.ROOT, "  %12s%s  %s%n", "", where(e), e.context());
            }
        } else {
            out.printf(Locale.ROOT, "  %12s%s%n", "", g.examples().stream().map(DisagreementPrinter::where)
                    .collect(Collectors.joining("; ")));
        }
    }

    private static String where(ShapeTable.Example e) {
        return e.record() + " " + e.timex().start() + "-" + e.timex().end();
    }

    private static String typeValue(FoundTimex t) {
        return t.type() + " " + (t.value() == null || t.value().isEmpty() ? "(no value)" : t.value());
    }

    private static int partial(ShapeTable table) {
        return table.byFrequency().stream().mapToInt(ShapeTable.Group::partial).sum();
    }

    /** An engine's first word: "Isnad", "HeidelTime". */
    private static String brief(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static String share(long part, long whole, String of) {
        return whole == 0 ? "" : String.format(Locale.ROOT, ", %.1f%% of %s's", 100.0 * part / whole, of);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "" : String.format(Locale.ROOT, " (%.1f%%)", 100.0 * part / whole);
    }

    private static String group(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
