package dev.plotpress.internal.render;

import dev.plotpress.render.Figure;
import dev.plotpress.data.DataReader;
import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import org.jfree.chart.axis.ValueAxis;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows a chart cannot draw as asked are left out, and the Figure says so once per column and reason. */
class LeftOutRowsTest {
    static final Path SEATTLE = Path.of("src/test/resources/vega-datasets/seattle-weather.csv");
    private static final Size SIZE = Size.pixels(640, 400, 100);

    static Table seattle() {
        return DataReader.read(DataSpec.file(SEATTLE));
    }

    @Test
    void aLogAxisOverZerosLeavesThemOutWithOneWarningAndStartsAtTheSmallestPositiveValue() {
        ChartSpec spec = ChartSpec.builder(ChartKind.LINE).x("date").y("precipitation").size(SIZE)
                .axes(new AxisOptions(false, true, null, null, null, null, null, false)).build();

        ChartFigure figure = (ChartFigure) Renderer.render(spec, seattle());
        RasterFixture.save(RasterFixture.draw(figure), "log_precipitation");

        // pandas: (df.precipitation <= 0).sum() == 838, len(df) == 1461
        assertThat(figure.warnings()).containsExactly(SEATTLE
                + ": 838 of 1,461 rows have precipitation <= 0 and are not on the log y axis");
        ValueAxis y = figure.chart().getXYPlot().getRangeAxis();
        // df.precipitation[df.precipitation > 0].min() == 0.3; the axis starts a margin below it, not at 1e-300
        assertThat(y.getLowerBound()).isBetween(0.1, 0.3);
        assertThat(y.getUpperBound()).isBetween(55.9, 100.0);
    }

    @Test
    void missingValuesInADrawnColumnAreCountedOncePerColumn() {
        Table table = new Table("m.csv", List.of(new NumericColumn("x", new double[]{1, 2, 3, Double.NaN}),
                new NumericColumn("y", new double[]{1, Double.NaN, Double.NaN, 4})));

        Figure figure = Renderer.render(ChartSpec.builder(ChartKind.SCATTER).x("x").y("y").size(SIZE).build(), table);

        assertThat(figure.warnings()).containsExactly(
                "m.csv: 1 of 4 rows have no x value and are left out",
                "m.csv: 2 of 4 rows have no y value and are left out");
    }

    @Test
    void aChartThatDrawsEveryRowHasNoWarnings() {
        Figure figure = Renderer.render(ChartSpec.builder(ChartKind.LINE).x("date").y("temp_max").size(SIZE).build(), seattle());

        assertThat(figure.warnings()).isEmpty();
    }

    @Test
    void eachRenderCollectsItsOwnWarnings() {
        ChartSpec log = ChartSpec.builder(ChartKind.LINE).x("date").y("precipitation").size(SIZE)
                .axes(new AxisOptions(false, true, null, null, null, null, null, false)).build();
        Table table = seattle();

        Figure first = Renderer.render(log, table);
        Figure second = Renderer.render(log, table);

        assertThat(second.warnings()).isEqualTo(first.warnings()).hasSize(1);
    }
}
