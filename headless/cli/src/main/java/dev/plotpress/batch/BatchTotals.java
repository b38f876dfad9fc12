package dev.plotpress.batch;

/**
 * A batch's outcome: counts, bytes written and wall time. {@code planned} is every job of this run (its shard);
 * {@code planned - jobs} were never started, which happens only when the batch was {@code stopped} (a signal,
 * --fail-fast, a report that could not be written), and then {@code stopped} says why.
 */
public record BatchTotals(long jobs, long written, long skipped, long failed, long bytes, long millis, long planned,
                          String stopped) {
    public static final BatchTotals NONE = new BatchTotals(0, 0, 0, 0, 0, 0, 0, null);

    public BatchTotals plus(JobResult r) {
        return new BatchTotals(jobs + 1, written + (r.status() == JobResult.Status.WRITTEN ? 1 : 0),
                skipped + (r.status() == JobResult.Status.SKIPPED ? 1 : 0),
                failed + (r.status() == JobResult.Status.FAILED ? 1 : 0), bytes + r.bytes(), millis, planned, stopped);
    }

    public BatchTotals withMillis(long wallMillis) {
        return new BatchTotals(jobs, written, skipped, failed, bytes, wallMillis, planned, stopped);
    }

    public BatchTotals withPlanned(long count) {
        return new BatchTotals(jobs, written, skipped, failed, bytes, millis, count, stopped);
    }

    public BatchTotals withStopped(String reason) {
        return new BatchTotals(jobs, written, skipped, failed, bytes, millis, planned, reason);
    }

    public long notRun() {
        return Math.max(0, planned - jobs);
    }

    public double chartsPerSecond() {
        return millis == 0 ? 0 : written * 1000.0 / millis;
    }

    public String summary() {
        String head = String.format(java.util.Locale.ROOT, "%d jobs: %d written, %d skipped (already done), %d failed",
                jobs, written, skipped, failed);
        String rest = String.format(java.util.Locale.ROOT, "; %.1f MB in %.1f s (%.1f charts/s)", bytes / 1e6,
                millis / 1000.0, chartsPerSecond());
        return stopped == null ? head + rest
                : head + ", " + notRun() + " not run (stopped: " + stopped + "; rerun with --resume to finish)" + rest;
    }
}
