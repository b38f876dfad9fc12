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
 * Reads memory without disturbing it: never calls System.gc(). Heap after GC is the heap's occupancy right
 * after the most recent collection, from the collector MXBeans' last GC info (every heap pool, old generation
 * included). The pools' own collection usage is only the fallback: G1 updates its old generation's figure only
 * on mixed or full collections, so a slow leak into the old generation would stay invisible for a long time.
 */
public final class MemoryProbe {
    private static final Path STATUS = Path.of("/proc/self/status");
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final long start = System.nanoTime();

    public MemorySample sample(long charts) {
        return sample(charts, false);
    }

    /**
     * A soak checkpoint: a full collection first, so the heap figure is the live set. Only soak calls this, a few
     * dozen times per run; batches never do.
     */
    public MemorySample sampleAfterFullGc(long charts) {
        System.gc();
        return sample(charts, true);
    }

    private MemorySample sample(long charts, boolean afterFullGc) {
        long committed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        return new MemorySample(charts, elapsed, heapAfterLastGc(), committed, rss(), afterFullGc);
    }

    private long heapAfterLastGc() {
        return dev.plotpress.leak.LiveHeap.afterLastGc().orElseGet(this::poolsAfterTheirLastCollection);
    }

    private long poolsAfterTheirLastCollection() {
        long afterGc = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage usage = pool.getCollectionUsage();
            if (usage != null) {
                afterGc += usage.getUsed();
            }
        }
        return afterGc;
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
