package org.isnad.bench;

import java.util.List;

/**
 * Throughput and memory of Isnad's per-report pipeline ({@code Isnad.analyseReport}) on one thread,
 * measured in a child JVM. {@code java -jar bench/target/isnad-bench-all.jar [options] [DATA.jsonl]};
 * see {@link BenchOptions#USAGE}. With {@code --hostile}, reports of hostile shapes instead (see {@link HostileBench}).
 */
public final class PipelineBench {
    private PipelineBench() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        List<String> given = List.of(args);
        if (given.contains("--hostile")) {
            return HostileBench.run(args, out, err);
        }
        int exit = BenchCommand.run("PipelineBench", List.of(IsnadEngine.class.getName()), List.of(), args, out, err);
        if (given.contains("--help") || given.contains("-h")) {
            out.println("   or: PipelineBench " + HostileBench.USAGE.strip().replaceFirst("^usage: ", ""));
        }
        return exit;
    }
}
