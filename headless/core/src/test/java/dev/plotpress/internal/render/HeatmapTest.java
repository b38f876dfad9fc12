package dev.plotpress.internal.render;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Colormap;
import dev.plotpress.model.HeatmapOptions;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import dev.plotpress.model.Transform;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeatmapTest {
    private static final Table CORRELATION = Transform.CORRELATION.apply(Samples.random(4, 8, 42));
    private static final HeatmapOptions SEABORN = new HeatmapOptions(Colormap.COOLWARM, true, ".2g", true, null, null);
    private static final ChartSpec REPORT = ChartSpec.builder(ChartKind.HEATMAP).heatmap(SEABORN)
            .size(Size.inches(8, 6, 100)).build();
    private static final Color COOLWARM_TOP = new Color(0xb40426);
    private static final Color COOLWARM_BOTTOM = new Color(0x3b4cc0);

    @Test
    void paintsTheLargestValueInTheColormapsLastColourAndTheSmallestInItsFirst() {
        ChartSpec plain = REPORT.toBuilder().heatmap(new HeatmapOptions(Colormap.COOLWARM, false, ".2g", true, null, null)).build();
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart((ChartFigure) Renderer.render(plain, CORRELATION));
        Cell max = extreme(true);
        Cell min = extreme(false);

        assertThat(Pixels.distance(centreColour(drawn, max), COOLWARM_TOP)).isLessThanOrEqualTo(2);
        assertThat(Pixels.distance(centreColour(drawn, min), COOLWARM_BOTTOM)).isLessThanOrEqualTo(4);
    }

    /**
     * Trial finding 1: a pivot's groupBy key names the rows whatever its type (here numeric ages) and is never drawn
     * as a column of values. Expected numbers from pandas 1.5.3 on vega-datasets' population.json:
     * {@code t = p.groupby(['age','year'], as_index=False).people.sum().pivot_table(index='age', columns='year', values='people')}.
     */
    @Test
    void aPivotsNumericGroupByKeyNamesTheRowsAndIsNeverDrawnAsValues() {
        Table pivoted = dev.plotpress.data.DataReader.read(dev.plotpress.model.DataSpec
                .file(java.nio.file.Path.of("src/test/resources/vega-datasets/population.json"))
                .withSteps(dev.plotpress.transform.StepReader.read(List.of(
                        java.util.Map.of("aggregate", java.util.Map.of("groupBy", List.of("age", "year"), "sum", "people")),
                        java.util.Map.of("pivot", java.util.Map.of("column", "year", "value", "people", "groupBy", List.of("age")))))));
        org.jfree.chart.plot.XYPlot plot = ((ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.HEATMAP).build(), pivoted))
                .chart().getXYPlot();
        String[] years = ((org.jfree.chart.axis.SymbolAxis) plot.getDomainAxis()).getSymbols();
        String[] ages = ((org.jfree.chart.axis.SymbolAxis) plot.getRangeAxis()).getSymbols();
        org.jfree.data.xy.XYZDataset cells = (org.jfree.data.xy.XYZDataset) plot.getDataset();

        // list(t.columns): 1850, 1860, ..., 1880, 1900, ..., 2000 (no 1890 census); list(t.index): 0, 5, ..., 90
        assertThat(years).containsExactly("1850", "1860", "1870", "1880", "1900", "1910", "1920", "1930", "1940",
                "1950", "1960", "1970", "1980", "1990", "2000");
        assertThat(ages).hasSize(19).startsWith("0", "5", "10").endsWith("90");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("age"); // seaborn labels the rows by the index' name
        assertThat(cells.getItemCount(0)).isEqualTo(19 * 15);
        // t.loc[0, 1850] 2934165; t.loc[45, 1900] 3516438; t.loc[90, 2000] 1400884; t.values.min() 11828
        assertThat(cellAt(cells, 0, 0)).isEqualTo(2934165);
        assertThat(cellAt(cells, java.util.Arrays.asList(years).indexOf("1900"), java.util.Arrays.asList(ages).indexOf("45")))
                .isEqualTo(3516438);
        assertThat(cellAt(cells, 14, 18)).isEqualTo(1400884);
        double smallest = java.util.stream.IntStream.range(0, cells.getItemCount(0)).mapToDouble(i -> cells.getZValue(0, i))
                .min().orElseThrow();
        assertThat(smallest).as("no cell holds an age").isEqualTo(11828);
    }

    private static double cellAt(org.jfree.data.xy.XYZDataset cells, int column, int row) {
        for (int i = 0; i < cells.getItemCount(0); i++) {
            if (cells.getXValue(0, i) == column && cells.getYValue(0, i) == row) {
                return cells.getZValue(0, i);
            }
        }
        throw new AssertionError("no cell at " + column + ", " + row);
    }

    @Test
    void putsRowZeroAtTheTop() {
        Table diagonal = new Table("steps.csv", List.of(new NumericColumn("a", new double[]{0, 10}),
                new NumericColumn("b", new double[]{10, 0})));
        ChartSpec plain = REPORT.toBuilder().heatmap(new HeatmapOptions(Colormap.COOLWARM, false, ".2g", false, null, null)).build();
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart((ChartFigure) Renderer.render(plain, diagonal));

        assertThat(Pixels.distance(centreColour(drawn, new Cell(0, 0, 2, 2)), COOLWARM_BOTTOM)).isLessThanOrEqualTo(4);
        assertThat(Pixels.distance(centreColour(drawn, new Cell(0, 1, 2, 2)), COOLWARM_TOP)).isLessThanOrEqualTo(2);
    }

    @Test
    void drawsAColourBarFromRedAtTheTopToBlueAtTheBottom() {
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart((ChartFigure) Renderer.render(REPORT, CORRELATION));
        BufferedImage image = drawn.image();
        int middle = drawn.px(drawn.dataArea().getMinY() + drawn.dataArea().getHeight() / 4); // red there, grey at the centre
        int barX = -1;
        for (int x = drawn.px(drawn.dataArea().getMaxX()) + 2; x < image.getWidth(); x++) {
            Color c = Pixels.at(image, x, middle);
            if (Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue())) - Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue())) > 20) {
                barX = x + 3;
                break;
            }
        }
        assertThat(barX).as("a coloured strip right of the cells").isPositive();

        int top = middle;
        while (top > 0 && Pixels.brightness(image, barX, top - 1) < 250) {
            top--;
        }
        int bottom = middle;
        while (bottom < image.getHeight() - 1 && Pixels.brightness(image, barX, bottom + 1) < 250) {
            bottom++;
        }
        assertThat(bottom - top).as("the bar is about as tall as the cells").isGreaterThan(drawn.px(drawn.dataArea().getHeight()) * 9 / 10);
        assertThat(Pixels.distance(Pixels.at(image, barX, top + 1), COOLWARM_TOP)).isLessThanOrEqualTo(6);
        assertThat(Pixels.distance(Pixels.at(image, barX, bottom - 1), COOLWARM_BOTTOM)).isLessThanOrEqualTo(6);
        for (int y = top + 1; y < bottom; y += 10) {
            double t = (bottom - y) / (double) (bottom - top);
            assertThat(Pixels.distance(Pixels.at(image, barX, y), Colormap.COOLWARM.at(t)))
                    .as("the colour %.2f of the way up the bar, at y %d", t, y).isLessThanOrEqualTo(12);
        }
    }

    @Test
    void writesEachValueInItsCellInTextThatReadsOnTheCellsColour() {
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart((ChartFigure) Renderer.render(REPORT, CORRELATION));
        RasterFixture.save(drawn.image(), "test_heatmap");
        Cell darkRedDiagonal = new Cell(3, 3, 8, 8);
        Cell nearZero = nearest(0);

        assertThat(textPixels(drawn, darkRedDiagonal, 0xFFFFFF)).as("white text on dark red").isGreaterThan(10);
        assertThat(textPixels(drawn, nearZero, 0x262626)).as("dark text on a pale cell").isGreaterThan(10);
        ChartSpec quiet = REPORT.toBuilder().heatmap(new HeatmapOptions(Colormap.COOLWARM, false, ".2g", true, null, null)).build();
        RasterFixture.DrawnChart unannotated = RasterFixture.drawChart((ChartFigure) Renderer.render(quiet, CORRELATION));
        assertThat(textPixels(unannotated, darkRedDiagonal, 0xFFFFFF)).isZero();
    }

    @Test
    void colourBarEndsAtTheGivenRange() {
        ChartSpec fixed = REPORT.toBuilder().heatmap(new HeatmapOptions(Colormap.COOLWARM, false, ".2g", false, -1.0, 1.0)).build();
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart((ChartFigure) Renderer.render(fixed, CORRELATION));

        // with vmin -1 the smallest correlation (above -1) is not the colormap's very first colour
        Color min = centreColour(drawn, extreme(false));
        assertThat(Pixels.distance(min, COOLWARM_BOTTOM)).isGreaterThan(10);
        assertThat(Pixels.distance(centreColour(drawn, extreme(true)), COOLWARM_TOP)).isLessThanOrEqualTo(2);
    }

    @Test
    void drawsTheSamePixelsEveryTime() {
        BufferedImage first = RasterFixture.draw(Renderer.render(REPORT, CORRELATION));
        BufferedImage second = RasterFixture.draw(Renderer.render(REPORT, CORRELATION));

        assertThat(first.getRGB(0, 0, 800, 600, null, 0, 800)).isEqualTo(second.getRGB(0, 0, 800, 600, null, 0, 800));
    }

    private record Cell(int row, int column, int rows, int columns) {
    }

    private static Cell extreme(boolean max) {
        return best((value, best) -> max ? value > best : value < best);
    }

    private static Cell nearest(double target) {
        return best((value, best) -> Math.abs(value - target) < Math.abs(best - target));
    }

    private static Cell best(java.util.function.BiPredicate<Double, Double> better) {
        List<NumericColumn> columns = CORRELATION.numericColumns();
        Cell found = null;
        double bestValue = Double.NaN;
        for (int row = 0; row < CORRELATION.rowCount(); row++) {
            for (int col = 0; col < columns.size(); col++) {
                double value = columns.get(col).get(row);
                if (found == null || better.test(value, bestValue)) {
                    found = new Cell(row, col, CORRELATION.rowCount(), columns.size());
                    bestValue = value;
                }
            }
        }
        return found;
    }

    private static Color centreColour(RasterFixture.DrawnChart drawn, Cell cell) {
        var area = drawn.dataArea();
        double x = area.getMinX() + (cell.column() + 0.5) * area.getWidth() / cell.columns();
        double y = area.getMinY() + (cell.row() + 0.5) * area.getHeight() / cell.rows();
        return Pixels.at(drawn.image(), drawn.px(x), drawn.px(y));
    }

    private static int textPixels(RasterFixture.DrawnChart drawn, Cell cell, int textRgb) {
        var area = drawn.dataArea();
        double w = area.getWidth() / cell.columns();
        double h = area.getHeight() / cell.rows();
        double x = area.getMinX() + (cell.column() + 0.5) * w;
        double y = area.getMinY() + (cell.row() + 0.5) * h;
        Color text = new Color(textRgb);
        return Pixels.count(drawn.image(), drawn.px(x - w / 3), drawn.px(y - h / 3), drawn.px(x + w / 3), drawn.px(y + h / 3),
                rgb -> Pixels.distance(new Color(rgb), text) < 40);
    }
}
