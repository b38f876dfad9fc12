package dev.plotpress.internal.render;

import dev.plotpress.render.Figure;
import dev.plotpress.data.DataReader;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import dev.plotpress.internal.render.TextRecordingGraphics.DrawnText;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code hue} on an area chart: long data drawn as pandas draws the pivoted wide table. */
class AreaHueTest {
    private static final Table IOWA = DataReader.read(DataSpec.file(Path.of("../../examples/tidy/data/iowa-electricity.csv")));
    private static final ChartSpec STACK = ChartSpec.builder(ChartKind.AREA).x("year").y("net_generation").hue("source")
            .stacked(true).size(Size.pixels(480, 320, 80)).build();
    private static final Table GAP = new Table("gap.csv", List.of(
            new NumericColumn("x", new double[] {1, 2, 3, 1, 3}),
            new NumericColumn("y", new double[] {1, 2, 3, 10, 30}),
            new TextColumn("g", new String[] {"a", "a", "a", "b", "b"})));

    @Test
    void aStackedAreaByHueIsTheCumulativeSumOfThePivotedTable() {
        // w = iowa.pivot(index="year", columns="source", values="net_generation"); w.cumsum(axis=1).iloc[[0, -1]]
        //   2001: Fossil Fuels 35361, Nuclear Energy 39214, Renewables 40651
        //   2017: Fossil Fuels 29329, Nuclear Energy 34543, Renewables 56476     (17 years)
        XYDataset stack = dataset(STACK, IOWA);

        assertThat(stack.getSeriesCount()).isEqualTo(3);
        assertThat(stack.getSeriesKey(2)).isEqualTo("Renewables");
        assertThat(stack.getItemCount(0)).isEqualTo(17);
        assertThat(new double[] {stack.getYValue(0, 0), stack.getYValue(1, 0), stack.getYValue(2, 0)})
                .containsExactly(35361, 39214, 40651);
        assertThat(new double[] {stack.getYValue(0, 16), stack.getYValue(1, 16), stack.getYValue(2, 16)})
                .containsExactly(29329, 34543, 56476);
    }

    @Test
    void aGroupWithoutARowAtSomeXCountsAsZeroInTheStackAndTheChartSaysSo() {
        ChartSpec spec = ChartSpec.builder(ChartKind.AREA).x("x").y("y").hue("g").stacked(true).build();
        Figure figure = Renderer.render(spec, GAP);
        XYDataset stack = ((ChartFigure) figure).chart().getXYPlot().getDataset();

        assertThat(stack.getYValue(1, 1)).as("b has no row at x = 2: a's 2 plus 0").isEqualTo(2);
        assertThat(stack.getYValue(1, 2)).isEqualTo(33);
        assertThat(figure.warnings()).containsExactly("gap.csv: 1 of 6 x and g pairs have no y row and count as 0 in the stack");
    }

    @Test
    void overlappingAreasDrawEachGroupsOwnRowsWithoutAWord() {
        ChartSpec spec = ChartSpec.builder(ChartKind.AREA).x("x").y("y").hue("g").build();
        Figure figure = Renderer.render(spec, GAP);
        XYDataset areas = ((ChartFigure) figure).chart().getXYPlot().getDataset();

        assertThat(areas.getItemCount(1)).isEqualTo(2);
        assertThat(areas.getYValue(1, 1)).isEqualTo(30);
        assertThat(figure.warnings()).isEmpty();
    }

    @Test
    void twoRowsForOneXAndGroupAreRefusedWithTheAggregateThatFixesIt() {
        Table twice = new Table("twice.csv", List.of(new NumericColumn("x", new double[] {1, 1, 2}),
                new NumericColumn("y", new double[] {1, 2, 3}), new TextColumn("g", new String[] {"a", "a", "a"})));
        ChartSpec spec = ChartSpec.builder(ChartKind.AREA).x("x").y("y").hue("g").stacked(true).build();

        assertThatThrownBy(() -> Renderer.render(spec, twice)).isInstanceOf(BadInputException.class)
                .hasMessage("twice.csv: 1 row of g 'a' repeats an x value, and an area has one height per x and g; "
                        + "aggregate them first (the mean, or sum: y for amounts): transform: [{aggregate: {groupBy: [x, g], mean: y}}]");
        // trial finding 10: gapminder's life expectancy is averaged, not summed, and it is "a year"
        Table gapminder = new Table("gapminder.json", List.of(new NumericColumn("year", new double[] {1955, 1955, 1960}),
                new NumericColumn("life_expect", new double[] {60, 70, 65}), new TextColumn("cluster", new String[] {"0", "0", "0"})));
        assertThatThrownBy(() -> Renderer.render(ChartSpec.builder(ChartKind.AREA).x("year").y("life_expect").hue("cluster")
                .build(), gapminder)).hasMessage("gapminder.json: 1 row of cluster '0' repeats a year value, and an area has one "
                + "height per year and cluster; aggregate them first (the mean, or sum: life_expect for amounts): "
                + "transform: [{aggregate: {groupBy: [year, cluster], mean: life_expect}}]");
    }

    @Test
    void everyKindWithHueHeadsItsLegendWithTheHueColumn() {
        Table table = new Table("groups.csv", List.of(
                new NumericColumn("x", new double[] {1, 2, 3, 1, 2, 3}),
                new NumericColumn("y", new double[] {1, 2, 3, 2, 3, 5}),
                new TextColumn("kind", new String[] {"p", "p", "p", "q", "q", "q"})));
        for (ChartKind kind : List.of(ChartKind.LINE, ChartKind.SCATTER, ChartKind.BAR, ChartKind.AREA, ChartKind.HISTOGRAM,
                ChartKind.SCATTER_MATRIX)) {
            ChartSpec spec = ChartSpec.builder(kind).x(kind == ChartKind.SCATTER_MATRIX ? null : "x")
                    .y(kind == ChartKind.HISTOGRAM || kind == ChartKind.SCATTER_MATRIX ? List.of() : List.of("y"))
                    .hue("kind").size(Size.pixels(480, 320, 80)).build();
            assertThat(texts(Renderer.render(spec, table))).as(kind.specName()).contains("kind", "p", "q");
        }
        // a box chart has no legend: its boxes are the hue values, named along the x axis headed by the hue column
        ChartSpec box = ChartSpec.builder(ChartKind.BOX).y("y").hue("kind").build();
        assertThat(texts(Renderer.render(box, table))).contains("kind", "p", "q");
    }

    private static List<String> texts(Figure figure) {
        return LabelLayoutTest.drawnTexts(figure, figure.size()).stream().map(DrawnText::text).toList();
    }

    private static XYDataset dataset(ChartSpec spec, Table table) {
        return ((ChartFigure) Renderer.render(spec, table)).chart().getXYPlot().getDataset();
    }
}
