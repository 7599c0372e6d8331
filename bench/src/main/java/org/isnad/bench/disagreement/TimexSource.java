package org.isnad.bench.disagreement;

import java.util.List;
import org.isnad.bench.BenchReport;

/** The engine Isnad is compared with: it finds time expressions in a report's text. */
public interface TimexSource {
    /** What the report calls it. */
    String name();

    /** Loads rules and resources, once, before the first report. */
    void setUp() throws Exception;

    /** The expressions found in {@code report.text()}, at offsets of that text. */
    List<FoundTimex> find(BenchReport report) throws Exception;

    /** What the source checked about its own output, or had to work around, for the report's totals. */
    default List<String> notes() {
        return List.of();
    }
}
