package org.isnad.bench.review;

import java.io.PrintWriter;

/**
 * What a sample was drawn from and with, printed at the head of a listing so that a verdicts file
 * can say which seed and engine its lines were judged on.
 *
 * @param commit   the repository's commit as the launcher script saw it, or {@code unknown}
 * @param held     what was left out of the pool before the draw (lines judged before), or null
 */
public record SampleHeader(long seed, int asked, int drawn, int pool, int records, int unreadable,
                           String engine, String commit, String data, String held) {
    public SampleHeader(long seed, int asked, int drawn, int pool, int records, int unreadable, String engine, String commit, String data) {
        this(seed, asked, drawn, pool, records, unreadable, engine, commit, data, null);
    }

    public void print(PrintWriter out) {
        out.printf("# timex sample: seed %d, %d drawn (asked %d) of %d timexes in %d records (%d unreadable records skipped)%n",
                seed, drawn, asked, pool, records, unreadable);
        if (held != null) {
            out.printf("# held out: drawn only from timexes never judged: %s%n", held);
        }
        out.printf("# engine: %s, commit %s%n", engine, commit);
        out.printf("# data: %s%n", data);
        out.println("# each record analysed as a run of its own (Isnad.analyse on one document, as read by ReportReader);");
        out.println("# pool sorted by record id, start, end; drawn with java.util.Random(seed), partial Fisher-Yates.");
        out.println("# holds article text: keep this file outside the repository.");
        out.println("# tsv columns: record, start, end, value, verdict (right|wrong), error (-|not-time|extent|value), state (-|open|fixed), reason");
    }
}
