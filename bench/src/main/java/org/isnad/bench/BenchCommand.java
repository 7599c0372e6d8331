package org.isnad.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a bench command: parses the options, measures each engine in turn (one child JVM each, in
 * the order given) on the same documents, and prints the table.
 */
public final class BenchCommand {
    private BenchCommand() {
    }

    /**
     * @param engineClasses the engines, by class name, in the order to run them
     * @param jvmArgs       extra options for each child JVM (system properties an engine reads)
     * @return the exit code: 0 measured, 1 failed, 2 usage error or missing data
     */
    public static int run(String command, List<String> engineClasses, List<String> jvmArgs, String[] args,
                          PrintStream out, PrintStream err) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (BenchException e) {
            err.println(command + ": " + e.getMessage());
            return 2;
        }
        if (options == null) {
            out.println(command + " " + BenchOptions.USAGE.strip().replaceFirst("^usage: ", ""));
            return 0;
        }
        if (!Files.isRegularFile(options.data())) {
            err.println(command + ": bench data not found: " + options.data().toAbsolutePath().normalize());
            err.println("  give the JSONL file as an argument, or set ISNAD_BENCH_DATA"
                    + " (default: " + BenchOptions.DEFAULT_DATA + " relative to the repository root)");
            return 2;
        }
        List<BenchResult> results = new ArrayList<>();
        try {
            if (options.inProcess()) {
                BenchCorpus corpus = BenchCorpus.load(options.data(), options.limit());
                int warmup = options.warmupFor(corpus.reports().size());
                for (String engine : engineClasses) {
                    err.println(command + ": measuring " + engine + " in this JVM…");
                    results.add(BenchRunner.measure(BenchRunner.engine(engine), corpus, warmup));
                }
            } else {
                for (String engine : engineClasses) {
                    err.println(command + ": measuring " + engine + " in a child JVM (-Xmx" + options.xmx() + ")…");
                    results.add(BenchRunner.fork(engine, options, jvmArgs, err));
                }
            }
        } catch (BenchException e) {
            err.println(command + ": " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println(command + ": " + e);
            return 1;
        }
        ResultTable.print(out, options, results);
        return 0;
    }
}
