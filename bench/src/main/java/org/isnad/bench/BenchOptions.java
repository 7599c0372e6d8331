package org.isnad.bench;

import java.nio.file.Path;

/**
 * A bench command's options: {@code [--limit N] [--warmup N] [--xmx SIZE] [--in-process] [DATA.jsonl]}.
 *
 * @param data      the JSONL file
 * @param limit     run on the first N reports; 0 for all
 * @param warmup    reports in the warm-up pass; -1 for the default (a quarter of the reports)
 * @param warmupSeconds the warm-up goes over those reports again until it has lasted this long, so
 *                  that each engine is timed once its JIT has settled, however fast it is
 * @param xmx       the maximum heap of each child JVM
 * @param inProcess measure in this JVM instead of one child JVM per engine (for quick checks and tests:
 *                  the memory figures are then not those of one engine alone)
 */
public record BenchOptions(Path data, int limit, int warmup, int warmupSeconds, String xmx, boolean inProcess) {
    /** Where the SaudiNewsNet sample lies, relative to the repository root. */
    public static final String DEFAULT_DATA =
            "../shared/data/saudinewsnet_sample/saudinewsnet_2015-08-10_11_sample.jsonl";
    public static final String DEFAULT_XMX = "1g";
    public static final int DEFAULT_WARMUP_SECONDS = 30;

    public static final String USAGE = """
            usage: [--limit N] [--warmup N] [--warmup-seconds S] [--xmx SIZE] [--in-process] [DATA.jsonl]
              DATA.jsonl    JSON Lines reports (text in "text" or "content", date in "date_extracted");
                            default: $ISNAD_BENCH_DATA, else %s
                            relative to the repository root (system property isnad.root, else the current folder)
              --limit N     only the first N reports (default: all)
              --warmup N    reports in the untimed warm-up pass (default: a quarter of them, at least 1)
              --warmup-seconds S  go over them again until the warm-up has lasted S seconds (default %d)
              --xmx SIZE    maximum heap of each engine's child JVM (default %s)
              --in-process  measure in this JVM, no child JVM (memory figures then not per engine)
            """.formatted(DEFAULT_DATA, DEFAULT_WARMUP_SECONDS, DEFAULT_XMX);

    /** Parses the arguments; {@code null} when help was asked for. */
    public static BenchOptions parse(String[] args) {
        Path data = null;
        int limit = 0;
        int warmup = -1;
        int warmupSeconds = DEFAULT_WARMUP_SECONDS;
        String xmx = DEFAULT_XMX;
        boolean inProcess = false;
        OptionReader read = new OptionReader(args, USAGE);
        for (String a; (a = read.next()) != null; ) {
            switch (a) {
                case "--limit" -> limit = read.count(a, 1);
                case "--warmup" -> warmup = read.count(a, 0);
                case "--warmup-seconds" -> warmupSeconds = read.count(a, 0);
                case "--xmx" -> xmx = read.heapSize(a);
                case "--in-process" -> inProcess = true;
                default -> data = read.data(a, data);
            }
        }
        if (read.helpAsked()) {
            return null;
        }
        return new BenchOptions(data != null ? data : defaultData(), limit, warmup, warmupSeconds, xmx, inProcess);
    }

    /** The warm-up size for a corpus of {@code reports} reports. */
    public int warmupFor(int reports) {
        return warmupFor(warmup, reports);
    }

    /** The warm-up size for {@code warmup} as given (-1 for the default) and {@code reports} reports. */
    public static int warmupFor(int warmup, int reports) {
        int w = warmup >= 0 ? warmup : Math.max(1, reports / 4);
        return Math.min(w, reports);
    }

    /** The data file when none is given: $ISNAD_BENCH_DATA, else the sample under the repository root. */
    public static Path defaultData() {
        String env = System.getenv("ISNAD_BENCH_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("isnad.root", ".")).resolve(DEFAULT_DATA).normalize();
    }
}
