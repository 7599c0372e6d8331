package org.isnad.bench.disagreement;

import java.nio.file.Path;
import org.isnad.bench.BenchOptions;
import org.isnad.bench.OptionReader;

/**
 * The disagreement report's options: {@code [--limit N] [--top N] [--out FILE] [DATA.jsonl]}.
 *
 * @param data  the JSONL file
 * @param limit only the first N reports; 0 for all
 * @param top   groups printed per table
 * @param out   the output file (with the examples' context)
 */
public record DisagreementOptions(Path data, int limit, int top, Path out) {
    public static final int DEFAULT_TOP = 50;
    /** Relative to the repository root; target/ is never committed. */
    public static final String DEFAULT_OUT = "target/heideltime-disagreement.txt";

    public static final String USAGE = """
            usage: [--limit N] [--top N] [--out FILE] [DATA.jsonl]
              DATA.jsonl  JSON Lines reports (text in "text" or "content", date in "date_extracted");
                          default: $ISNAD_BENCH_DATA, else %s
                          relative to the repository root (system property isnad.root, else the current folder)
              --limit N   only the first N reports (default: all)
              --top N     groups printed per table (default %d)
              --out FILE  the full report, with each example's context (default %s
                          under the repository root); standard output gets it without the contexts
            """.formatted(BenchOptions.DEFAULT_DATA, DEFAULT_TOP, DEFAULT_OUT);

    /** Parses the arguments; {@code null} when help was asked for. */
    public static DisagreementOptions parse(String[] args) {
        Path data = null;
        int limit = 0;
        int top = DEFAULT_TOP;
        Path out = null;
        OptionReader read = new OptionReader(args, USAGE);
        for (String a; (a = read.next()) != null; ) {
            switch (a) {
                case "--limit" -> limit = read.count(a, 1);
                case "--top" -> top = read.count(a, 1);
                case "--out" -> out = Path.of(read.value(a));
                default -> data = read.data(a, data);
            }
        }
        if (read.helpAsked()) {
            return null;
        }
        Path root = Path.of(System.getProperty("isnad.root", "."));
        return new DisagreementOptions(data != null ? data : BenchOptions.defaultData(), limit, top,
                out != null ? out : root.resolve(DEFAULT_OUT).normalize());
    }
}
