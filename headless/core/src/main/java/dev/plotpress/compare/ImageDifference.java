package dev.plotpress.compare;

import java.util.Locale;

/**
 * How far an actual image is from the expected one.
 *
 * @param rms             root mean square of the per-channel differences (R, G, B) on a 0-255 scale, the
 *                        number matplotlib's {@code compare_images} calls RMS and checks its tolerance against
 * @param differingPixels pixels where at least one channel differs
 * @param totalPixels     width x height
 * @param bounds          the smallest rectangle holding every differing pixel; {@link Region#EMPTY} if none
 */
public record ImageDifference(double rms, long differingPixels, long totalPixels, Region bounds) {

    public ImageDifference {
        if (rms < 0 || differingPixels < 0 || totalPixels <= 0 || differingPixels > totalPixels) {
            throw new IllegalArgumentException("impossible difference: rms " + rms + ", "
                    + differingPixels + " of " + totalPixels + " pixels");
        }
    }

    /** Differing pixels as a fraction of all pixels, 0 to 1. */
    public double share() {
        return (double) differingPixels / totalPixels;
    }

    public boolean identical() {
        return differingPixels == 0;
    }

    /**
     * Whether the images match within {@code tolerance}: RMS at most the tolerance, as in matplotlib
     * (a tolerance of 0 asks for identical pixels).
     */
    public boolean passes(double tolerance) {
        return rms <= tolerance;
    }

    /** One line for people: {@code RMS 1.234, 56 of 960000 pixels differ (0.006%) in 10,20 30x4}. */
    public String summary() {
        if (identical()) {
            return "identical pixels (RMS 0)";
        }
        return String.format(Locale.ROOT, "RMS %.3f, %d of %d pixels differ (%.3f%%) in %s",
                rms, differingPixels, totalPixels, share() * 100, bounds);
    }
}
