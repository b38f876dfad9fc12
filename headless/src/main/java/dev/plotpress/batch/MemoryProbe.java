package dev.plotpress.batch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads memory without disturbing it: never calls System.gc(). Heap after GC is the sum of the heap pools'
 * collection usage (each pool's occupancy right after its last collection).
 */
public final class MemoryProbe {
    private static final Path STATUS = Path.of("/proc/self/status");
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
    private final long start = System.nanoTime();

    public MemorySample sample(long charts) {
        long afterGc = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage usage = pool.getCollectionUsage();
            if (usage != null) {
                afterGc += usage.getUsed();
            }
        }
        long committed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        return new MemorySample(charts, (System.nanoTime() - start) / 1_000_000, afterGc, committed, rss());
    }

    /** VmRSS from /proc/self/status in bytes, or -1 when not on Linux. */
    static long rss() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or /proc unavailable: RSS is simply not reported
        }
        return -1;
    }
}
