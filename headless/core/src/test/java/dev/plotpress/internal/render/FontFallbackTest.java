package dev.plotpress.internal.render;

import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Size;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Titles in any script: Java2D's SansSerif is a composite of fontconfig's fallbacks, so with Noto installed
 * (.ci/run installs fonts-noto-core and fonts-noto-cjk) CJK, Arabic and Devanagari draw as their glyphs. A missing
 * glyph is drawn as the same empty box whatever the character, so two titles that differ only in which
 * characters they hold draw different pixels exactly when real glyphs are drawn.
 */
class FontFallbackTest {

    @Test
    void cjkTitlesDrawTheirGlyphsNotEmptyBoxes() throws IOException {
        assumeAFontFor("漢字");
        assertDifferentGlyphs("漢字の図", "数据图表");
    }

    @Test
    void arabicAndDevanagariTitlesDrawTheirGlyphs() throws IOException {
        assumeAFontFor("مخطط");
        assumeAFontFor("चित्र");
        assertDifferentGlyphs("مخطط بياني", "चित्र आरेख");
    }

    @Test
    void emojiTitlesDrawTheirGlyphs() throws IOException {
        assumeAFontFor("😀");
        assertDifferentGlyphs("😀😀", "🚀🚀");
    }

    /** Two titles of the same length in the same script: their title rows must differ pixel for pixel. */
    private static void assertDifferentGlyphs(String one, String other) throws IOException {
        BufferedImage a = titleRows(one);
        BufferedImage b = titleRows(other);
        BufferedImage boxes = titleRows("\uE000".repeat(one.codePointCount(0, one.length())));
        assertThat(pixels(a)).as("'%s' and '%s' draw alike: their glyphs are missing boxes", one, other)
                .isNotEqualTo(pixels(b));
        assertThat(pixels(a)).as("'%s' draws as empty boxes", one).isNotEqualTo(pixels(boxes));
        assertThat(pixels(a)).as("'%s' draws nothing", one).isNotEqualTo(pixels(titleRows("")));
    }

    private static BufferedImage titleRows(String title) throws IOException {
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).title(title).data(DataSpec.random(4, 2, 0))
                .size(Size.pixels(400, 200, 100)).build();
        byte[] png = new Exporter().image(Renderer.render(spec, dev.plotpress.data.DataReader.read(spec.data())), ImageFormat.PNG);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return image.getSubimage(0, 0, image.getWidth(), 30);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static void assumeAFontFor(String text) {
        boolean any = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
                .anyMatch(f -> f.canDisplayUpTo(text) == -1 && !f.getFamily().equals(Font.DIALOG));
        Assumptions.assumeTrue(any, "skipped: no installed font draws '" + text + "' (install fonts-noto-core / fonts-noto-cjk)");
    }
}
