package dev.plotpress.leak;

import com.sun.management.GcInfo;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.ref.WeakReference;
import java.util.List;

/**
 * The live heap: bytes still in use right after a full collection. {@code System.gc()} is only a request (and a
 * concurrent one under {@code -XX:+ExplicitGCInvokesConcurrent}), so a weakly held sentinel tells when a
 * collection really ran: once it is cleared, everything unreachable before the call has been reclaimed. The
 * figure is the heap pools' usage after that collection, from the collector MXBeans' last GC info, so
 * allocations made after it by other threads do not count.
 */
public final class LiveHeap {
    private static final int ATTEMPTS = 20;

    private LiveHeap() {
    }

    /** Collects and returns the live heap in bytes; refuses when explicit GCs are disabled. */
    public static long bytesAfterFullGc() {
        collect();
        return usedAfterLastGc();
    }

    /** A full collection that really ran (the sentinel is gone) and whose reference processing is done. */
    public static void collect() {
        WeakReference<Object> sentinel = new WeakReference<>(new Object());
        for (int attempt = 0; attempt < ATTEMPTS && sentinel.get() != null; attempt++) {
            System.gc();
            if (sentinel.get() != null) {
                pause(10L * (attempt + 1));
            }
        }
        if (sentinel.get() != null) {
            throw new IllegalStateException("System.gc() collected nothing in " + ATTEMPTS + " attempts: "
                    + "explicit collections are disabled (-XX:+DisableExplicitGC?); the leak check needs them");
        }
        // a second collection reclaims what the first one's reference processing (weak maps, cleaners) let go
        System.gc();
    }

    private static long usedAfterLastGc() {
        return afterLastGc().orElseGet(() -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** The heap in use just after the most recent collection of any collector, if one has run. */
    public static java.util.OptionalLong afterLastGc() {
        GcInfo last = null;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof com.sun.management.GarbageCollectorMXBean hotspot) {
                GcInfo info = hotspot.getLastGcInfo();
                if (info != null && (last == null || info.getEndTime() > last.getEndTime())) {
                    last = info;
                }
            }
        }
        if (last == null) {
            return java.util.OptionalLong.empty();
        }
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = pool.getType() == MemoryType.HEAP ? last.getMemoryUsageAfterGc().get(pool.getName()) : null;
            if (usage != null) {
                used += usage.getUsed();
            }
        }
        return java.util.OptionalLong.of(used);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
