package org.isnad.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads this JVM's memory figures: heap pools through JMX, resident set size from Linux's /proc. */
final class MemoryProbe {
    private static final Path STATUS = Path.of("/proc/self/status");

    private MemoryProbe() {
    }

    /** Starts the heap peaks afresh, so that what was used before (loading the documents) does not count. */
    static void resetHeapPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * The sum of each heap pool's peak usage since the last reset. Pools peak at different moments,
     * so this is an upper bound of the heap in use at any one time; the young pools' peaks follow the
     * collector's sizing as much as the live data.
     */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Heap in use after a full collection: roughly what is still reachable. */
    static long heapAfterGcBytes() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    /** This process's peak resident set size (VmHWM) in KiB, or -1 where /proc is not there. */
    static long peakRssKiB() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc is hidden: say unknown
        }
        return -1;
    }
}
