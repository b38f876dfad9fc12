package dev.plotpress.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code plotpress --headless render}, as a user runs it: files, messages and exit codes. */
class RenderCommandTest {
    private static final Path EXAMPLES = Path.of("../..", "examples").toAbsolutePath().normalize();

    @TempDir
    Path out;

    @Test
    void rendersTheScatterMatrixExampleToAPngOfTheSpecsSize() throws IOException {
        Path png = out.resolve("scatter.png");

        CliRun run = CliRun.of("render", EXAMPLES.resolve("scatter_matrix.yaml").toString(), "-o", png.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote " + png).contains("1200x800 px");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(800);
    }

    @Test
    void rowsLeftOutOfTheChartAreWarnedAboutOnStderrAndTheRenderStillSucceeds() throws IOException {
        Files.writeString(out.resolve("sales.csv"), "day,units\n1,5\n2,0\n3,50\n4,0\n");
        Path spec = Files.writeString(out.resolve("log.yaml"), """
                kind: line
                data: {file: sales.csv}
                x: day
                y: units
                axes: {logY: true}
                """);
        Path png = out.resolve("log.png");

        CliRun run = CliRun.of("render", spec.toString(), "-o", png.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("plotpress: warning: " + out.resolve("sales.csv")
                + ": 2 of 4 rows have units <= 0 and are not on the log y axis");
        assertThat(png).exists();
    }

    @Test
    void sizeOptionsOverrideTheSpec() throws IOException {
        Path png = out.resolve("small.png");

        CliRun run = CliRun.of("render", EXAMPLES.resolve("correlation_heatmap.yaml").toString(), "-o", png.toString(),
                "--dpi", "50");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(400);
    }

    @Test
    void aDpiThatMakesASideTooLargeIsBlamedOnTheDpiWithTheSizeItLeadsTo() {
        // box_plot.yaml is 480 x 320 px at dpi 100: 4.8 x 3.2 in
        CliRun run = CliRun.of("render", EXAMPLES.resolve("gallery/box_plot.yaml").toString(), "-o",
                out.resolve("big.png").toString(), "--dpi", "5000");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--dpi 5000: dpi 5000 makes the chart's width of 4.8 in 24,000 pixels, more than "
                + "the 20,000 per side; give a dpi of at most 4,166, or a smaller size").doesNotContain("--width");
    }

    @Test
    void aDpiThatMakesTooManyPixelsNamesTheDpiGiven() {
        CliRun run = CliRun.of("render", EXAMPLES.resolve("gallery/box_plot.yaml").toString(), "-o",
                out.resolve("big.png").toString(), "--dpi", "3000");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--dpi 3000: 14400 x 9600 px: 138,240,000 pixels in a chart drawn is over the limit")
                .doesNotContain("--width");
    }

    @Test
    void aWidthThatIsTooLargeIsBlamedOnTheWidth() {
        CliRun run = CliRun.of("render", EXAMPLES.resolve("gallery/box_plot.yaml").toString(), "-o",
                out.resolve("big.png").toString(), "--width", "32000");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--width 32000: 32000 pixels is too large");
    }

    @Test
    void aDataUriGoesToStandardOutput() {
        CliRun run = CliRun.of("render", EXAMPLES.resolve("line_chart.yaml").toString(), "--format", "datauri",
                "--image", "jpeg");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("data:image/jpeg;base64,/9j/");
    }

    @Test
    void anHtmlOutputIsAnImgTagWithAltText() throws IOException {
        Path html = out.resolve("chart.html");

        CliRun run = CliRun.of("render", EXAMPLES.resolve("line_chart.yaml").toString(), "-o", html.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(html)).startsWith("<img src=\"data:image/png;base64,").contains("alt=\"Live metric");
    }

    @Test
    void svgAndPdfFollowTheOutputExtension() throws IOException {
        Path svg = out.resolve("box.svg");
        Path pdf = out.resolve("box.pdf");

        CliRun toSvg = CliRun.of("render", EXAMPLES.resolve("gallery/box_plot.yaml").toString(), "-o", svg.toString());
        CliRun toPdf = CliRun.of("render", EXAMPLES.resolve("gallery/box_plot.yaml").toString(), "-o", pdf.toString());

        assertThat(toSvg.exitCode()).as(toSvg.err()).isZero();
        assertThat(toPdf.exitCode()).as(toPdf.err()).isZero();
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<title id='plotpress-title'>Petal length by species</title>");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void anSvgDataUriAndInlineSvgGoToStandardOutput() {
        CliRun uri = CliRun.of("render", EXAMPLES.resolve("gallery/box_plot.yaml").toString(), "--format", "datauri",
                "--image", "svg");
        CliRun inline = CliRun.of("render", EXAMPLES.resolve("gallery/box_plot.yaml").toString(), "--format", "html",
                "--image", "svg");

        assertThat(uri.out()).startsWith("data:image/svg+xml;base64,");
        assertThat(inline.out()).startsWith("<svg role='img'").contains("<text");
    }

    @Test
    void aMissingSpecFileIsBadInputNamingTheFile() {
        CliRun run = CliRun.of("render", out.resolve("nope.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("plotpress: error: ").contains("nope.yaml");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void aTypoInASpecKeyIsBadInputWithLineAndColumn() throws IOException {
        Path spec = Files.writeString(out.resolve("typo.yaml"), "kind: line\ntitel: Oops\ndata:\n  random: {rows: 3, columns: 2, seed: 1}\n");

        CliRun run = CliRun.of("render", spec.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("typo.yaml:2:").contains("titel").contains("title");
    }

    @Test
    void aMalformedCsvIsBadInputNamingTheFileAndLine() throws IOException {
        Files.writeString(out.resolve("bad.csv"), "x,y\n1,2\n3,4,5\n");
        Path spec = Files.writeString(out.resolve("bad.yaml"), "kind: line\ndata: {file: bad.csv}\nx: x\ny: [y]\n");

        CliRun run = CliRun.of("render", spec.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("bad.csv:3:").contains("3 fields but the header has 2");
    }

    @Test
    void aNonNumericCellIsBadInputNamingRowAndColumn() throws IOException {
        Files.writeString(out.resolve("text.csv"), "x,y\n1,2\n2,lots\n");
        Path spec = Files.writeString(out.resolve("text.yaml"), "kind: line\ndata: {file: text.csv}\nx: x\ny: [y]\n");

        CliRun run = CliRun.of("render", spec.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("text.csv").contains("'y'").contains("lots");
    }

    @Test
    void anEmptyTableIsBadInput() throws IOException {
        Files.writeString(out.resolve("empty.csv"), "x,y\n");
        Path spec = Files.writeString(out.resolve("empty.yaml"), "kind: line\ndata: {file: empty.csv}\nx: x\ny: [y]\n");

        CliRun run = CliRun.of("render", spec.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("empty.csv");
    }

    @Test
    void aZeroOrNegativeSizeIsBadInput() throws IOException {
        Path spec = Files.writeString(out.resolve("size.yaml"),
                "kind: line\ndata:\n  random: {rows: 3, columns: 2, seed: 1}\nsize: {width: 0, height: 400}\n");

        CliRun specRun = CliRun.of("render", spec.toString());
        CliRun optionRun = CliRun.of("render", EXAMPLES.resolve("line_chart.yaml").toString(), "--width", "-5",
                "-o", out.resolve("x.png").toString());

        assertThat(specRun.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(specRun.err()).contains("size.yaml:4:").contains("width");
        assertThat(optionRun.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(optionRun.err()).contains("width").contains("positive");
    }

    @Test
    void anAbsurdSizeIsBadInputSayingTheLimit() {
        CliRun run = CliRun.of("render", EXAMPLES.resolve("line_chart.yaml").toString(), "--width", "100000",
                "-o", out.resolve("x.png").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("20000");
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsBadInput() throws IOException {
        Path file = Files.writeString(out.resolve("occupied"), "not a folder");

        CliRun run = CliRun.of("render", EXAMPLES.resolve("line_chart.yaml").toString(), "-o",
                file.resolve("chart.png").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("occupied").contains("not a folder");
    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
        CliRun run = CliRun.of("render", EXAMPLES.resolve("line_chart.yaml").toString(), "--format", "gif");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("gif").contains("png, jpeg, svg, pdf, datauri, html");
    }

    @Test
    void versionNamesPlotpressAndTheEngine() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("plotpress").contains("JFreeChart 1.5");
    }
}
