package dev.plotpress.internal.render;

import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A log axis is ticked as matplotlib's: labelled powers of ten, unlabelled shorter minor ticks at 2..9 x 10^k. */
class LogAxisTicksTest {
    @Test
    void minorTicksAtTwoToNineTimesEachPowerOfTenUnlabelledAndShorter() {
        Table growth = new Table("growth.csv", List.of(new NumericColumn("day", new double[] {0, 1, 2}),
                new NumericColumn("cells", new double[] {10, 200, 1000})));
        ChartSpec spec = ChartSpec.builder(ChartKind.LINE).x("day").y("cells").size(Size.pixels(480, 320, 80))
                .axes(new AxisOptions(false, true, null, null, 10.0, 2000.0, null, false)).build();
        ValueAxis axis = ((ChartFigure) Renderer.render(spec, growth)).chart().getXYPlot().getRangeAxis();

        List<ValueTick> ticks = ticks(axis);
        assertThat(ticks.stream().filter(t -> t.getTickType() == TickType.MAJOR).map(ValueTick::getValue))
                .containsExactly(10.0, 100.0, 1000.0);
        assertThat(ticks.stream().filter(t -> t.getTickType() == TickType.MINOR).map(ValueTick::getValue))
                .containsExactly(20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 200.0, 300.0, 400.0, 500.0, 600.0,
                        700.0, 800.0, 900.0, 2000.0);
        assertThat(ticks.stream().filter(t -> t.getTickType() == TickType.MINOR).map(ValueTick::getText)).containsOnly("");
        assertThat(axis.isMinorTickMarksVisible()).isTrue();
        assertThat(axis.getMinorTickMarkOutsideLength()).isLessThan(axis.getTickMarkOutsideLength());
    }

    @Test
    void minorTickMarksAreDrawn() {
        Table growth = new Table("growth.csv", List.of(new NumericColumn("day", new double[] {0, 1}),
                new NumericColumn("cells", new double[] {10, 100})));
        ChartSpec spec = ChartSpec.builder(ChartKind.LINE).x("day").y("cells").size(Size.pixels(480, 320, 72))
                .axes(new AxisOptions(false, true, null, null, 10.0, 100.0, null, false)).build();
        ChartFigure figure = (ChartFigure) Renderer.render(spec, growth);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);
        ValueAxis axis = figure.chart().getXYPlot().getRangeAxis();
        int y = drawn.px(axis.valueToJava2D(50, drawn.dataArea(), RectangleEdge.LEFT));
        int x = drawn.px(drawn.dataArea().getMinX() - 1.5);

        boolean marked = false;
        for (int dy = -1; dy <= 1; dy++) {
            marked |= Pixels.isDark(drawn.image(), x, y + dy);
        }
        assertThat(marked).as("a tick mark left of the frame at 50").isTrue();
    }

    @SuppressWarnings("unchecked")
    private static List<ValueTick> ticks(ValueAxis axis) {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            return (List<ValueTick>) axis.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(0, 0, 400, 300),
                    RectangleEdge.LEFT);
        } finally {
            g2.dispose();
        }
    }
}
