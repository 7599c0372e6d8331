package org.isnad.bench.heideltime;

import java.io.PrintStream;
import java.util.List;
import org.isnad.bench.BenchCommand;
import org.isnad.bench.IsnadEngine;

/**
 * Isnad's per-report pipeline, then HeidelTime, on the same reports, each on one thread in a child
 * JVM of its own with the same heap limit; prints both and their ratio. See bench/run-heideltime.sh.
 */
public final class CompareBench {
    private CompareBench() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String config = System.getProperty(HeidelTimeEngine.CONFIG_PROPERTY);
        List<String> jvmArgs = config == null ? List.of() : List.of("-D" + HeidelTimeEngine.CONFIG_PROPERTY + "=" + config);
        return BenchCommand.run("CompareBench", List.of(IsnadEngine.class.getName(), HeidelTimeEngine.class.getName()),
                jvmArgs, args, out, err);
    }
}
