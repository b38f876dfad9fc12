package dev.plotpress.internal.render;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.internal.model.Colors;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Size;
import dev.plotpress.model.Style;
import dev.plotpress.model.Table;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LineChartTest {
    private static final ChartSpec LINE = ChartSpec.builder(ChartKind.LINE).size(Size.pixels(640, 480, 100)).build();
    private static final double NAN = Double.NaN;

    @Test
    void drawsTheLineThroughItsPointsInTheFirstPaletteColour() {
        Table diagonal = table(new double[]{0, 10}, new double[]{0, 10});
        ChartFigure figure = (ChartFigure) Renderer.render(LINE.toBuilder().x("x").build(), diagonal);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);

        assertThat(colourNear(drawn, figure, 5, 5)).isEqualTo(Colors.palette(0));
        assertThat(colourNear(drawn, figure, 2.5, 2.5)).isEqualTo(Colors.palette(0));
        assertThat(colourNear(drawn, figure, 2, 8)).isEqualTo(Color.WHITE);
        assertThat(colourNear(drawn, figure, 8, 2)).isEqualTo(Color.WHITE);
    }

    @Test
    void breaksTheLineWhereAValueIsMissing() {
        Table gap = table(new double[]{0, 1, 2, 3, 4, 5, 6}, new double[]{0, 1, 2, NAN, 4, 5, 6});
        ChartFigure figure = (ChartFigure) Renderer.render(LINE.toBuilder().x("x").build(), gap);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);

        assertThat(colourNear(drawn, figure, 1.5, 1.5)).isEqualTo(Colors.palette(0));
        assertThat(colourNear(drawn, figure, 3, 3)).isEqualTo(Color.WHITE);
        assertThat(colourNear(drawn, figure, 4.5, 4.5)).isEqualTo(Colors.palette(0));
    }

    @Test
    void plotsAgainstTheRowNumberWhenThereIsNoXColumn() {
        Table table = new Table("walk.csv", List.of(new NumericColumn("y", new double[]{10, 20, 30})));
        ChartFigure figure = (ChartFigure) Renderer.render(LINE, table);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);

        assertThat(colourNear(drawn, figure, 1, 20)).isEqualTo(Colors.palette(0));
        assertThat(colourNear(drawn, figure, 1.5, 25)).isEqualTo(Colors.palette(0));
        assertThat(figure.chart().getXYPlot().getRangeAxis().getLabel()).isEqualTo("y");
    }

    @Test
    void colorsEachSeriesAndShowsALegendOnlyForTwoOrMore() {
        Table two = table(new double[]{0, 10}, new double[]{0, 10}, new double[]{10, 0});
        Style red = new Style("#ff0000", null, null, 3.0);
        ChartSpec spec = LINE.toBuilder().x("x").seriesStyles(Map.of("z", red)).build();
        ChartFigure figure = (ChartFigure) Renderer.render(spec, two);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);

        assertThat(colourNear(drawn, figure, 2, 2)).isEqualTo(Colors.palette(0));
        assertThat(colourNear(drawn, figure, 2, 8)).isEqualTo(new Color(0xff0000));
        assertThat(figure.chart().getLegend()).isNotNull();
        ChartFigure one = (ChartFigure) Renderer.render(LINE.toBuilder().x("x").y("y").build(), two);
        assertThat(one.chart().getLegend()).isNull();
    }

    @Test
    void scatterDrawsADotAtEachPointAndNothingBetween() {
        Table points = table(new double[]{0, 10}, new double[]{0, 10});
        ChartSpec scatter = LINE.toBuilder().kind(ChartKind.SCATTER).x("x").build();
        ChartFigure figure = (ChartFigure) Renderer.render(scatter, points);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);

        assertThat(colourNear(drawn, figure, 0, 0)).isEqualTo(Colors.palette(0));
        assertThat(colourNear(drawn, figure, 10, 10)).isEqualTo(Colors.palette(0));
        assertThat(colourNear(drawn, figure, 5, 5)).isEqualTo(Color.WHITE);
    }

    @Test
    void isTheSamePictureAtTenAndAHundredDpi() {
        Table walk = Samples.randomWalk(1000, 7);
        BufferedImageSize tiny = sizeOf(LINE.toBuilder().size(Size.inches(12, 8, 10)).build(), walk);
        BufferedImageSize large = sizeOf(LINE.toBuilder().size(Size.inches(12, 8, 100)).build(), walk);

        assertThat(tiny).isEqualTo(new BufferedImageSize(120, 80));
        assertThat(large).isEqualTo(new BufferedImageSize(1200, 800));
    }

    private record BufferedImageSize(int width, int height) {
    }

    private static BufferedImageSize sizeOf(ChartSpec spec, Table table) {
        var image = RasterFixture.draw(Renderer.render(spec, table));
        RasterFixture.save(image, "test_line_" + image.getWidth());
        return new BufferedImageSize(image.getWidth(), image.getHeight());
    }

    private static Table table(double[] x, double[] y, double[]... more) {
        List<NumericColumn> columns = new java.util.ArrayList<>(List.of(new NumericColumn("x", x), new NumericColumn("y", y)));
        for (int i = 0; i < more.length; i++) {
            columns.add(new NumericColumn(i == 0 ? "z" : "z" + i, more[i]));
        }
        return new Table("points.csv", columns);
    }

    /** The most saturated colour within a pixel of where (x, y) lands, or white when there is only white. */
    private static Color colourNear(RasterFixture.DrawnChart drawn, ChartFigure figure, double x, double y) {
        XYPlot plot = figure.chart().getXYPlot();
        double px = plot.getDomainAxis().valueToJava2D(x, drawn.dataArea(), RectangleEdge.BOTTOM);
        double py = plot.getRangeAxis().valueToJava2D(y, drawn.dataArea(), RectangleEdge.LEFT);
        Color best = Color.WHITE;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                Color c = Pixels.at(drawn.image(), drawn.px(px) + dx, drawn.px(py) + dy);
                if (Pixels.distance(c, Color.WHITE) > Pixels.distance(best, Color.WHITE)) {
                    best = c;
                }
            }
        }
        return best;
    }
}
