package dev.plotpress.internal.render;

import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.ColorTheme;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.time.Instant;
import java.util.List;

import static dev.plotpress.internal.render.ChartKindsTest.colourAt;
import static dev.plotpress.internal.render.ChartKindsTest.xXY;
import static dev.plotpress.internal.render.ChartKindsTest.yXY;
import static org.assertj.core.api.Assertions.assertThat;

/** Time axes, log scales, fixed ranges, tick formats, grids, themes and palettes. */
class AxesAndThemesTest {
    private static final Size SIZE = Size.pixels(640, 480, 100);
    private static final Table GROWTH = new Table("growth.csv", List.of(new NumericColumn("day", new double[] {0, 1, 2}),
            new NumericColumn("cells", new double[] {10, 100, 1000})));

    @Test
    void aTextColumnOfDatesBecomesAUtcTimeAxis() {
        Table table = new Table("sales.csv", List.of(new TextColumn("date", new String[] {"2024-01-01", "2024-01-31"}),
                new NumericColumn("units", new double[] {1, 2})));
        ChartFigure figure = (ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.LINE).x("date").size(SIZE).build(), table);
        XYPlot plot = figure.chart().getXYPlot();

        assertThat(plot.getDomainAxis()).isInstanceOf(DateAxis.class);
        assertThat(plot.getDataset().getXValue(0, 1)).isEqualTo(Instant.parse("2024-01-31T00:00:00Z").toEpochMilli());
        RasterFixture.save(RasterFixture.draw(figure), "test_time_axis");
    }

    @Test
    void logYPutsEqualRatiosAtEqualDistances() {
        ChartSpec spec = ChartSpec.builder(ChartKind.LINE).x("day").size(SIZE)
                .axes(new AxisOptions(false, true, null, null, null, null, null, false)).build();
        ChartFigure figure = (ChartFigure) Renderer.render(spec, GROWTH);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);
        RasterFixture.save(drawn.image(), "test_log_axis");
        XYPlot plot = figure.chart().getXYPlot();
        var area = drawn.dataArea();

        assertThat(plot.getRangeAxis()).isInstanceOf(LogAxis.class);
        double at10 = yXY(plot, 10, area);
        double at100 = yXY(plot, 100, area);
        double at1000 = yXY(plot, 1000, area);
        assertThat(at10 - at100).isCloseTo(at100 - at1000, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Pixels.isDark(drawn.image(), drawn.px(xXY(plot, 1, area)), drawn.px(at100))).as("the line passes 100 at day 1").isTrue();
    }

    @Test
    void fixedRangesTickFormatAndGrid() {
        ChartSpec spec = ChartSpec.builder(ChartKind.LINE).x("day").size(SIZE)
                .axes(new AxisOptions(false, false, -1.0, 3.0, 0.0, 2000.0, ".1f", true)).build();
        ChartFigure figure = (ChartFigure) Renderer.render(spec, GROWTH);
        XYPlot plot = figure.chart().getXYPlot();

        assertThat(plot.getDomainAxis().getRange().getLowerBound()).isEqualTo(-1);
        assertThat(plot.getDomainAxis().getRange().getUpperBound()).isEqualTo(3);
        assertThat(plot.getRangeAxis().getRange().getUpperBound()).isEqualTo(2000);
        assertThat(((NumberAxis) plot.getRangeAxis()).getNumberFormatOverride().format(500)).isEqualTo("500.0");
        assertThat(plot.isRangeGridlinesVisible()).isTrue();
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);
        RasterFixture.save(drawn.image(), "test_grid");
        var area = drawn.dataArea();
        // a grid line crosses the empty right part of the plot at a y tick
        double tick = ((NumberAxis) plot.getRangeAxis()).getTickUnit().getSize();
        Color grid = colourAt(drawn, xXY(plot, 2.8, area), yXY(plot, tick, area));
        assertThat(grid).isNotEqualTo(Color.WHITE);
    }

    @Test
    void darkThemePaintsTheBackgroundDarkAndTextLight() {
        ChartFigure figure = (ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.LINE).x("day").title("Growth")
                .theme(ColorTheme.DARK).size(SIZE).build(), GROWTH);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);
        RasterFixture.save(drawn.image(), "test_theme_dark");

        assertThat(Pixels.at(drawn.image(), 2, 2)).isEqualTo(ColorTheme.DARK.background());
        assertThat(Pixels.at(drawn.image(), drawn.px(drawn.dataArea().getCenterX()), drawn.px(drawn.dataArea().getMinY() + 3)))
                .isEqualTo(ColorTheme.DARK.plotBackground());
        assertThat(Pixels.count(drawn.image(), 0, 0, drawn.image().getWidth(), drawn.px(drawn.dataArea().getMinY()),
                rgb -> Pixels.distance(new Color(rgb), ColorTheme.DARK.text()) < 40)).as("light title text").isGreaterThan(20);
    }

    @Test
    void printThemeDrawsSeriesInGreyWithDifferentDashes() {
        Table two = new Table("two.csv", List.of(new NumericColumn("a", new double[] {1, 2, 3}),
                new NumericColumn("b", new double[] {3, 2, 1})));
        ChartFigure figure = (ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.LINE).theme(ColorTheme.PRINT)
                .size(SIZE).build(), two);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);
        RasterFixture.save(drawn.image(), "test_theme_print");
        var renderer = figure.chart().getXYPlot().getRenderer();

        int coloured = Pixels.count(drawn.image(), 0, 0, drawn.image().getWidth(), drawn.image().getHeight(), rgb -> {
            Color c = new Color(rgb);
            return Math.max(Math.abs(c.getRed() - c.getGreen()), Math.abs(c.getGreen() - c.getBlue())) > 8;
        });
        assertThat(coloured).as("pixels that are not grey").isZero();
        assertThat(renderer.getSeriesStroke(0)).isNotEqualTo(renderer.getSeriesStroke(1));
    }
}
