package dev.plotpress.batch;

/** A batch's outcome: counts, bytes written and wall time. */
public record BatchTotals(long jobs, long written, long skipped, long failed, long bytes, long millis) {
    public static final BatchTotals NONE = new BatchTotals(0, 0, 0, 0, 0, 0);

    public BatchTotals plus(JobResult r) {
        return new BatchTotals(jobs + 1, written + (r.status() == JobResult.Status.WRITTEN ? 1 : 0),
                skipped + (r.status() == JobResult.Status.SKIPPED ? 1 : 0),
                failed + (r.status() == JobResult.Status.FAILED ? 1 : 0), bytes + r.bytes(), millis);
    }

    public BatchTotals withMillis(long wallMillis) {
        return new BatchTotals(jobs, written, skipped, failed, bytes, wallMillis);
    }

    public double chartsPerSecond() {
        return millis == 0 ? 0 : written * 1000.0 / millis;
    }

    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d jobs: %d written, %d skipped (already done), %d failed; "
                + "%.1f MB in %.1f s (%.1f charts/s)", jobs, written, skipped, failed, bytes / 1e6, millis / 1000.0,
                chartsPerSecond());
    }
}
