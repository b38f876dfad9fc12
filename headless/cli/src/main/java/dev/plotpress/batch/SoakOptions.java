package dev.plotpress.batch;

import dev.plotpress.model.BadInputException;

/**
 * A soak run: {@code charts} renders on {@code threads} threads, a passive memory sample every
 * {@code sampleEvery} charts and a full-GC checkpoint every {@code checkpointEvery}; the slope of the
 * checkpoints after {@code warmup} charts is compared with {@code thresholdBytesPerChart}.
 */
public record SoakOptions(long charts, int threads, long sampleEvery, long checkpointEvery, long warmup,
                          double thresholdBytesPerChart) {
    /** Checkpoints per run: enough for a steady least-squares fit, few enough to cost nothing. */
    public static final int CHECKPOINTS = 50;
    /** 0.1 KiB per chart: the bar for "flat"; a leaked Figure costs tens of KiB. */
    public static final double DEFAULT_THRESHOLD = 102.4;

    public SoakOptions {
        if (charts < 2) {
            throw new BadInputException("--charts must be at least 2, got " + charts);
        }
        if (threads < 1) {
            throw new BadInputException("--threads must be at least 1, got " + threads);
        }
        if (sampleEvery < 1) {
            throw new BadInputException("--sample-every must be at least 1, got " + sampleEvery);
        }
        if (checkpointEvery < 1) {
            throw new BadInputException("--checkpoint-every must be at least 1, got " + checkpointEvery);
        }
        if (warmup < 0 || warmup >= charts) {
            throw new BadInputException("--warmup must be between 0 and --charts - 1, got " + warmup);
        }
    }

    /** Sensible defaults for {@code charts}: ~1000 samples, the first 10% (at most 1,000 charts) as warm-up. */
    public static SoakOptions of(long charts, int threads) {
        return new SoakOptions(charts, threads, Math.max(1, charts / 1000), Math.max(1, charts / CHECKPOINTS),
                Math.min(1000, charts / 10), DEFAULT_THRESHOLD);
    }
}
