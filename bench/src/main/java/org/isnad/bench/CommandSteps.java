package org.isnad.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The steps that the bench commands reading a data file share, so that they answer alike: the
 * start (options read, help printed, the data file looked for) and the run (a failure said on
 * standard error as {@code command: why}, exit 1).
 */
public final class CommandSteps {
    private CommandSteps() {
    }

    /** The options read, or, when {@code options} is null, the exit code the command ends with. */
    public record Start<O>(O options, int exit) {
    }

    /** The command's work once it has its options: returns the exit code. */
    public interface Work {
        int run() throws Exception;
    }

    /**
     * Reads the options with {@code parse} (null: help was asked for); ends with 0 after the help,
     * 2 on a usage error or when the data file is not there ({@code dataLabel + " not found"}).
     */
    public static <O> Start<O> start(String command, String[] args, Function<String[], O> parse, String usage,
                                     Function<O, Path> data, String dataLabel, PrintStream out, PrintStream err) {
        O options;
        try {
            options = parse.apply(args);
        } catch (BenchException e) {
            err.println(command + ": " + e.getMessage());
            return new Start<>(null, 2);
        }
        if (options == null) {
            out.println(command + " " + usage.strip().replaceFirst("^usage: ", ""));
            return new Start<>(null, 0);
        }
        Path file = data.apply(options);
        if (!Files.isRegularFile(file)) {
            err.println(command + ": " + dataLabel + " not found: " + file.toAbsolutePath().normalize());
            err.println("  give the JSONL file as an argument, or set ISNAD_BENCH_DATA"
                    + " (default: " + BenchOptions.DEFAULT_DATA + " relative to the repository root)");
            return new Start<>(null, 2);
        }
        return new Start<>(options, 0);
    }

    /** Runs {@code work}; a failure is said on {@code err} and ends the command with 1. */
    public static int run(String command, PrintStream err, Work work) {
        try {
            return work.run();
        } catch (BenchException e) {
            err.println(command + ": " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println(command + ": " + e);
            return 1;
        }
    }
}
