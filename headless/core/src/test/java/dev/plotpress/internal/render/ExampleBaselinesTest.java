package dev.plotpress.internal.render;

import dev.plotpress.Chart;
import dev.plotpress.compare.BaselineCheck;
import dev.plotpress.compare.ChartResult;
import dev.plotpress.compare.ChartSource;
import dev.plotpress.compare.CheckOptions;
import dev.plotpress.compare.CheckRun;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.spec.SpecFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example under examples/ still draws what its committed baseline shows (examples/baselines/,
 * refreshed with {@code ./plotpress --headless check examples --baseline examples/baselines --generate}).
 * The tolerance allows for anti-aliasing differences between JDK builds; on one JDK the bytes are equal.
 */
class ExampleBaselinesTest {
    private static final Path EXAMPLES = Path.of("../..", "examples").toAbsolutePath().normalize();
    private static final double TOLERANCE = 1.0;

    @Test
    void everyExampleMatchesItsBaseline(@TempDir Path report) {
        Exporter exporter = new Exporter();
        List<ChartSource> charts = SpecFiles.collect(List.of(EXAMPLES)).stream()
                .map(spec -> ChartSource.of(spec.name(), spec.file(),
                        () -> exporter.image(Chart.fromSpec(spec.file()).figure(), ImageFormat.PNG)))
                .toList();

        CheckRun run = new BaselineCheck(CheckOptions.against(EXAMPLES.resolve("baselines"))
                .withTolerance(TOLERANCE).withOutputDir(report).withThreads(2)).run(charts);

        assertThat(charts).extracting(ChartSource::name)
                .contains("scatter_matrix", "scatter_matrix_dpi10", "correlation_heatmap", "line_chart");
        assertThat(run.results()).allSatisfy(result ->
                assertThat(result.status().fails()).as(result.name() + ": " + result.message()).isFalse());
        assertThat(run.results()).extracting(ChartResult::name).hasSameSizeAs(charts);
    }
}
