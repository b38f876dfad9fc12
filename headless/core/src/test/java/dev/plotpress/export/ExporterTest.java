package dev.plotpress.export;

import dev.plotpress.model.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ExporterTest {
    private static final Size SIZE = Size.inches(2, 1, 100);
    private final Exporter exporter = new Exporter();

    @Test
    void pngHasTheRequestedPixelsAndDrawsTheFigureInPoints() throws IOException {
        BufferedImage image = decode(exporter.image(new SquareFigure(SIZE), ImageFormat.PNG));

        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(100);
        assertThat(image.getRGB(50, 50) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(image.getRGB(150, 50) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void theSameFigureGivesTheSamePngBytes() {
        byte[] first = exporter.image(new SquareFigure(SIZE), ImageFormat.PNG);
        byte[] second = exporter.image(new SquareFigure(SIZE), ImageFormat.PNG);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aChartDrawnAfterALargerOneShowsNothingOfIt() {
        Size small = Size.inches(1, 1, 100);
        byte[] fresh = new Exporter().image(new SquareFigure(small), ImageFormat.PNG);

        exporter.image(new LabelledFigure(Size.inches(6, 4, 100)), ImageFormat.PNG);   // leaves its pixels behind
        byte[] reused = exporter.image(new SquareFigure(small), ImageFormat.PNG);

        assertThat(reused).isEqualTo(fresh);
    }

    @Test
    void threadsSharingAnExporterGetTheBytesOfTheirOwnCharts() throws Exception {
        Size wide = Size.inches(3, 1, 100);
        byte[] squares = new Exporter().image(new SquareFigure(SIZE), ImageFormat.PNG);
        byte[] labels = new Exporter().image(new LabelledFigure(wide), ImageFormat.PNG);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean square = i % 2 == 0;
                results.add(pool.submit(() -> square
                        ? Arrays.equals(exporter.image(new SquareFigure(SIZE), ImageFormat.PNG), squares)
                        : Arrays.equals(exporter.image(new LabelledFigure(wide), ImageFormat.PNG), labels)));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void dpiChangesThePixelsNotThePicture() throws IOException {
        BufferedImage small = decode(exporter.image(new SquareFigure(SIZE), ImageFormat.PNG, Size.inches(2, 1, 10)));

        assertThat(small.getWidth()).isEqualTo(20);
        assertThat(small.getRGB(5, 5) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(small.getRGB(15, 5) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void jpegQualityTradesBytesForFidelity() throws IOException {
        byte[] low = new Exporter(new ExportOptions(0.2f)).image(new SquareFigure(SIZE), ImageFormat.JPEG);
        byte[] high = new Exporter(new ExportOptions(1.0f)).image(new SquareFigure(SIZE), ImageFormat.JPEG);

        assertThat(Arrays.copyOf(low, 3)).containsExactly(0xFF, 0xD8, 0xFF);
        assertThat(high.length).isGreaterThan(low.length);
        assertThat(decode(high).getWidth()).isEqualTo(200);
    }

    @Test
    void dataUriCarriesTheImageInBase64() throws IOException {
        String uri = exporter.dataUri(new SquareFigure(SIZE), ImageFormat.JPEG, SIZE);

        assertThat(uri).startsWith("data:image/jpeg;base64,");
        BufferedImage image = decode(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)));
        assertThat(image.getWidth()).isEqualTo(200);
    }

    @Test
    void imgTagHasEscapedAltTextAndTheSize() {
        String tag = exporter.imgTag(new SquareFigure(SIZE), ImageFormat.PNG, SIZE);

        assertThat(tag).startsWith("<img src=\"data:image/png;base64,")
                .contains("alt=\"A red &quot;square&quot; &lt;test&gt;\"")
                .endsWith("width=\"200\" height=\"100\">");
    }

    @Test
    void writesTheFileAndLeavesNoTemporaryFiles(@TempDir Path folder) throws IOException {
        Path target = folder.resolve("nested/chart.html");

        long bytes = exporter.write(new SquareFigure(SIZE), OutputFormat.fromFileName(target, ImageFormat.PNG), SIZE, target);

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).startsWith("<img src=\"data:image/png;base64,");
        assertThat(Files.size(target)).isEqualTo(bytes);
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image).as("decodable image").isNotNull();
        return image;
    }
}
