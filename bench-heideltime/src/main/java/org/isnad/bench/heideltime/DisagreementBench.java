package org.isnad.bench.heideltime;

import java.io.PrintStream;
import org.isnad.bench.disagreement.DisagreementCommand;

/**
 * Where Isnad's and HeidelTime's time expressions differ, on the same reports: totals, and each
 * side's only-expressions by shape. See bench/run-disagreement.sh and
 * {@link org.isnad.bench.disagreement.DisagreementOptions#USAGE}.
 */
public final class DisagreementBench {
    private DisagreementBench() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return DisagreementCommand.run("DisagreementBench", new HeidelTimeTimexes(), args, out, err);
    }
}
