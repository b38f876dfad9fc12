package dev.plotpress.testing;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Style;
import dev.plotpress.spec.SpecReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static dev.plotpress.testing.ImageAssert.assertThatChart;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ChartSpec entry point: a spec drawn as the CLI draws it, against the examples' committed baselines. */
class ChartAssertTest {
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    @Test
    void theLineChartExampleMatchesItsBaseline() {
        assertThatChart(EXAMPLES.resolve("line_chart.yaml"))
                .matchesBaseline(EXAMPLES.resolve("baselines/line_chart.png"), 1.0);
    }

    @Test
    void aRecolouredLineFailsAgainstTheSameBaseline() {
        ChartSpec spec = SpecReader.read(EXAMPLES.resolve("line_chart.yaml"));
        ChartSpec red = spec.toBuilder().style(new Style("#d55e00", null, null, 1.5)).build();

        assertThatThrownBy(() -> assertThatChart(red).matchesBaseline(EXAMPLES.resolve("baselines/line_chart.png"), 1.0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("RMS");
    }
}
