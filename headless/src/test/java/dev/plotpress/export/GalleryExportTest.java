package dev.plotpress.export;

import dev.plotpress.data.DataReader;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.render.Figure;
import dev.plotpress.render.Renderer;
import dev.plotpress.spec.SpecReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every gallery chart in every vector format, read back by programs other than ours: librsvg and poppler draw
 * the SVG and the PDF, and what they draw must look like our PNG of the same figure.
 */
class GalleryExportTest {
    /**
     * Mean absolute channel difference (0-255) allowed between another program's rendering of a chart and our
     * PNG. Measured on the gallery at 480 x 320: rsvg-convert 1.0-2.5, pdftoppm 1.5-4.6, almost all of it in
     * the anti-aliasing of text (FreeType hints glyphs, Java does not). Missing text is caught by text checks.
     */
    static final double SIMILAR_CHART = 6.0;
    private final Exporter exporter = new Exporter();

    static List<Path> gallery() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../examples/gallery"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gallery")
    void svgAndPdfOfARealChartLookLikeItsPngAndAreStable(Path specFile, @TempDir Path folder) throws Exception {
        ChartSpec spec = SpecReader.read(specFile);
        Figure figure = Renderer.render(spec, DataReader.read(spec.data()));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(exporter.image(figure, ImageFormat.PNG)));
        byte[] svg = exporter.image(figure, ImageFormat.SVG);
        byte[] pdf = exporter.image(figure, ImageFormat.PDF);

        assertThat(exporter.image(Renderer.render(spec, DataReader.read(spec.data())), ImageFormat.SVG)).isEqualTo(svg);
        assertThat(exporter.image(Renderer.render(spec, DataReader.read(spec.data())), ImageFormat.PDF)).isEqualTo(pdf);
        if (spec.title() != null) {
            assertThat(new String(svg, StandardCharsets.UTF_8)).contains("<title id='plotpress-title'>" + spec.title())
                    .containsPattern("<text[^>]*>" + java.util.regex.Pattern.quote(spec.title()) + "</text>");
        }

        Path svgFile = Files.write(folder.resolve("chart.svg"), svg);
        Path pdfFile = Files.write(folder.resolve("chart.pdf"), pdf);
        ExternalTool.Result rsvg = ExternalTool.RSVG_CONVERT.run("-o", folder.resolve("rsvg.png").toString(), svgFile.toString());
        assertThat(rsvg.exitCode()).as(rsvg.output()).isZero();
        assertThat(PixelDifference.meanAbsolute(ImageIO.read(folder.resolve("rsvg.png").toFile()), png))
                .as("rsvg-convert against our PNG").isLessThan(SIMILAR_CHART);

        ExternalTool.Result qpdf = ExternalTool.QPDF.run("--check", pdfFile.toString());
        assertThat(qpdf.exitCode()).as(qpdf.output()).isZero();
        ExternalTool.Result poppler = ExternalTool.PDFTOPPM.run("-png", "-r", Long.toString(Math.round(spec.size().dpi())),
                "-singlefile", pdfFile.toString(), folder.resolve("page").toString());
        assertThat(poppler.exitCode()).as(poppler.output()).isZero();
        assertThat(PixelDifference.meanAbsolute(ImageIO.read(folder.resolve("page.png").toFile()), png))
                .as("pdftoppm against our PNG").isLessThan(SIMILAR_CHART);
        if (spec.title() != null) {
            ExternalTool.Result text = ExternalTool.PDFTOTEXT.run(pdfFile.toString(), "-");
            assertThat(text.output()).as("pdftotext finds the title as text").contains(spec.title());
        }
    }
}
