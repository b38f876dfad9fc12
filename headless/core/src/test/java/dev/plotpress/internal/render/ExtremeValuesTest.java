package dev.plotpress.internal.render;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Values far from 1 (1e-20, 1e200) drawn as matplotlib draws them: spread over the axis, with short tick labels. */
class ExtremeValuesTest {

    @Test
    void valuesUpTo1e200AreDrawnWithTheirTicksWrittenAsPowersOfTen() {
        ChartFigure figure = scatter(1e150, 5e200, 1e200);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);

        // the labels written out in full (200 digits) took the whole width: nothing at all was drawn
        assertThat(drawn.px(drawn.dataArea().getWidth())).as("the plot's width, of 800 px").isGreaterThan(600);
        ValueAxis y = figure.chart().getXYPlot().getRangeAxis();
        int top = drawn.px(y.valueToJava2D(5e200, drawn.dataArea(), RectangleEdge.LEFT));
        int x = drawn.px(figure.chart().getXYPlot().getDomainAxis().valueToJava2D(2, drawn.dataArea(), RectangleEdge.BOTTOM));
        assertThat(Pixels.isDark(drawn.image(), x, top)).as("the point at 5e200").isTrue();
        assertThat(labels(y, drawn)).contains("0", "1e+200", "5e+200");
    }

    @Test
    void ticksOfLargeValuesStayShortAndLeaveThePlotItsWidth() {
        ChartFigure figure = scatter(1e100, 3e100, 2e100);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);

        // written out, "30000000000000004000...000T" took ~95% of the width and left the plot ~10 px
        assertThat(drawn.px(drawn.dataArea().getWidth())).as("the plot's width, of 800 px").isGreaterThan(600);
        List<String> labels = labels(figure.chart().getXYPlot().getRangeAxis(), drawn);
        assertThat(labels).contains("1e+100", "1.5e+100", "3e+100");
        assertThat(labels).allMatch(label -> label.length() <= 9, "9 characters at most (\"1.25e+100\")");
    }

    @Test
    void valuesOf1e11AreSpreadOverTheAxisNotDrawnAtZero() {
        ChartFigure figure = scatter(1.1e-11, 3.1e-11, 2.1e-11);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);

        // matplotlib: 1.1e-11..3.1e-11 and 5% margins; JFreeChart's 1e-8 minimum size drew them flat at 0 on +-0.04
        Range y = figure.chart().getXYPlot().getRangeAxis().getRange();
        assertThat(y.getLowerBound()).isCloseTo(1.0e-11, within(1e-15));
        assertThat(y.getUpperBound()).isCloseTo(3.2e-11, within(1e-15));
        assertThat(labels(figure.chart().getXYPlot().getRangeAxis(), drawn)).contains("1.5e\u221211", "3e\u221211");
    }

    @Test
    void valuesOf1e20AreSpreadOverTheAxisToo() {
        Range y = scatter(1.1e-20, 3.1e-20, 2.1e-20).chart().getXYPlot().getRangeAxis().getRange();

        assertThat(y.getLowerBound()).isCloseTo(1.0e-20, within(1e-24));
        assertThat(y.getUpperBound()).isCloseTo(3.2e-20, within(1e-24));
    }

    @Test
    void aConstantTinyColumnSpansFivePercentOfItsValueNotAroundZero() {
        Range y = scatter(2e-11, 2e-11, 2e-11).chart().getXYPlot().getRangeAxis().getRange();

        // matplotlib's nonsingular: 1.9e-11..2.1e-11, then 5% margins
        assertThat(y.getLowerBound()).isCloseTo(1.89e-11, within(1e-15));
        assertThat(y.getUpperBound()).isCloseTo(2.11e-11, within(1e-15));
    }

    @Test
    void valuesWhoseSpanOverflowsADoubleAreRefusedNamingTheColumn() {
        // 1e308 - (-1e308) is infinite: JFreeChart drew an empty frame, with exit 0
        assertThatThrownBy(() -> scatter(1e308, -1e308, 0)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("b: the values run from -1.0E308 to 1.0E308")
                .hasMessageContaining("rescale the column");
    }

    @Test
    void columnsThatFitAloneButNotTogetherOnOneAxisAreRefused() {
        Table table = new Table("t.csv", List.of(new NumericColumn("a", new double[] {1, 2}),
                new NumericColumn("b", new double[] {1e308, 5e307}), new NumericColumn("c", new double[] {-1e308, -5e307})));
        ChartSpec spec = ChartSpec.builder(ChartKind.LINE).x("a").y("b", "c").build();

        assertThatThrownBy(() -> Renderer.render(spec, table)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("run from -1.0E308 to 1.0E308").hasMessageContaining("rescale the columns");
    }

    @Test
    void valuesUpTo1e308AreDrawnWhenTheirSpanFits() {
        Range y = scatter(1e308, 0, 5e307).chart().getXYPlot().getRangeAxis().getRange();

        assertThat(y.getUpperBound()).isCloseTo(1.05e308, within(1e294));
    }

    private static ChartFigure scatter(double... ys) {
        Table table = new Table("t.csv", List.of(new NumericColumn("a", new double[] {1, 2, 3}),
                new NumericColumn("b", ys)));
        return (ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.SCATTER).x("a").y("b").build(), table);
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(ValueAxis axis, RasterFixture.DrawnChart drawn) {
        Graphics2D g2 = drawn.image().createGraphics();
        try {
            return ((List<ValueTick>) axis.refreshTicks(g2, new AxisState(), drawn.dataArea(), RectangleEdge.LEFT))
                    .stream().map(ValueTick::getText).filter(text -> !text.isEmpty()).toList();
        } finally {
            g2.dispose();
        }
    }
}
