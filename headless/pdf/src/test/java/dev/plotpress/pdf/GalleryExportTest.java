package dev.plotpress.pdf;

import dev.plotpress.Chart;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Size;
import dev.plotpress.render.Figure;
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
 * Every example chart (examples/ and examples/gallery/) in every vector format, read back by programs other than ours: librsvg and poppler draw
 * the SVG and the PDF, and what they draw must look like our PNG of the same figure.
 */
class GalleryExportTest {
    /**
     * Mean absolute channel difference (0-255) allowed between another program's rendering of a chart and our
     * PNG, over 2 x 2 pixel averages. Measured: rsvg-convert 0.6-4.05, pdftoppm 0.8-3.5 (a blank page: 6.7-214).
     * Pixel by pixel it is 1-6.6, nearly all anti-aliasing: FreeType hints glyphs and Java does not, and Java
     * snaps 0.8 pt frames to whole pixels. The metric catches wrong colours, fills and placement, not a missing
     * hairline; text is checked as text (SVG {@code <text>}, pdftotext).
     */
    static final double SIMILAR_CHART = 4.5;
    private static final int POOL = 2;
    private final Exporter exporter = new Exporter();

    static List<Path> gallery() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("../../examples"))) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().contains("_job.")) // batch job files, not specs
                    .filter(f -> !f.startsWith(Path.of("../../examples/kubernetes"))) // manifests for the chart server
                    .sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gallery")
    void svgAndPdfOfARealChartLookLikeItsPngAndAreStable(Path specFile, @TempDir Path folder) throws Exception {
        Chart chart = Chart.fromSpec(specFile);
        ChartSpec spec = chart.spec();
        Figure figure = chart.figure();
        // the report's dpi-10 thumbnails (80 x 60 px) are all edge: compare them at 72 dpi, where pixels mean something
        Size size = spec.size().dpi() >= 72 ? spec.size() : Size.inches(spec.size().widthInches(), spec.size().heightInches(), 72);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(exporter.image(figure, ImageFormat.PNG, size)));
        byte[] svg = exporter.image(figure, ImageFormat.SVG, size);
        byte[] pdf = exporter.image(figure, ImageFormat.PDF, size);

        assertThat(exporter.image(Chart.fromSpec(specFile).figure(), ImageFormat.SVG, size)).isEqualTo(svg);
        assertThat(exporter.image(Chart.fromSpec(specFile).figure(), ImageFormat.PDF, size)).isEqualTo(pdf);
        if (spec.title() != null) {
            String title = spec.title().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
            assertThat(new String(svg, StandardCharsets.UTF_8)).contains("<title id='plotpress-title'>" + title)
                    .containsPattern("<text[^>]*>" + java.util.regex.Pattern.quote(title) + "</text>");
        }

        Path svgFile = Files.write(folder.resolve("chart.svg"), svg);
        Path pdfFile = Files.write(folder.resolve("chart.pdf"), pdf);
        ExternalTool.Result rsvg = ExternalTool.RSVG_CONVERT.run("-o", folder.resolve("rsvg.png").toString(), svgFile.toString());
        assertThat(rsvg.exitCode()).as(rsvg.output()).isZero();
        assertThat(PixelDifference.meanAbsolute(ImageIO.read(folder.resolve("rsvg.png").toFile()), png, POOL))
                .as("rsvg-convert against our PNG").isLessThan(SIMILAR_CHART);

        ExternalTool.Result qpdf = ExternalTool.QPDF.run("--check", pdfFile.toString());
        assertThat(qpdf.exitCode()).as(qpdf.output()).isZero();
        ExternalTool.Result poppler = ExternalTool.PDFTOPPM.run("-png", "-r", Long.toString(Math.round(size.dpi())),
                "-singlefile", pdfFile.toString(), folder.resolve("page").toString());
        assertThat(poppler.exitCode()).as(poppler.output()).isZero();
        assertThat(PixelDifference.meanAbsolute(ImageIO.read(folder.resolve("page.png").toFile()), png, POOL))
                .as("pdftoppm against our PNG").isLessThan(SIMILAR_CHART);
        if (spec.title() != null) {
            ExternalTool.Result text = ExternalTool.PDFTOTEXT.run(pdfFile.toString(), "-");
            // PDFBox sets "fi" with the font's ligature glyph (U+FB01 in the text layer); a viewer's search folds it
            // back (NFKC), as here
            assertThat(java.text.Normalizer.normalize(text.output(), java.text.Normalizer.Form.NFKC))
                    .as("pdftotext finds the title as text").contains(spec.title());
        }
    }
}
