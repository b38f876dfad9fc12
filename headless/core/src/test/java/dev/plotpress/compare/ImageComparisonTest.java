package dev.plotpress.compare;

import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.internal.export.PngEncoding;
import dev.plotpress.model.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

class ImageComparisonTest {
    @TempDir
    Path dir;

    @Test
    void identicalImagesHaveRmsZeroAndNoDifferingPixels() {
        BufferedImage a = filled(40, 30, 0x336699);
        BufferedImage b = filled(40, 30, 0x336699);

        ImageDifference d = ImageComparison.compare(a, b);

        assertThat(d.rms()).isZero();
        assertThat(d.differingPixels()).isZero();
        assertThat(d.totalPixels()).isEqualTo(1200);
        assertThat(d.share()).isZero();
        assertThat(d.bounds()).isEqualTo(Region.EMPTY);
        assertThat(d.passes(0)).isTrue();
    }

    @Test
    void onePixelChangedBy255InOneChannelGivesTheRmsOfTheFormula() {
        int w = 17, h = 11;
        BufferedImage expected = filled(w, h, 0x00FFFF);
        BufferedImage actual = filled(w, h, 0x00FFFF);
        actual.setRGB(5, 7, 0xFFFFFFFF); // red 0 -> 255

        ImageDifference d = ImageComparison.compare(expected, actual);

        double byHand = Math.sqrt(255.0 * 255.0 / (w * h * 3));
        assertThat(d.rms()).isCloseTo(byHand, within(1e-12));
        assertThat(d.differingPixels()).isEqualTo(1);
        assertThat(d.share()).isCloseTo(1.0 / (w * h), within(1e-15));
        assertThat(d.bounds()).isEqualTo(new Region(5, 7, 1, 1));
        assertThat(d.passes(byHand)).isTrue();
        assertThat(d.passes(byHand - 1e-9)).isFalse();
    }

    @Test
    void boundsHoldEveryDifferingPixel() {
        BufferedImage expected = filled(50, 50, 0xFFFFFF);
        BufferedImage actual = filled(50, 50, 0xFFFFFF);
        actual.setRGB(10, 40, 0xFF000000);
        actual.setRGB(30, 5, 0xFFFFFFFE);

        ImageDifference d = ImageComparison.compare(expected, actual);

        assertThat(d.differingPixels()).isEqualTo(2);
        assertThat(d.bounds()).isEqualTo(new Region(10, 5, 21, 36));
        assertThat(d.rms()).isCloseTo(Math.sqrt((3 * 255.0 * 255.0 + 1) / (50 * 50 * 3)), within(1e-12));
    }

    @Test
    void imagesOfDifferentSizesAreRefusedWithBothSizesAndBothNames() throws IOException {
        Path expected = png("expected.png", filled(1200, 800, 0xFFFFFF));
        Path actual = png("actual.png", filled(1200, 799, 0xFFFFFF));

        assertThatThrownBy(() -> ImageComparison.compare(expected, actual))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(expected + " is 1200x800 but " + actual + " is 1200x799");
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Path expected = png("expected.png", filled(4, 4, 0));
        Path missing = dir.resolve("nope.png");

        assertThatThrownBy(() -> ImageComparison.compare(expected, missing))
                .isInstanceOf(BadInputException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void aFileThatIsNotAnImageIsNamed() throws IOException {
        Path expected = png("expected.png", filled(4, 4, 0));
        Path text = Files.writeString(dir.resolve("notes.png"), "just text", StandardCharsets.UTF_8);
        Path empty = Files.write(dir.resolve("empty.png"), new byte[0]);

        assertThatThrownBy(() -> ImageComparison.compare(expected, text))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(text + ": not an image");
        assertThatThrownBy(() -> ImageComparison.compare(empty, expected))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(empty + ": the file is empty");
    }

    @Test
    void aTruncatedPngIsNamed() throws IOException {
        byte[] whole = PngEncoding.encode(noise(64, 64, 1));
        Path cut = Files.write(dir.resolve("cut.png"), java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> ImageInput.read(cut))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(cut + ": broken or truncated image");
    }

    @Test
    void transparentPixelsCountAsWhiteWhateverColourTheyHide() {
        BufferedImage a = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
        BufferedImage b = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
        a.setRGB(0, 0, 0x00FF0000);
        b.setRGB(0, 0, 0x0000FF00);
        a.setRGB(1, 0, 0xFFFFFFFF);
        b.setRGB(1, 0, 0x00000000);
        a.setRGB(2, 0, 0xFF000000);
        b.setRGB(2, 0, 0x00000000);

        ImageDifference d = ImageComparison.compare(a, b);

        assertThat(d.differingPixels()).as("only the opaque black one differs from transparent").isEqualTo(1);
        assertThat(d.bounds()).isEqualTo(new Region(2, 0, 1, 1));
        assertThat(d.rms()).isCloseTo(Math.sqrt(3 * 255.0 * 255.0 / 9), within(1e-12));
    }

    @Test
    void greyPngsCompareByTheirGreyValuesNotAGammaConvertedCopy() throws IOException {
        BufferedImage grey = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                grey.getRaster().setSample(x, y, 0, 128);
            }
        }
        Path greyPng = png("grey.png", grey);

        ImageDifference d = ImageComparison.compare(ImageInput.read(greyPng), filled(8, 8, 0x808080));

        assertThat(d.identical()).isTrue();
    }

    @Test
    void agreesWithMatplotlibCalculateRms() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeThat(Files.isExecutable(python)).as("python3 with matplotlib").isTrue();
        Path expected = png("mpl-expected.png", noise(64, 48, 1));
        BufferedImage changed = noise(64, 48, 1);
        BufferedImage other = noise(20, 10, 2);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 20; x++) {
                changed.setRGB(x + 30, y + 20, other.getRGB(x, y));
            }
        }
        Path actual = png("mpl-actual.png", changed);
        Process p = new ProcessBuilder(python.toString(), "-c",
                "import sys, numpy as np\n"
                        + "from matplotlib.testing.compare import _load_image, calculate_rms\n"
                        + "e = _load_image(sys.argv[1]).astype(np.int16)\n"
                        + "a = _load_image(sys.argv[2]).astype(np.int16)\n"
                        + "print(repr(calculate_rms(e, a)))\n",
                expected.toString(), actual.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assumeThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("matplotlib ran: " + out).isTrue();

        double ours = ImageComparison.compare(expected, actual).rms();

        assertThat(ours).isGreaterThan(1).isCloseTo(Double.parseDouble(out), within(1e-9));
    }

    static BufferedImage filled(int w, int h, int rgb) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    static BufferedImage noise(int w, int h, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private Path png(String name, BufferedImage image) throws IOException {
        Path file = dir.resolve(name);
        OutputFile.write(file, PngEncoding.encode(image));
        return file;
    }
}
