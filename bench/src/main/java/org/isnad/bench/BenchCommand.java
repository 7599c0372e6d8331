package org.isnad.bench;

import java.io.PrintStream;
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
        CommandSteps.Start<BenchOptions> start = CommandSteps.start(command, args, BenchOptions::parse,
                BenchOptions.USAGE, BenchOptions::data, "bench data", out, err);
        BenchOptions options = start.options();
        if (options == null) {
            return start.exit();
        }
        return CommandSteps.run(command, err, () -> {
            List<BenchResult> results = new ArrayList<>();
            if (options.inProcess()) {
                BenchCorpus corpus = BenchCorpus.load(options.data(), options.limit());
                int warmup = options.warmupFor(corpus.reports().size());
                for (String engine : engineClasses) {
                    err.println(command + ": measuring " + engine + " in this JVM…");
                    results.add(BenchRunner.measure(BenchRunner.engine(engine), corpus, warmup, options.warmupSeconds()));
                }
            } else {
                for (String engine : engineClasses) {
                    err.println(command + ": measuring " + engine + " in a child JVM (-Xmx" + options.xmx() + ")…");
                    results.add(BenchRunner.fork(engine, options, jvmArgs, err));
                }
            }
            ResultTable.print(out, options, results);
            return 0;
        });
    }
}
