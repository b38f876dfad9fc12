package dev.plotpress.batch;

/**
 * Memory after {@code charts} charts: heap in use after the last garbage collection (what is really kept),
 * the committed heap, and the process's resident set size (-1 where /proc is not there).
 */
public record MemorySample(long charts, long elapsedMillis, long heapAfterGc, long heapCommitted, long rss) {
}
