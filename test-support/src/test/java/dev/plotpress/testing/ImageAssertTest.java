package dev.plotpress.testing;

import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.internal.export.PngEncoding;
import dev.plotpress.compare.ImageInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static dev.plotpress.testing.ImageAssert.assertThatImage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageAssertTest {
    @TempDir
    Path dir;
    Path diffs;
    Path baseline;

    @BeforeEach
    void baselineOfABlueBar() {
        diffs = dir.resolve("diffs");
        System.setProperty(ImageAssert.DIFF_DIR_PROPERTY, diffs.toString());
        baseline = dir.resolve("baselines/bars.png");
        OutputFile.write(baseline, PngEncoding.encode(bars(Color.BLUE)));
    }

    @AfterEach
    void clearProperties() {
        System.clearProperty(ImageAssert.DIFF_DIR_PROPERTY);
        System.clearProperty(ImageAssert.GENERATE_PROPERTY);
    }

    @Test
    void theSameImagePasses() {
        assertThatImage(bars(Color.BLUE)).matchesBaseline(baseline);
        assertThatImage(baseline).matchesBaseline(baseline, 0);
        assertThatImage(() -> bars(Color.BLUE)).matchesBaseline(baseline, 0);
        assertThat(diffs).doesNotExist();
    }

    @Test
    void aSmallChangePassesWithinTheTolerance() {
        BufferedImage nearly = bars(Color.BLUE);
        nearly.setRGB(0, 0, 0xFF000000);
        double rms = Math.sqrt(3 * 255.0 * 255.0 / (120 * 90 * 3));

        assertThatImage(nearly).matchesBaseline(baseline, rms);
        assertThatThrownBy(() -> assertThatImage(nearly).matchesBaseline(baseline, rms * 0.99))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aChangedImageFailsWithTheRmsTheToleranceAndTheFilesToLookAt() {
        BufferedImage red = bars(Color.RED);
        double rms = Math.sqrt(40 * 50 * (255.0 * 255 + 255.0 * 255) / (120 * 90 * 3));

        assertThatThrownBy(() -> assertThatImage(red).matchesBaseline(baseline, 2.5))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("match the baseline " + baseline + " within tolerance 2.5")
                .hasMessageContaining(String.format(Locale.ROOT, "the RMS was %.4f", rms))
                .hasMessageContaining("2000 of 10800 pixels differ, in 30,20 40x50")
                .hasMessageContaining("actual: " + diffs.resolve("bars-actual.png"))
                .hasMessageContaining("diff:   " + diffs.resolve("bars-diff.png"))
                .hasMessageContaining("-Dplotpress.generateBaselines=true");
        assertThat(ImageInput.read(diffs.resolve("bars-actual.png")).getRGB(50, 40)).isEqualTo(0xFFFF0000);
        int diffPixel = ImageInput.read(diffs.resolve("bars-diff.png")).getRGB(50, 40) & 0xFFFFFF;
        assertThat(diffPixel).as("the changed bar is magenta in the diff").isEqualTo(0xFF00FF);
    }

    @Test
    void aMissingBaselineFailsAndSaysHowToCreateIt() {
        Path missing = dir.resolve("baselines/new.png");

        assertThatThrownBy(() -> assertThatImage(bars(Color.BLUE)).matchesBaseline(missing, 1))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no baseline at " + missing + "; run the test with -Dplotpress.generateBaselines=true");
        assertThat(diffs.resolve("new-actual.png")).isRegularFile();
    }

    @Test
    void anImageOfAnotherSizeFailsWithBothSizes() {
        assertThatThrownBy(() -> assertThatImage(new BufferedImage(120, 91, BufferedImage.TYPE_INT_RGB))
                .matchesBaseline(baseline, 100))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the baseline " + baseline + " is 120x90 but the actual image is 120x91");
    }

    @Test
    void theGenerateSwitchWritesTheBaselineInsteadOfComparing() throws Exception {
        Path fresh = dir.resolve("baselines/fresh.png");
        System.setProperty(ImageAssert.GENERATE_PROPERTY, "true");

        assertThatImage(bars(Color.RED)).matchesBaseline(fresh, 0);
        assertThatImage(bars(Color.RED)).matchesBaseline(baseline, 0);

        assertThat(Files.readAllBytes(fresh)).isEqualTo(PngEncoding.encode(bars(Color.RED)));
        assertThat(Files.readAllBytes(baseline)).as("refreshed").isEqualTo(PngEncoding.encode(bars(Color.RED)));
        System.clearProperty(ImageAssert.GENERATE_PROPERTY);
        assertThatImage(bars(Color.RED)).matchesBaseline(baseline, 0);
        assertThatThrownBy(() -> assertThatImage(bars(Color.BLUE)).matchesBaseline(baseline, 0))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void anUnreadableActualFileFailsNamingIt() throws Exception {
        Path text = Files.writeString(dir.resolve("actual.png"), "not a png");

        assertThatThrownBy(() -> assertThatImage(text))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(text + ": not an image");
    }

    @Test
    void diffsGoUnderTargetByDefault() {
        System.clearProperty(ImageAssert.DIFF_DIR_PROPERTY);

        assertThat(ImageAssert.diffDir()).isEqualTo(Path.of("target", "plotpress-image-diffs"));
    }

    private static BufferedImage bars(Color colour) {
        BufferedImage image = new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 120, 90);
            g.setColor(colour);
            g.fillRect(30, 20, 40, 50);
        } finally {
            g.dispose();
        }
        return image;
    }
}
