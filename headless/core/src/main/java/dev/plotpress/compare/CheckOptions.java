package dev.plotpress.compare;

import dev.plotpress.model.BadInputException;

import java.nio.file.Path;

/**
 * How to check charts against baselines.
 *
 * @param baselineDir the folder of baselines, {@code <name>.png} each
 * @param tolerance   the largest RMS (0-255 scale) that still passes in pixel mode
 * @param hash        compare SHA-256 of the PNG bytes instead: exact, and fast because nothing is decoded
 *                    unless the hashes differ (then pixels are compared only to explain the failure)
 * @param generate    write or refresh the baselines instead of comparing
 * @param threads     how many charts to render and compare at once
 * @param outputDir   where actual and diff images of failing charts go ({@code actual/<name>.png},
 *                    {@code diff/<name>.png}); {@code null} writes none
 */
public record CheckOptions(Path baselineDir, double tolerance, boolean hash, boolean generate, int threads,
                           Path outputDir) {
    /** matplotlib's {@code image_comparison} default tolerance is 0; charts here are deterministic too. */
    public static final double DEFAULT_TOLERANCE = 0;

    public CheckOptions {
        if (baselineDir == null) {
            throw new BadInputException("--baseline is required: the folder that holds (or will hold) the baseline images");
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new BadInputException("--tolerance must be a number >= 0 (an RMS on a 0-255 scale), got " + tolerance);
        }
        if (threads < 1) {
            throw new BadInputException("--threads must be at least 1, got " + threads);
        }
    }

    public static CheckOptions against(Path baselineDir) {
        return new CheckOptions(baselineDir, DEFAULT_TOLERANCE, false, false, 1, null);
    }

    public CheckOptions withTolerance(double value) {
        return new CheckOptions(baselineDir, value, hash, generate, threads, outputDir);
    }

    public CheckOptions withHash(boolean value) {
        return new CheckOptions(baselineDir, tolerance, value, generate, threads, outputDir);
    }

    public CheckOptions withGenerate(boolean value) {
        return new CheckOptions(baselineDir, tolerance, hash, value, threads, outputDir);
    }

    public CheckOptions withThreads(int value) {
        return new CheckOptions(baselineDir, tolerance, hash, generate, value, outputDir);
    }

    public CheckOptions withOutputDir(Path value) {
        return new CheckOptions(baselineDir, tolerance, hash, generate, threads, value);
    }
}
