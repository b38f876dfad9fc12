package dev.plotpress.batch;

/**
 * Memory after {@code charts} charts: heap in use after the last garbage collection, the committed heap, and
 * the process's resident set size (-1 where /proc is not there). {@code afterFullGc} marks a soak checkpoint,
 * taken right after a full collection: its heap figure is what is really kept alive.
 */
public record MemorySample(long charts, long elapsedMillis, long heapAfterGc, long heapCommitted, long rss,
                           boolean afterFullGc) {
}
