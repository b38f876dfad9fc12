package dev.plotpress.internal.render;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.internal.model.Colors;
import dev.plotpress.model.HeatmapOptions;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Palette;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import dev.plotpress.model.Colormap;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart kinds of issue 6, checked where a person looks: the pixels at known data positions. */
class ChartKindsTest {
    private static final Size SIZE = Size.pixels(640, 480, 100);

    @Test
    void boxSpansTheQuartilesWithWhiskersAndOutliersPerHueGroup() {
        double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 30, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
        String[] groups = new String[20];
        for (int i = 0; i < 20; i++) {
            groups[i] = i < 10 ? "low" : "high";
        }
        Table table = new Table("groups.csv", List.of(new TextColumn("group", groups), new NumericColumn("value", values)));
        ChartFigure figure = (ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.BOX).y("value").hue("group")
                .size(SIZE).build(), table);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);
        RasterFixture.save(drawn.image(), "test_box");
        CategoryPlot plot = figure.chart().getCategoryPlot();
        var area = drawn.dataArea();
        double low = plot.getDomainAxis().getCategoryMiddle(0, 2, area, RectangleEdge.BOTTOM);
        double high = plot.getDomainAxis().getCategoryMiddle(1, 2, area, RectangleEdge.BOTTOM);

        // "low" = 1..9 and 30: q1 3.25, q3 7.75, whiskers 1 and 9, outlier 30; "high" = 11..20: q1 13.25, q3 17.75
        assertThat(colourAt(drawn, low, y(plot, 4, area))).isEqualTo(Colors.palette(0));
        assertThat(colourAt(drawn, low, y(plot, 2.5, area))).isNotEqualTo(Colors.palette(0));
        assertThat(colourAt(drawn, high, y(plot, 16, area))).isEqualTo(Colors.palette(1));
        assertThat(colourAt(drawn, high, y(plot, 12.5, area))).isNotEqualTo(Colors.palette(1));
        assertThat(darkNear(drawn, low, y(plot, 30, area))).as("the outlier at 30 is drawn").isTrue();
        assertThat(darkNear(drawn, low, y(plot, 24, area))).as("nothing between the whisker and the outlier").isFalse();
        assertThat(plot.getCategoriesForAxis(plot.getDomainAxis())).extracting(Object::toString).containsExactly("low", "high");
    }

    @Test
    void stackedAreaPutsEachSeriesOnTopOfTheOnesBefore() {
        Table table = new Table("stack.csv", List.of(new NumericColumn("x", new double[] {0, 1, 2}),
                new NumericColumn("a", new double[] {2, 2, 2}), new NumericColumn("b", new double[] {3, 3, 3})));
        ChartFigure figure = (ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.AREA).x("x").stacked(true)
                .size(SIZE).build(), table);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);
        RasterFixture.save(drawn.image(), "test_area_stacked");
        XYPlot plot = figure.chart().getXYPlot();
        var area = drawn.dataArea();
        double x = plot.getDomainAxis().valueToJava2D(1, area, RectangleEdge.BOTTOM);

        assertThat(colourAt(drawn, x, yXY(plot, 1, area))).isEqualTo(Colors.palette(0));
        assertThat(colourAt(drawn, x, yXY(plot, 4, area))).isEqualTo(Colors.palette(1));
        assertThat(colourAt(drawn, x, yXY(plot, 5.4, area))).isEqualTo(Color.WHITE);
    }

    @Test
    void overlappingAreasAreSeeThrough() {
        Table table = new Table("two.csv", List.of(new NumericColumn("a", new double[] {2, 2}),
                new NumericColumn("b", new double[] {4, 4})));
        ChartFigure figure = (ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.AREA).size(SIZE).build(), table);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);
        XYPlot plot = figure.chart().getXYPlot();
        var area = drawn.dataArea();

        Color both = colourAt(drawn, area.getCenterX(), yXY(plot, 1, area));
        Color onlyB = colourAt(drawn, area.getCenterX(), yXY(plot, 3, area));
        assertThat(both).isNotIn(Color.WHITE, Colors.palette(0), Colors.palette(1), onlyB);
        assertThat(Pixels.distance(onlyB, Color.WHITE)).isGreaterThan(30);
    }

    @Test
    void stackedBarsStackTheColumnsOfARow() {
        Table table = new Table("q.csv", List.of(new TextColumn("q", new String[] {"Q1", "Q2"}),
                new NumericColumn("a", new double[] {2, 1}), new NumericColumn("b", new double[] {3, 1})));
        ChartFigure figure = (ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.BAR).x("q").y("a", "b").stacked(true)
                .size(SIZE).build(), table);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);
        RasterFixture.save(drawn.image(), "test_bar_stacked");
        CategoryPlot plot = figure.chart().getCategoryPlot();
        var area = drawn.dataArea();
        double q1 = plot.getDomainAxis().getCategoryMiddle(0, 2, area, RectangleEdge.BOTTOM);

        assertThat(colourAt(drawn, q1, y(plot, 1, area))).isEqualTo(Colors.palette(0));
        assertThat(colourAt(drawn, q1, y(plot, 4, area))).isEqualTo(Colors.palette(1));
        assertThat(colourAt(drawn, q1, y(plot, 5.3, area))).isEqualTo(Color.WHITE);
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void histogramBinWidthSetsTheBinsFromTheSmallestValue() {
        Table table = new Table("h.csv", List.of(new NumericColumn("v", new double[] {0, 0.2, 0.4, 0.6, 1.9})));
        ChartFigure figure = (ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.HISTOGRAM).binWidth(0.5)
                .size(SIZE).build(), table);
        IntervalXYDataset bins = (IntervalXYDataset) figure.chart().getXYPlot().getDataset();

        assertThat(bins.getItemCount(0)).isEqualTo(4);
        assertThat(bins.getStartXValue(0, 0)).isEqualTo(0);
        assertThat(bins.getEndXValue(0, 0)).isEqualTo(0.5);
        assertThat(bins.getYValue(0, 0)).isEqualTo(3);
        assertThat(bins.getYValue(0, 1)).isEqualTo(1);
        assertThat(bins.getYValue(0, 3)).isEqualTo(1);
    }

    @Test
    void heatmapMaskUpperLeavesCellsAboveTheDiagonalBlank() {
        Table matrix = new Table("m.csv", List.of(new NumericColumn("a", new double[] {1, 0.5, 0.2}),
                new NumericColumn("b", new double[] {0.5, 1, 0.3}), new NumericColumn("c", new double[] {0.2, 0.3, 1})));
        HeatmapOptions mask = new HeatmapOptions(Colormap.VIRIDIS, false, ".2g", false, 0.0, 1.0, HeatmapOptions.Mask.UPPER);
        ChartFigure figure = (ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.HEATMAP).heatmap(mask)
                .size(SIZE).build(), matrix);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);
        RasterFixture.save(drawn.image(), "test_heatmap_mask");
        XYPlot plot = figure.chart().getXYPlot();
        var area = drawn.dataArea();

        assertThat(colourAt(drawn, xXY(plot, 2, area), yXY(plot, 0, area))).as("row a, column c: above").isEqualTo(Color.WHITE);
        assertThat(colourAt(drawn, xXY(plot, 1, area), yXY(plot, 0, area))).as("row a, column b: above").isEqualTo(Color.WHITE);
        assertThat(colourAt(drawn, xXY(plot, 0, area), yXY(plot, 2, area))).as("row c, column a: below")
                .isEqualTo(Colormap.VIRIDIS.at(0.2));
        assertThat(colourAt(drawn, xXY(plot, 1, area), yXY(plot, 1, area))).as("the diagonal shows").isEqualTo(Colormap.VIRIDIS.at(1));
    }

    @Test
    void hueSplitsAScatterIntoColouredSeriesWithALegend() {
        Table table = new Table("p.csv", List.of(new NumericColumn("x", new double[] {1, 2, 3, 4, 5, 6}),
                new NumericColumn("y", new double[] {1, 2, 3, 4, 5, 6}),
                new TextColumn("kind", new String[] {"cat", "dog", "cat", "bird", "dog", "cat"})));
        ChartFigure figure = (ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.SCATTER).x("x").y("y")
                .hue("kind").palette(Palette.TABLEAU10).size(SIZE).build(), table);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);
        RasterFixture.save(drawn.image(), "test_scatter_hue");
        XYPlot plot = figure.chart().getXYPlot();
        var area = drawn.dataArea();

        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(3);
        var legend = plot.getLegendItems();
        assertThat(java.util.stream.IntStream.range(0, legend.getItemCount()).mapToObj(i -> legend.get(i).getLabel()))
                .containsExactly("cat", "dog", "bird");
        assertThat(colourAt(drawn, xXY(plot, 1, area), yXY(plot, 1, area))).isEqualTo(Palette.TABLEAU10.color(0));
        assertThat(colourAt(drawn, xXY(plot, 2, area), yXY(plot, 2, area))).isEqualTo(Palette.TABLEAU10.color(1));
        assertThat(colourAt(drawn, xXY(plot, 4, area), yXY(plot, 4, area))).isEqualTo(Palette.TABLEAU10.color(2));
        assertThat(figure.chart().getLegend()).isNotNull();
    }

    @Test
    void optionsAKindCannotDrawAreErrorsNamingTheField() {
        Table table = new Table("t.csv", List.of(new NumericColumn("a", new double[] {1, 2}),
                new NumericColumn("b", new double[] {3, 4})));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Renderer.render(
                        ChartSpec.builder(ChartKind.HEATMAP).hue("a").size(SIZE).build(), table))
                .isInstanceOf(dev.plotpress.model.InvalidSpecException.class).hasMessageStartingWith("hue:")
                .hasMessageContaining("works with line, scatter");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Renderer.render(
                        ChartSpec.builder(ChartKind.SCATTER).y("a", "b").hue("a").size(SIZE).build(), table))
                .hasMessageContaining("splits one y column");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Renderer.render(
                        ChartSpec.builder(ChartKind.LINE).stacked(true).size(SIZE).build(), table))
                .hasMessageStartingWith("stacked:");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Renderer.render(ChartSpec.builder(ChartKind.HEATMAP)
                        .axes(new dev.plotpress.model.AxisOptions(true, false, null, null, null, null, null, false))
                        .size(SIZE).build(), table))
                .hasMessageStartingWith("axes:");
    }

    static double y(CategoryPlot plot, double value, java.awt.geom.Rectangle2D area) {
        return plot.getRangeAxis().valueToJava2D(value, area, RectangleEdge.LEFT);
    }

    static double yXY(XYPlot plot, double value, java.awt.geom.Rectangle2D area) {
        return plot.getRangeAxis().valueToJava2D(value, area, RectangleEdge.LEFT);
    }

    static double xXY(XYPlot plot, double value, java.awt.geom.Rectangle2D area) {
        return plot.getDomainAxis().valueToJava2D(value, area, RectangleEdge.BOTTOM);
    }

    static Color colourAt(RasterFixture.DrawnChart drawn, double x, double y) {
        return Pixels.at(drawn.image(), drawn.px(x), drawn.px(y));
    }

    private static boolean darkNear(RasterFixture.DrawnChart drawn, double x, double y) {
        int cx = drawn.px(x);
        int cy = drawn.px(y);
        return Pixels.count(drawn.image(), cx - 4, cy - 4, cx + 5, cy + 5, rgb -> {
            Color c = new Color(rgb);
            return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 200;
        }) > 0;
    }
}
