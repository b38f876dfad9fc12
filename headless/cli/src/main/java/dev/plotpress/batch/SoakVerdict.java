package dev.plotpress.batch;

import dev.plotpress.leak.LeastSquares;
import java.util.List;
import java.util.Locale;

/**
 * FLAT or LEAK: the least-squares slope of the live heap (the full-GC checkpoints) against charts rendered,
 * after the warm-up, against a threshold in bytes per chart. The passive heap-after-GC samples are not used
 * for the verdict: between old-generation collections they include promoted garbage (G1 in a 64 MB heap may
 * run 100,000 charts without one) and climb although nothing leaks. RSS after warm-up and at the end are
 * reported beside it.
 */
public record SoakVerdict(boolean flat, double slopeBytesPerChart, double thresholdBytesPerChart, long warmup,
                          long charts, long rssAfterWarmup, long rssAtEnd, long outOfMemoryAfter) {

    public static SoakVerdict of(SoakSamples run, SoakOptions options) {
        List<MemorySample> samples = run.samples();
        List<MemorySample> steady = samples.stream().filter(s -> s.charts() >= options.warmup()).toList();
        List<MemorySample> checkpoints = steady.stream().filter(MemorySample::afterFullGc).toList();
        LeastSquares fit = LeastSquares.fit(checkpoints.size() >= 3 ? checkpoints : steady, MemorySample::charts,
                MemorySample::heapAfterGc);
        long rssWarm = steady.isEmpty() ? -1 : steady.get(0).rss();
        long rssEnd = samples.isEmpty() ? -1 : samples.get(samples.size() - 1).rss();
        long charts = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).charts();
        return new SoakVerdict(!run.ranOutOfMemory() && fit.slope() <= options.thresholdBytesPerChart(), fit.slope(),
                options.thresholdBytesPerChart(), options.warmup(), charts, rssWarm, rssEnd, run.outOfMemoryAfter());
    }

    public String word() {
        return flat ? "FLAT" : "LEAK";
    }

    /** e.g. {@code FLAT: heap after GC +3.1 B/chart after 1000 charts (threshold 102.4 B/chart); RSS 180.2 -> 181.0 MiB (+0.4%)} */
    public String line() {
        if (outOfMemoryAfter >= 0) {
            return "LEAK: the heap ran out (OutOfMemoryError) after " + outOfMemoryAfter + " charts";
        }
        String rss = rssAfterWarmup > 0 && rssAtEnd > 0
                ? String.format(Locale.ROOT, "; RSS %.1f -> %.1f MiB (%+.1f%%)", rssAfterWarmup / 1048576.0,
                rssAtEnd / 1048576.0, 100.0 * (rssAtEnd - rssAfterWarmup) / rssAfterWarmup)
                : "";
        return String.format(Locale.ROOT, "%s: live heap %+.1f B/chart over charts %d..%d (threshold %.1f B/chart)%s",
                word(), slopeBytesPerChart, warmup, charts, thresholdBytesPerChart, rss);
    }
}
