package org.isnad.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A child JVM on this JVM's class path. The bench measures in one of its own so that the memory
 * figures are the measurement's alone; both sides of that are here: starting the child and reading
 * what it prints, and the child's way of ending (exit 0 done, 1 failed, the reason on standard error).
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** What the child does; it prints its result on standard output. */
    public interface Work {
        void run() throws Exception;
    }

    /** {@code java -Xmx<xmx> <jvmArgs> -cp <this class path> <main> <args>}. */
    public static List<String> command(String xmx, List<String> jvmArgs, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + xmx);
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        return command;
    }

    /**
     * Runs {@code command}, passes each line of its standard output to {@code line} (its standard
     * error is this JVM's) and returns its exit code.
     */
    public static int run(List<String> command, Consumer<String> line) {
        try {
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = lines.readLine()) != null; ) {
                    line.accept(l);
                }
            }
            return child.waitFor();
        } catch (IOException e) {
            throw new BenchException("cannot start a child JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while the child JVM ran", e);
        }
    }

    /** The child's side: does {@code work} and exits, 0 when it is done, 1 when it failed. */
    public static void exitAfter(Work work) {
        try {
            work.run();
            System.out.flush();
            System.exit(0);
        } catch (BenchException e) {
            System.err.println(e.getMessage());
        } catch (Exception | LinkageError e) {
            e.printStackTrace();
        }
        System.exit(1);
    }
}
