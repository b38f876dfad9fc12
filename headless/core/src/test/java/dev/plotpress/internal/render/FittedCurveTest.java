package dev.plotpress.internal.render;

import dev.plotpress.data.DataReader;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.internal.model.Colors;
import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Fit;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** {@code fit:} is seaborn's regplot: numpy's polyfit through the points, and its bootstrap band. */
class FittedCurveTest {
    private static final Table ANSCOMBE = DataReader.read(DataSpec.file(Path.of("../../examples/tidy/data/anscombe.json")));
    private static final Table CARS = DataReader.read(DataSpec.file(Path.of("../../examples/tidy/data/cars.json")));
    /** seaborn's own band ends move by 5-7% of its width from seed to seed on these points; ours are another seed's. */
    private static final double END_TOLERANCE_OF_WIDTH = 0.10;

    @Test
    void theLineIsNumpysPolyfitOverTheRangeOfTheData() {
        FittedCurve curve = curve(ANSCOMBE, "I", new Fit(1, 95));

        // d = anscombe[anscombe.Series == "I"]; np.polyfit(d.X, d.Y, 1) -> [0.50027273, 2.99754545]; X from 4 to 14
        assertThat(curve.xs()).hasSize(100);
        assertThat(curve.xs()[0]).isEqualTo(4);
        assertThat(curve.xs()[99]).isEqualTo(14);
        assertThat(curve.ys()[0]).isCloseTo(0.50027273 * 4 + 2.99754545, within(1e-6));
        assertThat(curve.ys()[99]).isCloseTo(0.50027273 * 14 + 2.99754545, within(1e-6));
    }

    @Test
    void aHigherOrderIsNumpysPolynomialOfThatDegree() {
        double[][] pairs = LineScatterChart.finitePairs(CARS.numeric("Horsepower").toArray(), CARS.numeric("Miles_per_Gallon").toArray());
        FittedCurve curve = FittedCurve.of(pairs[0], pairs[1], new Fit(2, 0));

        // c = cars.dropna(subset=["Horsepower", "Miles_per_Gallon"]); np.polyfit(c.Horsepower, c.Miles_per_Gallon, 2)
        // -> [1.23053610e-03, -4.66189630e-01, 5.69000997e+01]; Horsepower 46 to 230
        double at46 = 1.23053610e-03 * 46 * 46 - 4.66189630e-01 * 46 + 5.69000997e+01;
        assertThat(curve.ys()[0]).isCloseTo(at46, within(1e-4));
        assertThat(curve.lows()).as("ci: 0 draws no band").isNull();
    }

    @Test
    void theBandIsTheBootstrapIntervalSeabornDraws() {
        FittedCurve curve = curve(ANSCOMBE, "I", new Fit(1, 95));

        // _RegressionPlotter("X", "Y", data=d, seed=0).fit_regression(grid=np.linspace(4, 14, 100)) -> err_bands
        double[][] seaborn = {{3.8557, 6.4632}, {6.8405, 8.2353}, {8.587, 11.6415}};
        int[] at = {0, 50, 99};
        for (int i = 0; i < at.length; i++) {
            double tolerance = END_TOLERANCE_OF_WIDTH * (seaborn[i][1] - seaborn[i][0]);
            assertThat(curve.lows()[at[i]]).as("low end at point %d", at[i]).isCloseTo(seaborn[i][0], within(tolerance));
            assertThat(curve.highs()[at[i]]).as("high end at point %d", at[i]).isCloseTo(seaborn[i][1], within(tolerance));
        }
    }

    @Test
    void aLowerConfidenceLevelGivesANarrowerBand() {
        FittedCurve wide = curve(ANSCOMBE, "I", new Fit(1, 95));
        FittedCurve narrow = curve(ANSCOMBE, "I", new Fit(1, 68));

        assertThat(narrow.highs()[50] - narrow.lows()[50]).isLessThan(0.7 * (wide.highs()[50] - wide.lows()[50]));
    }

    @Test
    void resamplesThatCannotFitALineAreLeftOutOfTheBandNotDrawnAsNumpysMinimumNormLine() {
        // Series IV: ten points at x = 8 and one at 19; a resample without the 19 has one x and no line
        FittedCurve curve = curve(ANSCOMBE, "IV", new Fit(1, 95));

        assertThat(java.util.Arrays.stream(curve.highs()).allMatch(Double::isFinite)).isTrue();
        assertThat(curve.highs()[99]).isCloseTo(12.5, within(0.01)); // every line that fits goes through (19, 12.5)
    }

    @Test
    void drawsTheCurveInTheSeriesColourWhereThereAreNoPoints() {
        // four corners: the least-squares line is y = 5, through the middle, where no point is
        Table corners = new Table("corners.csv", List.of(new NumericColumn("x", new double[] {0, 10, 0, 10}),
                new NumericColumn("y", new double[] {0, 0, 10, 10})));
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("x").y("y").fit(new Fit(1, 0))
                .size(Size.pixels(400, 300, 72)).build();

        assertThat(closestToThePaletteOnYEquals5(spec, corners)).isLessThanOrEqualTo(3);
        assertThat(closestToThePaletteOnYEquals5(spec.toBuilder().fit(null).build(), corners))
                .as("without fit, nothing is drawn there").isGreaterThan(100);
    }

    /** The colour distance to the first palette colour of the pixel closest to it, around (5, 5) in data units. */
    private static double closestToThePaletteOnYEquals5(ChartSpec spec, Table table) {
        ChartFigure figure = (ChartFigure) Renderer.render(spec, table);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);
        XYPlot plot = figure.chart().getXYPlot();
        int px = drawn.px(plot.getDomainAxis().valueToJava2D(5, drawn.dataArea(), RectangleEdge.BOTTOM));
        int py = drawn.px(plot.getRangeAxis().valueToJava2D(5, drawn.dataArea(), RectangleEdge.LEFT));
        double closest = Double.MAX_VALUE;
        for (int dy = -2; dy <= 2; dy++) {
            closest = Math.min(closest, Pixels.distance(Pixels.at(drawn.image(), px, py + dy), Colors.palette(0)));
        }
        return closest;
    }

    @Test
    void aGroupWithTooFewDifferentXIsLeftWithoutACurveAndSaysSo() {
        Table table = new Table("g.csv", List.of(new NumericColumn("x", new double[] {1, 2, 3, 5, 5}),
                new NumericColumn("y", new double[] {1, 2, 3, 4, 6}), new TextColumn("g", new String[] {"a", "a", "a", "b", "b"})));
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("x").y("y").hue("g").fit(Fit.of("linear")).build();

        assertThat(Renderer.render(spec, table).warnings()).containsExactly("g.csv: 1 of 2 series have fewer than 2 "
                + "different x values, which a curve of order 1 needs: no fitted curve");
    }

    @Test
    void theSameDataGivesTheSameBytes() {
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("Horsepower").y("Miles_per_Gallon").hue("Origin")
                .fit(Fit.of("linear")).size(Size.pixels(480, 320, 80)).build();
        Exporter exporter = new Exporter();

        assertThat(exporter.image(Renderer.render(spec, CARS), ImageFormat.PNG))
                .isEqualTo(exporter.image(Renderer.render(spec, CARS), ImageFormat.PNG));
    }

    @Test
    void isRefusedWhereACurveWouldMeanSomethingElse() {
        ChartSpec scatter = ChartSpec.builder(ChartKind.SCATTER).x("Horsepower").y("Miles_per_Gallon").fit(Fit.of("linear")).build();

        assertThatThrownBy(() -> Renderer.render(scatter.toBuilder().axes(new AxisOptions(false, true, null, null, null, null, null, false)).build(), CARS))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("fit: fits a curve in the data's own units");
        assertThatThrownBy(() -> Renderer.render(scatter.toBuilder().x("Origin").build(), CARS))
                .hasMessageContaining("fit: needs numbers or dates on x, but Origin is categories");
        assertThatThrownBy(() -> Renderer.render(scatter.toBuilder().y2("Acceleration").build(), CARS))
                .hasMessageContaining("remove y2 or fit");
        assertThatThrownBy(() -> Renderer.render(scatter.toBuilder().kind(ChartKind.LINE).build(), CARS))
                .hasMessageContaining("fit").hasMessageContaining("use kind: scatter");
        assertThatThrownBy(() -> Renderer.render(scatter.toBuilder().hue("Weight_in_lbs").build(), CARS))
                .hasMessageContaining("make it groups with types: {Weight_in_lbs: categorical}");
        assertThatThrownBy(() -> Fit.of("lowess")).hasMessage("fit: unknown fit 'lowess'; write fit: linear, or fit: "
                + "{order: 2} for a polynomial (ci: 68 for another band, ci: 0 for none)");
        assertThatThrownBy(() -> new Fit(6, null)).hasMessageContaining("fit.order: is the polynomial's degree, 1 (a straight line) to 5, got 6");
        assertThatThrownBy(() -> new Fit(null, 100)).hasMessageContaining("fit.ci");
    }

    private static FittedCurve curve(Table table, String series, Fit fit) {
        TextColumn names = (TextColumn) table.column("Series");
        int[] rows = java.util.stream.IntStream.range(0, table.rowCount()).filter(r -> series.equals(names.get(r))).toArray();
        Table part = table.select(rows);
        return FittedCurve.of(part.numeric("X").toArray(), part.numeric("Y").toArray(), fit);
    }
}
