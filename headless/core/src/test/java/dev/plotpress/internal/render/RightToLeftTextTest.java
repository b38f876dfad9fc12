package dev.plotpress.internal.render;

import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.internal.export.Raster;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arabic and Hebrew titles read right to left, Arabic letters joined: the title's ink equals the same text laid out
 * by Java2D's TextLayout (the Unicode bidi algorithm, and shaping with OpenType's joining forms), and differs from
 * what drawing the characters one by one gives (left to right, each letter in its isolated form). The SVG keeps the
 * text in logical order, for the viewer's own bidi layout.
 */
class RightToLeftTextTest {
    private static final Size SIZE = Size.pixels(480, 200, 100);

    @ParameterizedTest
    @ValueSource(strings = {"مبيعات الربع الأول", "מכירות ברבעון הראשון"})
    void aRightToLeftTitleDrawsAsTextLayoutLaysItOut(String title) {
        BufferedImage drawn = ink(titleStrip(title));
        BufferedImage laidOut = ink(reference(title, true));
        BufferedImage oneByOne = ink(reference(title, false));

        // measured on JDK 17 with DejaVu Sans: 0.018 (Arabic) and 0.051 (Hebrew) against TextLayout, 0.19 against the
        // letters one by one; a shift of a fraction of a pixel is what is left between the title and TextLayout
        assertThat(difference(drawn, laidOut)).as("the title against TextLayout's layout").isLessThan(0.08);
        assertThat(difference(drawn, oneByOne)).as("the title against letters drawn one by one, left to right")
                .isGreaterThan(0.15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"مبيعات الربع الأول", "מכירות ברבעון הראשון"})
    void theSvgKeepsTheTextInLogicalOrder(String title) {
        ChartSpec spec = spec(title);
        String svg = new String(new Exporter().image(Renderer.render(spec, dev.plotpress.data.DataReader.read(spec.data())),
                ImageFormat.SVG), StandardCharsets.UTF_8);

        assertThat(svg).contains(">" + title + "</text>");
    }

    private static ChartSpec spec(String title) {
        return ChartSpec.builder(ChartKind.SCATTER).title(title).data(DataSpec.random(4, 2, 0)).size(SIZE).build();
    }

    /** The top of the chart down to the plot's frame (the first row mostly dark): the title and nothing else. */
    private static BufferedImage titleStrip(String title) {
        ChartSpec spec = spec(title);
        BufferedImage image = Raster.draw(Renderer.render(spec, dev.plotpress.data.DataReader.read(spec.data())), SIZE);
        int frame = 0;
        while (darkPixels(image, frame) < image.getWidth() / 2) {
            frame++;
        }
        return image.getSubimage(0, 0, image.getWidth(), frame - 1);
    }

    private static int darkPixels(BufferedImage image, int row) {
        int dark = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            dark += darkness(image, x, row) > 0.5 ? 1 : 0;
        }
        return dark;
    }

    /** The title's text in the title's font, scale and hints: by TextLayout, or letter by letter from the left. */
    private static BufferedImage reference(String title, boolean textLayout) {
        BufferedImage image = new BufferedImage(SIZE.pixelWidth(), 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, image.getWidth(), image.getHeight());
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g2.scale(SIZE.pixelWidth() / SIZE.pointWidth(), SIZE.pixelHeight() / SIZE.pointHeight());
        g2.setColor(Color.BLACK);
        Font font = Theme.fontFor(Theme.TITLE_FONT, title);
        g2.setFont(font);
        if (textLayout) {
            new TextLayout(title, font, g2.getFontRenderContext()).draw(g2, 10, 20);
        } else {
            float x = 10;
            for (char c : title.toCharArray()) {
                g2.drawString(String.valueOf(c), x, 20);
                x += (float) font.getStringBounds(String.valueOf(c), g2.getFontRenderContext()).getWidth();
            }
        }
        g2.dispose();
        return image;
    }

    /** The smallest part of the image holding every pixel that is not white. */
    private static BufferedImage ink(BufferedImage image) {
        int left = image.getWidth();
        int top = image.getHeight();
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        assertThat(right).as("ink in the image").isGreaterThanOrEqualTo(0);
        return image.getSubimage(left, top, right - left + 1, bottom - top + 1);
    }

    /**
     * The mean difference in darkness (0 to 1) of two ink boxes laid over each other, at the best of the offsets of
     * up to a pixel either way: the title sits at a fraction of a pixel the reference does not.
     */
    private static double difference(BufferedImage a, BufferedImage b) {
        int width = Math.max(a.getWidth(), b.getWidth()) + 2;
        int height = Math.max(a.getHeight(), b.getHeight()) + 2;
        double best = Double.MAX_VALUE;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                double sum = 0;
                for (int y = -1; y < height; y++) {
                    for (int x = -1; x < width; x++) {
                        sum += Math.abs(blurred(a, x, y) - blurred(b, x + dx, y + dy));
                    }
                }
                best = Math.min(best, sum / ((width + 1) * (height + 1)));
            }
        }
        return best;
    }

    /** The darkness around a pixel (3 x 3): what a fraction of a pixel's shift leaves alike. */
    private static double blurred(BufferedImage image, int x, int y) {
        double sum = 0;
        for (int j = -1; j <= 1; j++) {
            for (int i = -1; i <= 1; i++) {
                sum += darkness(image, x + i, y + j);
            }
        }
        return sum / 9;
    }

    private static double darkness(BufferedImage image, int x, int y) {
        if (x < 0 || y < 0 || x >= image.getWidth() || y >= image.getHeight()) {
            return 0;
        }
        return 1 - (image.getRGB(x, y) & 0xFF) / 255.0;
    }
}
