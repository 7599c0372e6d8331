package org.isnad.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures one engine: in this JVM ({@link #measure}), or in a child JVM of its own ({@link #fork}),
 * which is how the bench commands run each engine so that its memory figures are its own.
 */
public final class BenchRunner {
    /** Keeps the warm-up's counts alive, so the warm-up work cannot be dropped. */
    private static volatile long sink;

    private BenchRunner() {
    }

    /**
     * Loads nothing: the corpus is already in memory. Takes the heap baseline, resets the heap peaks,
     * sets the engine up, runs the warm-up over the first {@code warmup} reports (again and again
     * until it has lasted {@code warmupSeconds}), then times one pass over all of them on this thread.
     * The warm-up is as long for a fast engine as for a slow one: a pass of a few seconds timed while
     * the JIT still compiles measures the JIT, and moved by half from run to run (README).
     */
    public static BenchResult measure(BenchEngine engine, BenchCorpus corpus, int warmup, int warmupSeconds) throws Exception {
        List<BenchReport> reports = corpus.reports();
        if (reports.isEmpty()) {
            throw new BenchException("no report to measure on");
        }
        long docsHeap = MemoryProbe.heapAfterGcBytes();
        MemoryProbe.resetHeapPeaks();

        long setupStart = System.nanoTime();
        engine.setUp();
        long setup = System.nanoTime() - setupStart;

        int w = Math.min(warmup, reports.size());
        long warm = 0;
        long warmed = 0;
        long warmUntil = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        do {
            for (int i = 0; i < w; i++) {
                warm += engine.process(reports.get(i));
            }
            warmed += w;
        } while (w > 0 && System.nanoTime() < warmUntil);
        sink += warm;

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        long found = 0;
        for (BenchReport r : reports) {
            found += engine.process(r);
        }
        long wall = System.nanoTime() - start;
        long cpuTime = cpu ? threads.getCurrentThreadCpuTime() - cpuStart : -1;

        long peakHeap = MemoryProbe.peakHeapBytes();
        long liveHeap = MemoryProbe.heapAfterGcBytes();
        return new BenchResult(engine.name(), reports.size(), corpus.chars(), (int) Math.min(Integer.MAX_VALUE, warmed), setup, wall, cpuTime, found,
                engine.foundUnit(), MemoryProbe.peakRssKiB(), peakHeap, docsHeap, liveHeap,
                MemoryProbe.maxHeapBytes(), corpus.unreadable(), corpus.undated());
    }

    /** Makes an engine from its class name (public, no-argument constructor). */
    public static BenchEngine engine(String className) {
        try {
            return (BenchEngine) Class.forName(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new BenchException("cannot make bench engine " + className + ": " + e, e);
        }
    }

    /**
     * Runs {@link Child} in a new JVM with this JVM's class path and {@code -Xmx}, passes its output
     * lines to {@code log} and returns the result it printed.
     */
    public static BenchResult fork(String engineClass, BenchOptions options, List<String> jvmArgs, PrintStream log) {
        List<String> command = ChildJvm.command(options.xmx(), jvmArgs, Child.class, List.of(engineClass,
                options.data().toString(), Integer.toString(options.limit()), Integer.toString(options.warmup()),
                Integer.toString(options.warmupSeconds())));
        BenchResult[] result = {null};
        int exit = ChildJvm.run(command, line -> {
            if (line.startsWith(BenchResult.PREFIX)) {
                result[0] = BenchResult.parse(line);
            } else {
                log.println("  [" + engineClass.substring(engineClass.lastIndexOf('.') + 1) + "] " + line);
            }
        });
        if (exit != 0 || result[0] == null) {
            throw new BenchException("the child JVM measuring " + engineClass + " failed (exit " + exit
                    + "); its messages are above");
        }
        return result[0];
    }

    /**
     * A child JVM's entry point: {@code ENGINE_CLASS DATA LIMIT WARMUP WARMUP_SECONDS} (LIMIT 0: all; WARMUP -1: default). Loads the documents, measures
     * the engine and prints one {@link BenchResult#toLine result line} on standard output.
     */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) {
            ChildJvm.exitAfter(() -> {
                BenchEngine engine = engine(args[0]);
                BenchCorpus corpus = BenchCorpus.load(Path.of(args[1]), Integer.parseInt(args[2]));
                int warmup = BenchOptions.warmupFor(Integer.parseInt(args[3]), corpus.reports().size());
                BenchResult result = measure(engine, corpus, warmup, Integer.parseInt(args[4]));
                System.out.println(result.toLine());
            });
        }
    }
}
