package dev.plotpress.batch;

import dev.plotpress.model.BadInputException;

/**
 * A soak run: {@code charts} renders on {@code threads} threads, a memory sample every {@code sampleEvery}
 * charts; the slope is fitted after {@code warmup} charts and compared with {@code thresholdBytesPerChart}.
 */
public record SoakOptions(long charts, int threads, long sampleEvery, long warmup, double thresholdBytesPerChart) {
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
        if (warmup < 0 || warmup >= charts) {
            throw new BadInputException("--warmup must be between 0 and --charts - 1, got " + warmup);
        }
    }

    /** Sensible defaults for {@code charts}: ~1000 samples, the first 10% (at most 1,000 charts) as warm-up. */
    public static SoakOptions of(long charts, int threads) {
        return new SoakOptions(charts, threads, Math.max(1, charts / 1000), Math.min(1000, charts / 10), DEFAULT_THRESHOLD);
    }
}
