package dev.plotpress.compare;

import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.internal.export.PngEncoding;
import dev.plotpress.model.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.plotpress.compare.DiffImageTest.chart;
import static dev.plotpress.compare.DiffImageTest.isStrongMagenta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaselineCheckTest {
    @TempDir
    Path dir;

    @Test
    void generateWritesTheRenderedBytesAsTheBaseline() throws IOException {
        byte[] png = png(chart(Color.BLUE));
        Path baselines = dir.resolve("baselines");

        CheckRun run = new BaselineCheck(CheckOptions.against(baselines).withGenerate(true))
                .run(List.of(ChartSource.of("bars", null, () -> png), ChartSource.of("nested/line", null, () -> png)));

        assertThat(run.results()).extracting(ChartResult::status).containsOnly(CheckStatus.GENERATED);
        assertThat(run.results().get(0).message()).isEqualTo("wrote baseline " + baselines.resolve("bars.png"));
        assertThat(Files.readAllBytes(baselines.resolve("bars.png"))).isEqualTo(png);
        assertThat(Files.readAllBytes(baselines.resolve("nested/line.png"))).isEqualTo(png);
        assertThat(run.passed()).isTrue();
        try (var files = Files.list(baselines)) {
            assertThat(files).as("no temporary files left").hasSize(2);
        }
    }

    @Test
    void generateRefreshesAChangedBaselineAndLeavesAnUpToDateOneAlone() throws IOException {
        Path baselines = dir.resolve("baselines");
        OutputFile.write(baselines.resolve("a.png"), PngEncoding.encode(chart(Color.RED)));
        byte[] blue = png(chart(Color.BLUE));
        BaselineCheck generate = new BaselineCheck(CheckOptions.against(baselines).withGenerate(true));

        ChartResult refreshed = generate.check(ChartSource.of("a", null, () -> blue));
        ChartResult again = generate.check(ChartSource.of("a", null, () -> blue));

        assertThat(refreshed.message()).startsWith("refreshed baseline");
        assertThat(again.message()).endsWith("is up to date");
        assertThat(Files.readAllBytes(baselines.resolve("a.png"))).isEqualTo(blue);
    }

    @Test
    void aMissingBaselineIsAFailureThatSaysHowToCreateIt() {
        Path baselines = dir.resolve("baselines");
        byte[] png = png(chart(Color.BLUE));

        CheckRun run = new BaselineCheck(CheckOptions.against(baselines).withOutputDir(dir.resolve("out")))
                .run(List.of(ChartSource.of("x", null, () -> png)));

        ChartResult result = run.results().get(0);
        assertThat(result.status()).isEqualTo(CheckStatus.MISSING_BASELINE);
        assertThat(result.message()).isEqualTo("no baseline at " + baselines.resolve("x.png")
                + "; run with --generate to create it");
        assertThat(result.actual()).as("the rendered image is kept so it can be looked at").exists();
        assertThat(run.passed()).isFalse();
    }

    @Test
    void hashModePassesIdenticalBytesWithoutDecodingThem() throws IOException {
        Path baselines = dir.resolve("baselines");
        byte[] notEvenAnImage = "same bytes, not a PNG".getBytes();
        Files.createDirectories(baselines);
        Files.write(baselines.resolve("c.png"), notEvenAnImage);
        ChartSource chart = ChartSource.of("c", null, notEvenAnImage::clone);

        ChartResult hashed = new BaselineCheck(CheckOptions.against(baselines).withHash(true)).check(chart);
        ChartResult decoded = new BaselineCheck(CheckOptions.against(baselines)).check(chart);

        assertThat(hashed.status()).isEqualTo(CheckStatus.PASS);
        assertThat(hashed.message()).startsWith("identical bytes (SHA-256 ");
        assertThat(decoded.status()).as("pixel mode has to decode, and cannot").isEqualTo(CheckStatus.ERROR);
        assertThat(decoded.message()).contains(baselines.resolve("c.png").toString(), "not an image");
    }

    @Test
    void aChangedChartFailsWithADiffThatMarksTheChangedRegion() {
        Path baselines = dir.resolve("baselines");
        OutputFile.write(baselines.resolve("bars.png"), PngEncoding.encode(chart(Color.BLUE)));
        BufferedImage changed = chart(Color.BLUE);
        for (int x = 30; x < 70; x++) {
            changed.setRGB(x, 20, 0xFFFF0000); // the top edge of the bar turned red
        }
        byte[] png = png(changed);
        Path out = dir.resolve("report");

        ChartResult result = new BaselineCheck(CheckOptions.against(baselines).withTolerance(1).withOutputDir(out))
                .check(ChartSource.of("bars", dir.resolve("bars.yaml"), () -> png));

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.difference().bounds()).isEqualTo(new Region(30, 20, 40, 1));
        assertThat(result.message()).contains("RMS ", "40 of 8000 pixels differ", "tolerance 1.0");
        assertThat(result.actual()).isEqualTo(out.resolve("actual/bars.png")).exists();
        assertThat(result.diff()).isEqualTo(out.resolve("diff/bars.png")).exists();
        BufferedImage diff = ImageInput.read(result.diff());
        assertThat(isStrongMagenta(diff.getRGB(45, 20) & 0xFFFFFF)).isTrue();
        assertThat(isStrongMagenta(diff.getRGB(45, 30) & 0xFFFFFF)).isFalse();
    }

    @Test
    void pixelModePassesWithinTheToleranceAndHashModeDoesNot() {
        Path baselines = dir.resolve("baselines");
        OutputFile.write(baselines.resolve("bars.png"), PngEncoding.encode(chart(Color.BLUE)));
        BufferedImage nearly = chart(Color.BLUE);
        nearly.setRGB(0, 0, 0xFFFFFFFE);
        byte[] png = png(nearly);
        ChartSource chart = ChartSource.of("bars", null, () -> png);
        CheckOptions options = CheckOptions.against(baselines).withTolerance(0.5);

        ChartResult pixels = new BaselineCheck(options).check(chart);
        ChartResult hash = new BaselineCheck(options.withHash(true)).check(chart);

        assertThat(pixels.status()).isEqualTo(CheckStatus.PASS);
        assertThat(pixels.message()).contains("within tolerance 0.5");
        assertThat(hash.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(hash.message()).startsWith("PNG bytes differ from the baseline (SHA-256 ")
                .contains("1 of 8000 pixels differ");
    }

    @Test
    void aChartOfAnotherSizeFailsWithBothSizes() {
        Path baselines = dir.resolve("baselines");
        OutputFile.write(baselines.resolve("bars.png"), PngEncoding.encode(chart(Color.BLUE)));
        byte[] png = png(ImageComparisonTest.filled(100, 79, 0xFFFFFF));

        ChartResult result = new BaselineCheck(CheckOptions.against(baselines)).check(ChartSource.of("bars", null, () -> png));

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.message()).contains("the baseline " + baselines.resolve("bars.png") + " is 100x80 but the rendered chart is 100x79");
    }

    @Test
    void aChartThatCannotBeRenderedIsAnErrorAndTheOthersAreStillChecked() {
        Path baselines = dir.resolve("baselines");
        byte[] png = png(chart(Color.BLUE));
        OutputFile.write(baselines.resolve("good.png"), png);

        CheckRun run = new BaselineCheck(CheckOptions.against(baselines)).run(List.of(
                ChartSource.of("broken", null, () -> {
                    throw new BadInputException("broken.yaml:3:7: unknown chart kind 'pie'");
                }),
                ChartSource.of("good", null, () -> png)));

        assertThat(run.results()).extracting(ChartResult::status).containsExactly(CheckStatus.ERROR, CheckStatus.PASS);
        assertThat(run.results().get(0).message()).isEqualTo("broken.yaml:3:7: unknown chart kind 'pie'");
        assertThat(run.summary()).startsWith("2 charts: 1 passed, 0 failed, 0 without baseline, 1 errors in ");
    }

    @Test
    void resultsComeBackInInputOrderWhateverTheThreads() {
        Path baselines = dir.resolve("baselines");
        byte[] png = png(chart(Color.BLUE));
        List<ChartSource> charts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        for (int i = 0; i < 12; i++) {
            String name = "chart" + i;
            long sleep = (12 - i) * 5L; // early charts finish last
            names.add(name);
            charts.add(ChartSource.of(name, null, () -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(sleep);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                return png;
            }));
        }
        List<String> completionOrder = Collections.synchronizedList(new ArrayList<>());

        CheckRun run = new BaselineCheck(CheckOptions.against(baselines).withGenerate(true).withThreads(4))
                .run(charts, r -> completionOrder.add(r.name()));

        assertThat(run.results()).extracting(ChartResult::name).containsExactlyElementsOf(names);
        assertThat(completionOrder).containsExactlyInAnyOrderElementsOf(names).isNotEqualTo(names);
        assertThat(mostAtOnce.get()).isBetween(2, 4);
    }

    @Test
    void twoChartsWithTheSameNameAreRefused() {
        byte[] png = png(chart(Color.BLUE));
        List<ChartSource> charts = List.of(ChartSource.of("a", Path.of("one/a.yaml"), () -> png),
                ChartSource.of("a", Path.of("two/a.yaml"), () -> png));

        assertThatThrownBy(() -> new BaselineCheck(CheckOptions.against(dir)).run(charts))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("both named 'a' (" + Path.of("one/a.yaml") + " and " + Path.of("two/a.yaml") + ")");
    }

    @Test
    void aNameCannotPutItsBaselineOutsideTheFolder() {
        byte[] png = png(chart(Color.BLUE));

        ChartResult result = new BaselineCheck(CheckOptions.against(dir.resolve("baselines")).withGenerate(true))
                .check(ChartSource.of("../escape", null, () -> png));

        assertThat(result.status()).isEqualTo(CheckStatus.ERROR);
        assertThat(result.message()).contains("'../escape' would put its baseline outside");
        assertThat(dir.resolve("escape.png")).doesNotExist();
    }

    @Test
    void optionsRefuseNonsense() {
        assertThatThrownBy(() -> CheckOptions.against(dir).withTolerance(-1))
                .hasMessage("--tolerance must be a number >= 0 (an RMS on a 0-255 scale), got -1.0");
        assertThatThrownBy(() -> CheckOptions.against(dir).withThreads(0))
                .hasMessage("--threads must be at least 1, got 0");
    }

    static byte[] png(BufferedImage image) {
        return PngEncoding.encode(image);
    }
}
