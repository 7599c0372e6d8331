package org.isnad.bench.disagreement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.bench.BenchException;
import org.isnad.bench.BenchOptions;

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
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String a = rest.remove(0);
            switch (a) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--limit" -> limit = count(a, value(a, rest));
                case "--top" -> top = count(a, value(a, rest));
                case "--out" -> out = Path.of(value(a, rest));
                default -> {
                    if (a.startsWith("-") || data != null) {
                        throw new BenchException("unexpected argument: " + a + "\n" + USAGE);
                    }
                    data = Path.of(a);
                }
            }
        }
        Path root = Path.of(System.getProperty("isnad.root", "."));
        return new DisagreementOptions(data != null ? data : defaultData(root), limit, top,
                out != null ? out : root.resolve(DEFAULT_OUT).normalize());
    }

    private static Path defaultData(Path root) {
        String env = System.getenv("ISNAD_BENCH_DATA");
        return env != null && !env.isBlank() ? Path.of(env) : root.resolve(BenchOptions.DEFAULT_DATA).normalize();
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new BenchException(option + " needs a value\n" + USAGE);
        }
        return rest.remove(0);
    }

    private static int count(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BenchException(option + " wants a whole number of at least 1, not " + value);
    }
}
