package dev.plotpress.compare;

import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.internal.export.PngEncoding;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.plotpress.compare.ImageComparisonTest.filled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiffImageTest {

    @Test
    void differingPixelsAreStrongMagentaAndEverythingElseIsFadedGrey() {
        BufferedImage expected = chart(Color.BLUE);
        BufferedImage actual = chart(Color.BLUE);
        actual.setRGB(70, 30, 0xFF0000FE); // a change of 1 in one channel: must still be obvious
        actual.setRGB(20, 50, 0xFFFF0000);

        BufferedImage diff = DiffImage.of(expected, actual, Region.EMPTY);
        writeForPeople(diff, "diff-no-outline.png");

        for (int y = 0; y < diff.getHeight(); y++) {
            for (int x = 0; x < diff.getWidth(); x++) {
                int rgb = diff.getRGB(x, y) & 0xFFFFFF;
                boolean changed = (x == 70 && y == 30) || (x == 20 && y == 50);
                if (changed) {
                    assertThat(isStrongMagenta(rgb)).as("pixel %d,%d is %06x", x, y, rgb).isTrue();
                } else {
                    assertThat(isFadedGrey(rgb)).as("pixel %d,%d is %06x", x, y, rgb).isTrue();
                }
            }
        }
        assertThat(diff.getRGB(20, 50) & 0xFFFFFF).as("the bigger difference is the stronger magenta")
                .isEqualTo(DiffImage.MAGENTA);
    }

    @Test
    void theFadedBackgroundStillShowsTheChart() {
        BufferedImage image = chart(Color.BLACK);

        BufferedImage diff = DiffImage.of(image, image, Region.EMPTY);

        assertThat(diff.getRGB(0, 0)).as("white stays white").isEqualTo(0xFFFFFFFF);
        int bar = diff.getRGB(50, 40) & 0xFF;
        assertThat(bar).as("the black bar is a light grey").isEqualTo(DiffImage.FADED_MIN);
    }

    @Test
    void theBoundsOfTheDifferencesAreOutlinedJustOutsideThem() {
        BufferedImage expected = ImageComparisonTest.filled(100, 80, 0xFFFFFF);
        BufferedImage actual = ImageComparisonTest.filled(100, 80, 0xFFFFFF);
        actual.setRGB(20, 10, 0xFF00FF00);
        actual.setRGB(69, 59, 0xFF00FF00);

        BufferedImage diff = DiffImage.of(expected, actual);

        // differences span 20..69 x 10..59; two empty pixels, then the outline
        assertOutline(diff, 17, 7, 72, 62);
        assertThat(isFadedGrey(diff.getRGB(18, 8) & 0xFFFFFF)).isTrue();
        assertThat(isFadedGrey(diff.getRGB(16, 6) & 0xFFFFFF)).isTrue();
        assertThat(isStrongMagenta(diff.getRGB(69, 59) & 0xFFFFFF)).isTrue();
    }

    @Test
    void aSingleChangedPixelGetsABoxLargeEnoughToSpot() {
        BufferedImage expected = chart(Color.BLUE);
        BufferedImage actual = chart(Color.BLUE);
        actual.setRGB(60, 40, 0xFF00FF00);

        BufferedImage diff = DiffImage.of(expected, actual);
        writeForPeople(diff, "diff-outlined.png");

        assertOutline(diff, 50, 30, 70, 50);
        assertThat(isStrongMagenta(diff.getRGB(60, 40) & 0xFFFFFF)).isTrue();
        assertThat(isFadedGrey(diff.getRGB(61, 41) & 0xFFFFFF)).isTrue();
    }

    private static void assertOutline(BufferedImage diff, int left, int top, int right, int bottom) {
        for (int x = left; x <= right; x++) {
            assertThat(diff.getRGB(x, top) & 0xFFFFFF).as("top at %d", x).isEqualTo(DiffImage.OUTLINE);
            assertThat(diff.getRGB(x, bottom) & 0xFFFFFF).as("bottom at %d", x).isEqualTo(DiffImage.OUTLINE);
        }
        for (int y = top; y <= bottom; y++) {
            assertThat(diff.getRGB(left, y) & 0xFFFFFF).as("left at %d", y).isEqualTo(DiffImage.OUTLINE);
            assertThat(diff.getRGB(right, y) & 0xFFFFFF).as("right at %d", y).isEqualTo(DiffImage.OUTLINE);
        }
        assertThat(diff.getRGB(left - 1, top) & 0xFFFFFF).isNotEqualTo(DiffImage.OUTLINE);
        assertThat(diff.getRGB(right + 1, bottom) & 0xFFFFFF).isNotEqualTo(DiffImage.OUTLINE);
    }

    @Test
    void identicalImagesHaveNoOutline() {
        BufferedImage image = chart(Color.BLUE);

        BufferedImage diff = DiffImage.of(image, image);

        for (int y = 0; y < diff.getHeight(); y++) {
            for (int x = 0; x < diff.getWidth(); x++) {
                assertThat(isFadedGrey(diff.getRGB(x, y) & 0xFFFFFF)).isTrue();
            }
        }
    }

    @Test
    void imagesOfDifferentSizesHaveNoDiff() {
        assertThatThrownBy(() -> DiffImage.of(filled(3, 3, 0), filled(3, 4, 0)))
                .hasMessageContaining("is 3x3 but the actual image is 3x4");
    }

    @Test
    void theDefaultDiffFileSitsBesideTheActualImage() {
        assertThat(DiffImage.besideActual(Path.of("out", "chart.png"))).isEqualTo(Path.of("out", "chart-failed-diff.png"));
    }

    static boolean isStrongMagenta(int rgb) {
        int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        return r >= 230 && b >= 230 && g <= 100;
    }

    static boolean isFadedGrey(int rgb) {
        int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        return r == g && g == b && r >= DiffImage.FADED_MIN;
    }

    /** White with a coloured bar, like a tiny bar chart. */
    static BufferedImage chart(Color bar) {
        BufferedImage image = filled(100, 80, 0xFFFFFF);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(bar);
            g.fillRect(30, 20, 40, 50);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void writeForPeople(BufferedImage diff, String name) {
        Path folder = Path.of("target", "diff-images");
        if (Files.isDirectory(Path.of("target"))) {
            OutputFile.write(folder.resolve(name), PngEncoding.encode(diff));
        }
    }
}
