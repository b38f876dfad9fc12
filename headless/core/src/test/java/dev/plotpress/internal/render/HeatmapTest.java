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
