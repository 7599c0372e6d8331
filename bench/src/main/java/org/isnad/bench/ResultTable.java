package org.isnad.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints the results of one bench run as a small table, with what each figure measures. */
final class ResultTable {
    private static final String ROW = "%-44s %12s %10s %8s %8s %8s %9s %9s %9s %9s  %s%n";

    private ResultTable() {
    }

    static void print(PrintStream out, BenchOptions options, List<BenchResult> results) {
        BenchResult first = results.get(0);
        out.printf(Locale.ROOT, "Data: %s%n", options.data().toAbsolutePath().normalize());
        out.printf(Locale.ROOT, "      %s reports, %s characters%s; the reader skipped %d record(s) of the file, %d undated left out%n",
                group(first.reports()), group(first.chars()),
                options.limit() > 0 ? " (--limit " + options.limit() + ")" : "", first.unreadable(), first.undated());
        out.printf(Locale.ROOT, "Each engine: %s, one thread; warm-up over the first %d reports, repeated until it has lasted %d s,"
                        + " then one timed pass over all %d.%n",
                options.inProcess() ? "this JVM (--in-process: memory figures not per engine)"
                        : "its own child JVM (-Xmx" + options.xmx() + ", default GC, "
                        + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + ")",
                options.warmupFor(first.reports()), options.warmupSeconds(), first.reports());
        for (BenchResult r : results) {
            out.printf(Locale.ROOT, "      %s warmed up on %s reports%n", r.engine(), group(r.warmupReports()));
        }
        out.println();
        out.printf(Locale.ROOT, ROW, "engine", "chars/s", "reports/s", "timed s", "cpu s", "setup s",
                "peak RSS", "peak heap", "docs heap", "live heap", "found");
        for (BenchResult r : results) {
            out.printf(Locale.ROOT, ROW, r.engine(), group(Math.round(r.charsPerSecond())),
                    String.format(Locale.ROOT, "%,.1f", r.reportsPerSecond()), secs(r.wallNanos()),
                    r.cpuNanos() < 0 ? "?" : secs(r.cpuNanos()), secs(r.setupNanos()),
                    r.peakRssKiB() < 0 ? "?" : mib(r.peakRssKiB() * 1024), mib(r.peakHeapBytes()),
                    mib(r.docsHeapBytes()), mib(r.liveHeapBytes()), group(r.found()) + " " + r.foundUnit());
        }
        for (BenchResult other : results.subList(1, results.size())) {
            out.println();
            out.printf(Locale.ROOT, "%s / %s: %s the chars/s, %s the reports/s, %s the peak RSS, %s the peak heap%n",
                    shortName(first), shortName(other), ratio(first.charsPerSecond(), other.charsPerSecond()),
                    ratio(first.reportsPerSecond(), other.reportsPerSecond()),
                    first.peakRssKiB() < 0 || other.peakRssKiB() < 0 ? "?"
                            : ratio(first.peakRssKiB(), other.peakRssKiB()),
                    ratio(first.peakHeapBytes(), other.peakHeapBytes()));
        }
        out.println();
        out.println("""
                What is measured:
                  chars/s, reports/s  the timed pass's reports and their characters (UTF-16 units of the text)
                                      over its wall-clock time; documents were read before, untimed
                  timed s, cpu s      wall-clock time of the timed pass; CPU time of the bench thread in it
                  setup s             building the engine (rules, resources); not in the throughput
                  peak RSS            the child JVM's peak resident set (VmHWM from /proc/self/status) over its
                                      whole life: JVM, reading the documents, setup, warm-up and timed pass
                  peak heap           sum of the heap pools' peak use (MemoryPoolMXBean), reset after reading
                                      the documents; an upper bound (pools peak at different times) that also
                                      follows the collector's sizing of the young generation
                  docs heap           heap in use after reading the documents and a full GC (in every figure)
                  live heap           heap in use after the timed pass and a full GC (documents + engine state)
                  found               the engine's own count over the timed pass, a sanity check, not a score
                """);
    }

    private static String shortName(BenchResult r) {
        int space = r.engine().indexOf(' ');
        return space < 0 ? r.engine() : r.engine().substring(0, space);
    }

    private static String ratio(double a, double b) {
        return b == 0 ? "?" : String.format(Locale.ROOT, "%.2f×", a / b);
    }

    private static String group(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String secs(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024.0));
    }
}
