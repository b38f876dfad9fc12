package dev.plotpress.internal.render;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Palette;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** y2: series drawn against a second y axis on the right, with its own label; the legend covers every series. */
class SecondaryAxisTest {
    private static final ChartSpec LINE = ChartSpec.builder(ChartKind.LINE).x("day").y("small")
            .size(Size.pixels(640, 480, 100)).build();
    /** small rises 0 to 10, large falls 1000 to 0: on one axis small would lie flat along the bottom. */
    private static final Table GROWTH = new Table("growth.csv", List.of(
            new NumericColumn("day", new double[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}),
            new NumericColumn("small", new double[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}),
            new NumericColumn("large", new double[]{1000, 900, 800, 700, 600, 500, 400, 300, 200, 100, 0})));

    @Test
    void drawsTicksOnTheRightOfThePlotOnlyWithY2() {
        RasterFixture.DrawnChart with = RasterFixture.drawChart((ChartFigure) Renderer.render(
                LINE.toBuilder().y2("large").y2Label("large things").build(), GROWTH));
        RasterFixture.DrawnChart without = RasterFixture.drawChart((ChartFigure) Renderer.render(LINE, GROWTH));
        RasterFixture.save(with.image(), "secondary_axis");

        assertThat(darkJustRightOf(with)).as("tick marks and labels right of the frame").isGreaterThan(30);
        assertThat(darkJustRightOf(without)).isZero();
    }

    @Test
    void scalesTheY2SeriesToItsOwnAxis() {
        ChartFigure figure = (ChartFigure) Renderer.render(LINE.toBuilder().y2("large").build(), GROWTH);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);
        Rectangle2D data = drawn.dataArea();
        Color first = Palette.OKABE_ITO.color(0);
        Color second = Palette.OKABE_ITO.color(1);

        // small ends top right, large starts top left: each fills the height of its own axis
        assertThat(colourNear(drawn, data.getMaxX() - data.getWidth() * 0.045, data.getMinY() + data.getHeight() * 0.045, first)).isTrue();
        assertThat(colourNear(drawn, data.getMinX() + data.getWidth() * 0.045, data.getMinY() + data.getHeight() * 0.045, second)).isTrue();
        XYPlot plot = figure.chart().getXYPlot();
        ValueAxis right = plot.getRangeAxis(1);
        assertThat(right.getLabel()).isEqualTo("large");
        assertThat(right.getRange().contains(1000)).isTrue();
        assertThat(plot.getRangeAxis(0).getRange().getUpperBound()).isLessThan(20);
    }

    @Test
    void theLegendNamesTheSeriesOfBothAxes() {
        ChartFigure figure = (ChartFigure) Renderer.render(LINE.toBuilder().y2("large").build(), GROWTH);
        LegendItemCollection items = figure.chart().getXYPlot().getLegendItems();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            names.add(items.get(i).getLabel());
        }

        assertThat(figure.chart().getLegend()).isNotNull();
        assertThat(names).containsExactly("small", "large");
    }

    @Test
    void scatterTakesY2Too() {
        ChartSpec scatter = LINE.toBuilder().kind(ChartKind.SCATTER).y2("large").y2Label("kg").build();
        ChartFigure figure = (ChartFigure) Renderer.render(scatter, GROWTH);

        assertThat(figure.chart().getXYPlot().getRangeAxis(1).getLabel()).isEqualTo("kg");
    }

    @Test
    void refusesY2OnAHeatmapNamingTheField() {
        ChartSpec heatmap = ChartSpec.builder(ChartKind.HEATMAP).y2("large").build();

        assertThatThrownBy(() -> Renderer.render(heatmap, GROWTH)).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("y2").hasMessageContaining("line and scatter")
                .extracting(e -> ((InvalidSpecException) e).field()).isEqualTo("y2");
    }

    @Test
    void refusesAColumnInBothYAndY2() {
        assertThatThrownBy(() -> LINE.toBuilder().y2("small").build()).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("'small' is in both y and y2");
    }

    private static int darkJustRightOf(RasterFixture.DrawnChart drawn) {
        Rectangle2D data = drawn.dataArea();
        return Pixels.count(drawn.image(), drawn.px(data.getMaxX()) + 2, drawn.px(data.getMinY()),
                drawn.px(data.getMaxX() + 30), drawn.px(data.getMaxY()), rgb -> (rgb & 0xFF) < 120);
    }

    private static boolean colourNear(RasterFixture.DrawnChart drawn, double x, double y, Color colour) {
        for (int dy = -3; dy <= 3; dy++) {
            for (int dx = -3; dx <= 3; dx++) {
                if (Pixels.distance(Pixels.at(drawn.image(), drawn.px(x) + dx, drawn.px(y) + dy), colour) < 40) {
                    return true;
                }
            }
        }
        return false;
    }
}
