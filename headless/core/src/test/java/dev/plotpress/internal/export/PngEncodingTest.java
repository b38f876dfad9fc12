package dev.plotpress.internal.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class PngEncodingTest {
    private static final int IHDR_COLOUR_TYPE = 25;

    @Test
    void aFewColourChartIsWrittenWithAPaletteLosslesslyAndSmallerThanImageIo() throws IOException {
        BufferedImage chart = fewColours();

        byte[] png = PngEncoding.encode(chart, 100);

        assertThat(png[IHDR_COLOUR_TYPE]).as("indexed colour").isEqualTo((byte) 3);
        assertSamePixels(chart, png);
        assertThat(png.length).isLessThanOrEqualTo(imageIoBytes(chart));
    }

    @Test
    void aManyColourImageStaysRgbLosslessAndWithinOneAndAHalfTimesImageIosBytes() throws IOException {
        BufferedImage gradient = manyColours();

        byte[] png = PngEncoding.encode(gradient, 100);

        assertThat(png[IHDR_COLOUR_TYPE]).as("truecolour").isEqualTo((byte) 2);
        assertSamePixels(gradient, png);
        assertThat((double) png.length).isLessThanOrEqualTo(1.5 * imageIoBytes(gradient));
    }

    @Test
    void twoHundredFiftySixColoursFitAPaletteAndOneMoreDoesNot() throws IOException {
        BufferedImage exactly256 = distinctColours(256);
        BufferedImage with257 = distinctColours(257);

        byte[] palette = PngEncoding.encode(exactly256);
        byte[] truecolour = PngEncoding.encode(with257);

        assertThat(palette[IHDR_COLOUR_TYPE]).isEqualTo((byte) 3);
        assertSamePixels(exactly256, palette);
        assertThat(truecolour[IHDR_COLOUR_TYPE]).isEqualTo((byte) 2);
        assertSamePixels(with257, truecolour);
    }

    @Test
    void aSinglePixelIsAValidPng() throws IOException {
        BufferedImage dot = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        dot.setRGB(0, 0, 0x123456);

        assertSamePixels(dot, PngEncoding.encode(dot, 100));
    }

    @Test
    void aTranslucentImageKeepsItsAlpha() throws IOException {
        BufferedImage translucent = new BufferedImage(64, 32, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 64; x++) {
                translucent.setRGB(x, y, (x * 4) << 24 | 0x3366CC);
            }
        }

        byte[] png = PngEncoding.encode(translucent);

        assertThat(png[IHDR_COLOUR_TYPE]).as("truecolour with alpha").isEqualTo((byte) 6);
        assertSamePixels(translucent, png);
    }

    @Test
    void aGreyImageKeepsItsSamples() throws IOException {
        BufferedImage grey = new BufferedImage(16, 8, BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 8; y++) {
                grey.getRaster().setSample(x, y, 0, x * 16);
            }
        }

        byte[] png = PngEncoding.encode(grey);

        assertThat(png[IHDR_COLOUR_TYPE]).as("greyscale").isEqualTo((byte) 0);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        for (int x = 0; x < 16; x++) {
            assertThat(decoded.getRaster().getSample(x, 3, 0)).isEqualTo(x * 16);
        }
    }

    @Test
    void equalPixelsGiveEqualBytes() {
        assertThat(PngEncoding.encode(fewColours(), 100)).isEqualTo(PngEncoding.encode(fewColours(), 100));
        assertThat(PngEncoding.encode(manyColours(), 100)).isEqualTo(PngEncoding.encode(manyColours(), 100));
    }

    @Test
    void scanlinesWrittenIntoAKeptDirtyArrayGiveTheSameBytes() {
        byte[] kept = new byte[4 * 1024 * 1024];
        java.util.Arrays.fill(kept, (byte) 0x5A);   // what a bigger chart before left behind

        for (BufferedImage image : new BufferedImage[] {fewColours(), manyColours()}) {
            assertThat(PngEncoding.encode(image, 100, length -> kept)).isEqualTo(PngEncoding.encode(image, 100));
        }
    }

    @Test
    void pngcheckAcceptsBothKinds(@TempDir Path dir) throws Exception {
        assumeThat(new File("/usr/bin/pngcheck")).as("pngcheck installed").exists();
        Path few = Files.write(dir.resolve("few.png"), PngEncoding.encode(fewColours(), 100));
        Path many = Files.write(dir.resolve("many.png"), PngEncoding.encode(manyColours(), 100));

        Process check = new ProcessBuilder("/usr/bin/pngcheck", few.toString(), many.toString()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());

        assertThat(check.waitFor()).as(output).isZero();
    }

    /** Black translucent dots on white with antialiased edges: a scatter matrix's handful of greys. */
    private static BufferedImage fewColours() {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, 400, 300);
        g2.setColor(new Color(0, 0, 0, 128));
        for (int i = 0; i < 60; i++) {
            g2.fill(new Ellipse2D.Double((i * 37) % 390, (i * 53) % 290, 4, 4));
        }
        g2.setColor(Color.BLACK);
        g2.drawRect(10, 10, 380, 280);
        g2.dispose();
        return image;
    }

    /** {@code count} distinct colours in a 32-pixel-wide strip, the last one repeated to fill the row. */
    private static BufferedImage distinctColours(int count) {
        BufferedImage image = new BufferedImage(32, (count + 31) / 32, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < image.getWidth() * image.getHeight(); i++) {
            image.setRGB(i % 32, i / 32, Math.min(i, count - 1) * 0x010305);
        }
        return image;
    }

    /** Every pixel its own colour: no palette can hold it. */
    private static BufferedImage manyColours() {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                image.setRGB(x, y, new Color(x * 255 / 299, y * 255 / 199, (x + y) % 256).getRGB());
            }
        }
        return image;
    }

    private static void assertSamePixels(BufferedImage expected, byte[] png) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(decoded.getWidth()).isEqualTo(expected.getWidth());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertThat(decoded.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(expected.getRGB(x, y));
            }
        }
    }

    private static int imageIoBytes(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.size();
    }
}
