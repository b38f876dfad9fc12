package dev.plotpress.compare;

import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.internal.export.PngEncoding;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static dev.plotpress.compare.DiffImageTest.chart;

/** A real check run with one chart of every outcome, files on disk, as the reports get them. */
final class ReportFixture {
    static final String NASTY_NAME = "a<b>&\"c\" 'd'";

    private ReportFixture() {
    }

    static CheckRun run(Path dir) {
        Path baselines = dir.resolve("baselines");
        byte[] blue = PngEncoding.encode(chart(Color.BLUE));
        OutputFile.write(baselines.resolve("same.png"), blue);
        OutputFile.write(baselines.resolve(NASTY_NAME + ".png"), blue);
        OutputFile.write(baselines.resolve("changed.png"), blue);
        BufferedImage red = chart(Color.RED);
        byte[] redPng = PngEncoding.encode(red);
        CheckOptions options = CheckOptions.against(baselines).withOutputDir(dir.resolve("report"));
        return new BaselineCheck(options).run(List.of(
                ChartSource.of("same", dir.resolve("specs/same.yaml"), () -> blue),
                ChartSource.of("changed", dir.resolve("specs/changed.yaml"), () -> redPng),
                ChartSource.of("new chart", dir.resolve("specs/new chart.yaml"), () -> blue),
                ChartSource.of("broken", null, () -> {
                    throw new dev.plotpress.model.BadInputException("broken.yaml:1:1: <script>alert(1)</script> & more");
                }),
                ChartSource.of(NASTY_NAME, null, () -> blue)));
    }
}
