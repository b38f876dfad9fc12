package dev.plotpress.testing;

import dev.plotpress.Chart;
import dev.plotpress.DataFolder;
import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.internal.export.PngEncoding;
import dev.plotpress.compare.DiffImage;
import dev.plotpress.compare.ImageComparison;
import dev.plotpress.compare.ImageDifference;
import dev.plotpress.compare.ImageInput;
import dev.plotpress.internal.export.Raster;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.spec.SpecReader;
import org.assertj.core.api.AbstractAssert;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Screenshot tests for Java code that draws images, with the metric of {@code plotpress check}
 * (matplotlib's RMS on a 0-255 scale, see {@link ImageComparison}):
 *
 * <pre>{@code
 * assertThatImage(chartImage).matchesBaseline(Path.of("src/test/resources/baselines/sales.png"), 0.5);
 * assertThatChart(Path.of("charts/sales.yaml")).matchesBaseline(Path.of("baselines/sales.png"), 0.5);
 * }</pre>
 *
 * On a failure the actual image and a diff (differences in magenta) are written to
 * {@code target/plotpress-image-diffs/} (system property {@value #DIFF_DIR_PROPERTY} to change it) and the
 * message gives the RMS, the tolerance and both paths. Run the tests with
 * {@code -D}{@value #GENERATE_PROPERTY}{@code =true} to write or refresh the baselines instead: the
 * assertions then pass and say which baseline they wrote.
 */
public class ImageAssert extends AbstractAssert<ImageAssert, BufferedImage> {
    public static final String GENERATE_PROPERTY = "plotpress.generateBaselines";
    public static final String DIFF_DIR_PROPERTY = "plotpress.imageDiffDir";
    static final Path DEFAULT_DIFF_DIR = Path.of("target", "plotpress-image-diffs");

    protected ImageAssert(BufferedImage actual) {
        super(actual, ImageAssert.class);
    }

    public static ImageAssert assertThatImage(BufferedImage actual) {
        return new ImageAssert(actual);
    }

    /** An image file (PNG or JPEG); one that cannot be read fails the assertion with the reason. */
    public static ImageAssert assertThatImage(Path actual) {
        try {
            return new ImageAssert(ImageInput.read(actual));
        } catch (BadInputException e) {
            throw new AssertionError("cannot read the actual image: " + e.getMessage(), e);
        }
    }

    /**
     * An image drawn on demand, such as a chart rendered from a spec; what the supplier throws propagates
     * unchanged.
     */
    public static ImageAssert assertThatImage(Supplier<BufferedImage> render) {
        return new ImageAssert(render.get());
    }

    /** A chart spec and its data, drawn exactly as {@code plotpress --headless render} draws it. */
    public static ImageAssert assertThatChart(ChartSpec spec) {
        return new ImageAssert(Raster.draw(Chart.fromSpec(spec, DataFolder.ANYWHERE).figure(), spec.size()));
    }

    /** A chart spec file (YAML or JSON); its data paths resolve against its folder, as on the CLI. */
    public static ImageAssert assertThatChart(Path specFile) {
        return assertThatChart(SpecReader.read(specFile));
    }

    /** Same as {@link #matchesBaseline(Path, double)} with tolerance 0: identical pixels. */
    public ImageAssert matchesBaseline(Path baseline) {
        return matchesBaseline(baseline, 0);
    }

    /**
     * Verifies that the image is within {@code tolerance} (RMS, 0-255 scale) of the baseline image, or
     * writes the baseline when the system property {@value #GENERATE_PROPERTY} is {@code true}.
     */
    public ImageAssert matchesBaseline(Path baseline, double tolerance) {
        isNotNull();
        Objects.requireNonNull(baseline, "baseline");
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0 (an RMS on a 0-255 scale), got " + tolerance);
        }
        if (Boolean.getBoolean(GENERATE_PROPERTY)) {
            generate(baseline);
            return this;
        }
        if (!Files.exists(baseline)) {
            Path written = writeOutput(baseline, "actual", actual);
            failWithMessage("%s", "no baseline at " + baseline + "; run the test with -D" + GENERATE_PROPERTY
                    + "=true to create it" + System.lineSeparator() + "actual: " + written);
        }
        BufferedImage expected;
        try {
            expected = ImageInput.read(baseline);
        } catch (BadInputException e) {
            throw new AssertionError("cannot read the baseline: " + e.getMessage(), e);
        }
        ImageDifference difference;
        try {
            difference = ImageComparison.compare(expected, "the baseline " + baseline, actual, "the actual image");
        } catch (BadInputException differentSize) {
            Path written = writeOutput(baseline, "actual", actual);
            failWithMessage("%s", differentSize.getMessage() + System.lineSeparator() + "actual: " + written);
            return this;
        }
        if (!difference.passes(tolerance)) {
            Path actualFile = writeOutput(baseline, "actual", actual);
            Path diffFile = writeOutput(baseline, "diff", DiffImage.of(expected, actual, difference.bounds()));
            failWithMessage("%s", String.format(Locale.ROOT,
                    "Expected the image to match the baseline %s within tolerance %s, but the RMS was %.4f"
                            + " (%d of %d pixels differ, in %s)%n  actual: %s%n  diff:   %s%n"
                            + "To accept the new image, rerun with -D%s=true",
                    baseline, tolerance, difference.rms(), difference.differingPixels(),
                    difference.totalPixels(), difference.bounds(), actualFile, diffFile, GENERATE_PROPERTY));
        }
        return this;
    }

    private void generate(Path baseline) {
        byte[] png = PngEncoding.encode(actual);
        boolean upToDate = false;
        try {
            upToDate = Files.isRegularFile(baseline) && Arrays.equals(Files.readAllBytes(baseline), png);
        } catch (IOException e) {
            // unreadable: write it anew
        }
        if (!upToDate) {
            OutputFile.write(baseline, png);
        }
        System.out.println("plotpress: " + (upToDate ? "baseline is up to date: " : "wrote baseline ") + baseline
                + " (" + GENERATE_PROPERTY + "=true; the assertion passes without comparing)");
    }

    private static Path writeOutput(Path baseline, String kind, BufferedImage image) {
        String name = baseline.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path file = diffDir().resolve(stem + "-" + kind + ".png");
        OutputFile.write(file, PngEncoding.encode(image));
        return file;
    }

    static Path diffDir() {
        String configured = System.getProperty(DIFF_DIR_PROPERTY);
        return configured == null || configured.isBlank() ? DEFAULT_DIFF_DIR : Path.of(configured);
    }
}
