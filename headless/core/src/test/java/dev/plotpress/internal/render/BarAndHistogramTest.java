package dev.plotpress.internal.render;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.internal.model.Colors;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BarAndHistogramTest {
    private static final Size SIZE = Size.pixels(640, 480, 100);

    @Test
    void barsRiseFromZeroToTheirValueInGroupsPerCategory() {
        Table fruit = new Table("fruit.csv", List.of(new TextColumn("fruit", new String[]{"apple", "pear"}),
                new NumericColumn("2023", new double[]{2, 8}), new NumericColumn("2024", new double[]{6, 4})));
        ChartFigure figure = (ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.BAR).x("fruit").y("2023", "2024").size(SIZE).build(), fruit);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);
        RasterFixture.save(drawn.image(), "test_bar");
        CategoryPlot plot = figure.chart().getCategoryPlot();
        var area = drawn.dataArea();
        // two groups, each two bars side by side: apple's bars sit in the left half, pear's in the right
        double apple2023 = area.getMinX() + area.getWidth() * 0.20;
        double apple2024 = area.getMinX() + area.getWidth() * 0.30;
        double pear2023 = area.getMinX() + area.getWidth() * 0.70;

        assertThat(colourAt(drawn, apple2023, plot.getRangeAxis().valueToJava2D(1, area, RectangleEdge.LEFT))).isEqualTo(Colors.palette(0));
        assertThat(colourAt(drawn, apple2023, plot.getRangeAxis().valueToJava2D(3, area, RectangleEdge.LEFT))).isEqualTo(Color.WHITE);
        assertThat(colourAt(drawn, apple2024, plot.getRangeAxis().valueToJava2D(5, area, RectangleEdge.LEFT))).isEqualTo(Colors.palette(1));
        assertThat(colourAt(drawn, pear2023, plot.getRangeAxis().valueToJava2D(7.5, area, RectangleEdge.LEFT))).isEqualTo(Colors.palette(0));
        assertThat(plot.getRangeAxis().getLowerBound()).isZero();
        assertThat(figure.chart().getLegend()).isNotNull();
    }

    @Test
    void histogramCountsValuesInEqualBinsAndIgnoresMissingOnes() {
        double[] values = {0, 0.1, 0.2, 0.9, 1.0, Double.NaN, Double.NaN, Double.NaN};
        Table table = new Table("sizes.csv", List.of(new NumericColumn("size", values)));
        ChartSpec spec = ChartSpec.builder(ChartKind.HISTOGRAM).bins(2).size(SIZE).build();
        ChartFigure figure = (ChartFigure) Renderer.render(spec, table);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);
        RasterFixture.save(drawn.image(), "test_histogram");
        XYPlot plot = figure.chart().getXYPlot();
        var area = drawn.dataArea();

        // bin [0, 0.5) holds 3, bin [0.5, 1] holds 2
        double left = plot.getDomainAxis().valueToJava2D(0.25, area, RectangleEdge.BOTTOM);
        double right = plot.getDomainAxis().valueToJava2D(0.75, area, RectangleEdge.BOTTOM);
        assertThat(colourAt(drawn, left, plot.getRangeAxis().valueToJava2D(2.8, area, RectangleEdge.LEFT))).isEqualTo(Colors.palette(0));
        assertThat(colourAt(drawn, left, plot.getRangeAxis().valueToJava2D(3.2, area, RectangleEdge.LEFT))).isEqualTo(Color.WHITE);
        assertThat(colourAt(drawn, right, plot.getRangeAxis().valueToJava2D(1.8, area, RectangleEdge.LEFT))).isEqualTo(Colors.palette(0));
        assertThat(colourAt(drawn, right, plot.getRangeAxis().valueToJava2D(2.2, area, RectangleEdge.LEFT))).isEqualTo(Color.WHITE);
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("count");
    }

    @Test
    void overlappingHistogramsAreSeeThrough() {
        Table table = new Table("two.csv", List.of(new NumericColumn("a", new double[]{0, 1}),
                new NumericColumn("b", new double[]{0, 1})));
        ChartFigure figure = (ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.HISTOGRAM).bins(1).size(SIZE).build(), table);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);
        var area = drawn.dataArea();

        Color overlap = colourAt(drawn, area.getCenterX(), area.getMaxY() - 20);
        assertThat(overlap).isNotIn(Colors.palette(0), Colors.palette(1), Color.WHITE);
    }

    private static Color colourAt(RasterFixture.DrawnChart drawn, double x, double y) {
        return Pixels.at(drawn.image(), drawn.px(x), drawn.px(y));
    }
}
