package dev.plotpress.compare;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What checking one chart found.
 *
 * @param name       the chart's name
 * @param spec       its spec file, or {@code null}
 * @param baseline   where its baseline is (or should be)
 * @param actual     the rendered image written for inspection, or {@code null} (passing charts, or no output folder)
 * @param diff       the diff image, or {@code null} when none was made
 * @param difference the pixel comparison, or {@code null} when none was made (hash match, missing baseline, error)
 * @param status     the outcome
 * @param message    one line for people: why it failed, or how it passed
 * @param millis     time to render and compare it
 */
public record ChartResult(String name, Path spec, Path baseline, Path actual, Path diff,
                          ImageDifference difference, CheckStatus status, String message, long millis) {
    public ChartResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }
}
