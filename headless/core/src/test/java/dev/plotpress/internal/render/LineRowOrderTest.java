package dev.plotpress.internal.render;

import dev.plotpress.data.DataReader;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Estimate;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import dev.plotpress.spec.SpecReader;
import dev.plotpress.SpecSyntax;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A line joins its rows in x order (seaborn's lineplot sort=True), or with {@code sortX: false} in the rows' own order
 * (sort=False): a path such as driving.json's miles driven against the gas price, year after year.
 */
class LineRowOrderTest {
    private static final Table DRIVING = DataReader.read(DataSpec.file(Path.of("../../examples/tidy/data/driving.json")));
    private static final ChartSpec MILES = ChartSpec.builder(ChartKind.LINE).x("miles").y("gas").build();
    // d = pd.read_json("examples/tidy/data/driving.json"); list(d.miles[:8]); d.miles.is_monotonic_increasing is False
    private static final double[] FIRST_ROWS = {3675, 3706, 3766, 3905, 3935, 3977, 4085, 4218};

    @Test
    void sortXFalseJoinsTheRowsInTheirOwnOrder() {
        ChartSpec path = read("kind: line\nx: miles\ny: gas\nsortX: false\ndata: {file: driving.json}\n");
        XYDataset drawn = dataset(path);

        assertThat(path.sortX()).isFalse();
        assertThat(xs(drawn)).as("the file's order, year after year").containsExactly(DRIVING.numeric("miles").toArray());
        assertThat(xs(drawn)).startsWith(FIRST_ROWS);
        assertThat(isAscending(xs(drawn))).as("the path doubles back (miles fell in 1974, 1979-80, 2008-10)").isFalse();
    }

    @Test
    void byDefaultTheRowsAreJoinedInXOrder() {
        double[] xs = xs(dataset(MILES));

        assertThat(isAscending(xs)).isTrue();
        assertThat(xs).containsExactlyInAnyOrder(DRIVING.numeric("miles").toArray());
    }

    /** The trial's complaint: estimator: none over rows that never share an x asks for nothing to be summed up, and gets it. */
    @Test
    void estimatorNoneIsAcceptedWhereNoRowsShareAnX() {
        ChartSpec none = read("kind: line\nx: miles\ny: gas\nestimator: none\ndata: {file: driving.json}\n");
        ChartFigure figure = (ChartFigure) Renderer.render(none, DRIVING);

        assertThat(figure.warnings()).isEmpty();
        assertThat(xs(((XYPlot) figure.chart().getPlot()).getDataset())).containsExactly(xs(dataset(MILES)));
    }

    @Test
    void sortXFalseIsRefusedWhereItWouldChangeNothing() {
        Table cats = new Table("c.csv", List.of(new TextColumn("day", new String[] {"mon", "tue", "wed"}),
                new NumericColumn("v", new double[] {1, 3, 2})));
        assertThatThrownBy(() -> Renderer.render(ChartSpec.builder(ChartKind.LINE).x("day").y("v").sortX(false).build(), cats))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessage("sortX: false joins the rows in their own order instead of x order, and a line over categories (day) "
                        + "is drawn in the rows' order already; remove sortX");
        assertThatThrownBy(() -> Renderer.render(ChartSpec.builder(ChartKind.LINE).y("v").sortX(false).build(), cats))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("a line over the row number");
        Table repeated = new Table("r.csv", List.of(new NumericColumn("x", new double[] {2, 1, 2}),
                new NumericColumn("y", new double[] {1, 3, 2})));
        ChartSpec unsorted = ChartSpec.builder(ChartKind.LINE).x("x").y("y").sortX(false).build();
        assertThatThrownBy(() -> Renderer.render(unsorted, repeated))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessage("sortX: false joins the rows in their own order, and some x values of r.csv have several rows, "
                        + "which the line draws as their mean per x, in x order; add estimator: none to join every row as it comes, or remove sortX");
        XYDataset asTheyCome = dataset(unsorted.toBuilder().estimate(new Estimate(Estimate.Estimator.NONE, null)).build(), repeated);
        assertThat(xs(asTheyCome)).containsExactly(2, 1, 2);
    }

    @Test
    void sortXIsALinesOption() {
        assertThatThrownBy(() -> Renderer.render(ChartSpec.builder(ChartKind.SCATTER).x("miles").y("gas").sortX(false).build(), DRIVING))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessage("sortX: works with line charts, not scatter (only a line joins its rows); remove it");
    }

    private static ChartSpec read(String yaml) {
        return SpecReader.read(yaml, "driving.yaml", SpecSyntax.YAML, Path.of("../../examples/tidy/data"));
    }

    private static XYDataset dataset(ChartSpec spec) {
        return dataset(spec, DRIVING);
    }

    private static XYDataset dataset(ChartSpec spec, Table table) {
        return ((XYPlot) ((ChartFigure) Renderer.render(spec, table)).chart().getPlot()).getDataset();
    }

    private static double[] xs(XYDataset dataset) {
        return IntStream.range(0, dataset.getItemCount(0)).mapToDouble(i -> dataset.getXValue(0, i)).toArray();
    }

    private static boolean isAscending(double[] values) {
        return IntStream.range(1, values.length).allMatch(i -> values[i - 1] <= values[i]);
    }
}
