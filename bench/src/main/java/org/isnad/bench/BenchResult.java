package org.isnad.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one engine did in one run. A child JVM prints it as one line ({@link #toLine}) that the
 * parent reads back ({@link #parse}).
 *
 * @param engine        the engine's name
 * @param reports       reports in the timed pass
 * @param chars         their characters (UTF-16 code units of the text)
 * @param warmupReports reports of the warm-up pass, before it
 * @param setupNanos    building the engine (rules, resources), not part of the throughput
 * @param wallNanos     wall-clock time of the timed pass
 * @param cpuNanos      the bench thread's CPU time in the timed pass (-1 when the JVM cannot tell)
 * @param found         the engine's count of what it found in the timed pass
 * @param foundUnit     what {@code found} counts
 * @param peakRssKiB    the child process's peak resident set (VmHWM), whole life, in KiB; -1 unknown
 * @param peakHeapBytes sum of the heap pools' peaks from after loading to the end of the timed pass
 * @param docsHeapBytes heap in use after loading the documents and a full GC (in every figure above)
 * @param liveHeapBytes heap in use after the timed pass and a full GC (documents + engine state)
 * @param maxHeapBytes  the child's maximum heap (-Xmx)
 * @param unreadable    records of the data file that the reader skipped
 * @param undated       readable records left out for want of a date
 */
public record BenchResult(String engine, int reports, long chars, int warmupReports, long setupNanos,
                          long wallNanos, long cpuNanos, long found, String foundUnit, long peakRssKiB,
                          long peakHeapBytes, long docsHeapBytes, long liveHeapBytes, long maxHeapBytes,
                          int unreadable, int undated) {
    static final String PREFIX = "BENCH-RESULT\t";

    public double seconds() {
        return wallNanos / 1e9;
    }

    public double charsPerSecond() {
        return chars / seconds();
    }

    public double reportsPerSecond() {
        return reports / seconds();
    }

    public String toLine() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("engine", engine);
        f.put("reports", reports);
        f.put("chars", chars);
        f.put("warmupReports", warmupReports);
        f.put("setupNanos", setupNanos);
        f.put("wallNanos", wallNanos);
        f.put("cpuNanos", cpuNanos);
        f.put("found", found);
        f.put("foundUnit", foundUnit);
        f.put("peakRssKiB", peakRssKiB);
        f.put("peakHeapBytes", peakHeapBytes);
        f.put("docsHeapBytes", docsHeapBytes);
        f.put("liveHeapBytes", liveHeapBytes);
        f.put("maxHeapBytes", maxHeapBytes);
        f.put("unreadable", unreadable);
        f.put("undated", undated);
        StringBuilder b = new StringBuilder(PREFIX);
        f.forEach((k, v) -> b.append(k).append('=').append(String.valueOf(v).replace('\t', ' ')).append('\t'));
        return b.substring(0, b.length() - 1);
    }

    /** Reads a line made by {@link #toLine}. */
    public static BenchResult parse(String line) {
        if (!line.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a bench result line: " + line);
        }
        Map<String, String> f = new LinkedHashMap<>();
        for (String field : line.substring(PREFIX.length()).split("\t")) {
            int eq = field.indexOf('=');
            f.put(field.substring(0, eq), field.substring(eq + 1));
        }
        return new BenchResult(f.get("engine"), Integer.parseInt(f.get("reports")), Long.parseLong(f.get("chars")),
                Integer.parseInt(f.get("warmupReports")), Long.parseLong(f.get("setupNanos")),
                Long.parseLong(f.get("wallNanos")), Long.parseLong(f.get("cpuNanos")), Long.parseLong(f.get("found")),
                f.get("foundUnit"), Long.parseLong(f.get("peakRssKiB")), Long.parseLong(f.get("peakHeapBytes")),
                Long.parseLong(f.get("docsHeapBytes")), Long.parseLong(f.get("liveHeapBytes")),
                Long.parseLong(f.get("maxHeapBytes")), Integer.parseInt(f.get("unreadable")),
                Integer.parseInt(f.get("undated")));
    }
}
