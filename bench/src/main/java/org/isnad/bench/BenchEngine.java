package org.isnad.bench;

/**
 * One engine under measurement. A bench makes a new instance in each child JVM through its public
 * no-argument constructor, calls {@link #setUp()} once (timed apart from the throughput), then
 * {@link #process} on every report of the warm-up and of the timed pass, on one thread.
 */
public interface BenchEngine {
    /** What the result table calls it. */
    String name();

    /** Loads models, rules and resources; everything the engine needs before its first report. */
    void setUp() throws Exception;

    /**
     * Analyses one report and returns a count of what it found (spans, expressions…). The bench sums
     * the counts and prints them, so the work cannot be optimised away and a broken engine shows.
     */
    long process(BenchReport report) throws Exception;

    /** What {@link #process}'s count counts, for the table, e.g. {@code clutter spans}. */
    String foundUnit();
}
