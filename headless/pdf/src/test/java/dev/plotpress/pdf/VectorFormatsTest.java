package dev.plotpress.pdf;

import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.export.OutputFormat;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SVG and PDF: what users and other programs rely on in the files, checked with readers other than ours. */
class VectorFormatsTest {
    /** 3 x 2 inches at 100 dpi: 300 x 200 pixels, 216 x 144 points. */
    private static final Size SIZE = Size.inches(3, 2, 100);
    /**
     * Mean absolute channel difference (0-255) allowed between another program's rendering and our PNG of this
     * test figure (measured: rsvg 0.9, poppler 0.9; a blank page is above 5 x this).
     */
    static final double SIMILAR = 2.5;

    private final Exporter exporter = new Exporter();
    private final LabelledFigure figure = new LabelledFigure(SIZE);

    @Test
    void svgIsSizedInPixelsWithAViewBoxInPointsAndKeepsTextAsText() throws Exception {
        Element svg = parse(exporter.image(figure, ImageFormat.SVG)).getDocumentElement();

        assertThat(svg.getAttribute("width")).isEqualTo("300px");
        assertThat(svg.getAttribute("height")).isEqualTo("200px");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 216 144");
        assertThat(texts(svg, "text")).contains(LabelledFigure.LABEL, "bold axis");
    }

    @Test
    void svgTitleAndDescriptionCarryTheFigureDescriptionForScreenReaders() throws Exception {
        Element svg = parse(exporter.image(figure, ImageFormat.SVG)).getDocumentElement();

        Element first = (Element) svg.getElementsByTagName("*").item(0);
        assertThat(first.getTagName()).isEqualTo("title");
        assertThat(first.getTextContent()).isEqualTo("Shapes & \"text\" <test>");
        assertThat(texts(svg, "desc")).singleElement().asString().startsWith("Shapes & \"text\" <test>");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
    }

    @Test
    void theSameFigureGivesTheSameSvgAndPdfBytes() {
        for (ImageFormat format : new ImageFormat[] {ImageFormat.SVG, ImageFormat.PDF}) {
            byte[] first = exporter.image(new LabelledFigure(SIZE), format);
            byte[] second = exporter.image(new LabelledFigure(SIZE), format);

            assertThat(second).as(format.name()).isEqualTo(first);
        }
    }

    @Test
    void svgDataUriAndInlineHtml() throws Exception {
        String uri = new String(exporter.bytes(figure, OutputFormat.parse("datauri", ImageFormat.SVG), SIZE),
                StandardCharsets.UTF_8).strip();
        String html = new String(exporter.bytes(figure, OutputFormat.parse("html", ImageFormat.SVG), SIZE),
                StandardCharsets.UTF_8).strip();

        assertThat(uri).startsWith("data:image/svg+xml;base64,");
        assertThat(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)))
                .isEqualTo(exporter.image(figure, ImageFormat.SVG));
        assertThat(html).startsWith("<svg ").endsWith("</svg>").doesNotContain("<?xml");
        assertThat(texts(parse(html.getBytes(StandardCharsets.UTF_8)).getDocumentElement(), "text"))
                .contains(LabelledFigure.LABEL);
    }

    @Test
    void formatsFollowTheNameOrTheFileExtension() {
        assertThat(OutputFormat.parse("svg", ImageFormat.PNG)).isEqualTo(new OutputFormat(ImageFormat.SVG, OutputFormat.Form.FILE));
        assertThat(OutputFormat.parse("PDF", ImageFormat.PNG)).isEqualTo(new OutputFormat(ImageFormat.PDF, OutputFormat.Form.FILE));
        assertThat(OutputFormat.fromFileName(Path.of("out/chart.svg"), ImageFormat.PNG).image()).isEqualTo(ImageFormat.SVG);
        assertThat(OutputFormat.fromFileName(Path.of("out/chart.PDF"), ImageFormat.PNG).image()).isEqualTo(ImageFormat.PDF);
        assertThat(ImageFormat.SVG.mimeType()).isEqualTo("image/svg+xml");
        assertThat(ImageFormat.PDF.mimeType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> OutputFormat.fromFileName(Path.of("chart.eps"), ImageFormat.PNG))
                .isInstanceOf(BadInputException.class).hasMessageContaining(".svg, .pdf");
    }

    @Test
    void aPdfCannotGoInAnImgTag() {
        assertThatThrownBy(() -> exporter.imgTag(figure, ImageFormat.PDF, SIZE))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--image svg");
    }

    @Test
    void pngcheckAcceptsOurPng(@TempDir Path folder) throws Exception {
        Path png = Files.write(folder.resolve("chart.png"), exporter.image(figure, ImageFormat.PNG));

        ExternalTool.Result check = ExternalTool.PNGCHECK.run("-v", png.toString());

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("300 x 200").contains("No errors");
    }

    @Test
    void librsvgDrawsOurSvgLikeOurPng(@TempDir Path folder) throws Exception {
        Path svg = Files.write(folder.resolve("chart.svg"), exporter.image(figure, ImageFormat.SVG));
        Path rendered = folder.resolve("rsvg.png");

        ExternalTool.Result run = ExternalTool.RSVG_CONVERT.run("-o", rendered.toString(), svg.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertResembles(read(rendered), ourPng(), "rsvg-convert");
    }

    @Test
    void qpdfFindsNoStructuralErrors(@TempDir Path folder) throws Exception {
        Path pdf = Files.write(folder.resolve("chart.pdf"), exporter.image(figure, ImageFormat.PDF));

        ExternalTool.Result check = ExternalTool.QPDF.run("--check", pdf.toString());

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("No syntax or stream encoding errors");
    }

    @Test
    void popplerDrawsOurPdfLikeOurPng(@TempDir Path folder) throws Exception {
        Path pdf = Files.write(folder.resolve("chart.pdf"), exporter.image(figure, ImageFormat.PDF));

        ExternalTool.Result run = ExternalTool.PDFTOPPM.run("-png", "-r", "100", "-singlefile", pdf.toString(),
                folder.resolve("page").toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertResembles(read(folder.resolve("page.png")), ourPng(), "pdftoppm");
    }

    @Test
    void pdfEmbedsItsFontsHasTheChartSizeAndTitleAndNoDates(@TempDir Path folder) throws Exception {
        Path pdf = Files.write(folder.resolve("chart.pdf"), exporter.image(figure, ImageFormat.PDF));

        ExternalTool.Result fonts = ExternalTool.PDFFONTS.run(pdf.toString());
        ExternalTool.Result info = ExternalTool.PDFINFO.run(pdf.toString());

        assertThat(fonts.output()).contains("DejaVuSans").contains("DejaVuSans-Bold");
        assertThat(fonts.output().lines().skip(2)).isNotEmpty()
                .allSatisfy(line -> assertThat(line.split("\\s+")[line.split("\\s+").length - 5]).as(line).isEqualTo("yes"));
        assertThat(info.output()).contains("Title:           Shapes & \"text\" <test>")
                .contains("Page size:       216 x 144 pts")
                .doesNotContain("CreationDate").doesNotContain("ModDate");
    }

    private static void assertResembles(BufferedImage theirs, BufferedImage ours, String tool) {
        BufferedImage blank = new BufferedImage(ours.getWidth(), ours.getHeight(), BufferedImage.TYPE_INT_RGB);
        blank.getGraphics().fillRect(0, 0, ours.getWidth(), ours.getHeight());
        assertThat(PixelDifference.meanAbsolute(blank, ours)).as("a blank page is far from the figure").isGreaterThan(5 * SIMILAR);
        assertThat(PixelDifference.meanAbsolute(theirs, ours)).as(tool + " rendering against our PNG").isLessThan(SIMILAR);
    }

    private BufferedImage ourPng() throws Exception {
        return ImageIO.read(new ByteArrayInputStream(exporter.image(figure, ImageFormat.PNG)));
    }

    private static BufferedImage read(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as(png + " decodes").isNotNull();
        return image;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static java.util.List<String> texts(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        java.util.List<String> result = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add(nodes.item(i).getTextContent());
        }
        return result;
    }
}
