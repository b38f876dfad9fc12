package dev.plotpress;

import dev.plotpress.export.ImageFormat;
import dev.plotpress.export.OutputFormat;
import dev.plotpress.model.BadInputException;
import dev.plotpress.spec.SpecSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartTest {

    @Test
    void twoArraysBecomeAPngInOneStatement() throws IOException {
        byte[] png = Chart.scatter(new double[]{1, 2, 3}, new double[]{4, 1, 9}).title("Sales").size(320, 240).png();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(240);
    }

    @Test
    void theSameChartGivesTheSameBytes() {
        Chart chart = Chart.line(new double[]{1, 2, 3}, new double[]{4, 1, 9});
        assertThat(chart.png()).isEqualTo(chart.png());
        assertThat(chart.svg()).isEqualTo(chart.svg());
    }

    @Test
    void arraysOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> Chart.scatter(new double[]{1, 2}, new double[]{1}))
                .isInstanceOf(BadInputException.class).hasMessageContaining("x has 2 values but y has 1");
    }

    @Test
    void aSpecGivenAsTextRendersWithItsRandomData() {
        Chart.Rendering rendering = Chart.fromSpec("kind: heatmap\ndata: {random: {rows: 4, columns: 3, seed: 0}, transform: correlation}\n",
                "request body", SpecSyntax.YAML, DataFolder.NONE).render(new OutputFormat(ImageFormat.PNG, OutputFormat.Form.DATA_URI));

        assertThat(rendering.text()).startsWith("data:image/png;base64,");
        assertThat(rendering.mediaType()).startsWith("text/plain");
        assertThat(rendering.warnings()).isEmpty();
    }

    @Test
    void aSpecWithoutAFolderCannotNameAFile() {
        assertThatThrownBy(() -> Chart.fromSpec("kind: line\ndata: {file: /etc/passwd}\n", "request body", SpecSyntax.YAML, DataFolder.NONE))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("request body:2:")
                .hasMessageContaining("give the data inline");
    }

    @Test
    void aServedFolderKeepsDataFilesInside(@TempDir Path dir) throws IOException {
        Path served = Files.createDirectory(dir.resolve("charts"));
        Files.writeString(dir.resolve("secret.csv"), "a,b\n1,2\n");
        Files.writeString(served.resolve("ok.csv"), "a,b\n1,2\n3,4\n");
        Files.createSymbolicLink(served.resolve("link.csv"), dir.resolve("secret.csv"));
        DataFolder folder = DataFolder.inside(served);

        assertThat(Chart.fromSpec("kind: line\nx: a\ny: b\ndata: {file: ok.csv}\n", "ok.yaml", SpecSyntax.YAML, folder).png()).isNotEmpty();
        for (String escape : new String[]{"../secret.csv", dir.resolve("secret.csv").toString(), "link.csv"}) {
            assertThatThrownBy(() -> Chart.fromSpec("kind: line\ndata: {file: '" + escape + "'}\n", "x.yaml", SpecSyntax.YAML, folder))
                    .as(escape).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("only regular files inside the served folder");
        }
    }

    @Test
    void writeToPicksTheFormatFromTheExtension(@TempDir Path dir) throws IOException {
        Path svg = dir.resolve("c.svg");
        Chart.scatter(new double[]{1, 2}, new double[]{3, 4}).writeTo(svg);
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("<svg");
    }
}
