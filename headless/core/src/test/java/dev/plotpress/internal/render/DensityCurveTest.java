package dev.plotpress.internal.render;

import dev.plotpress.data.DataReader;
import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.HistogramOptions;
import dev.plotpress.model.HistogramOptions.Multiple;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** {@code kde: true} is seaborn's histplot(kde=True): scipy's gaussian_kde per group, scaled to its bars. */
class DensityCurveTest {
    private static final Table PENGUINS = DataReader.read(DataSpec.file(Path.of("../../examples/tidy/data/penguins.json")));
    private static final ChartSpec FLIPPERS = ChartSpec.builder(ChartKind.HISTOGRAM).x("Flipper Length (mm)").hue("Species")
            .histogram(new HistogramOptions(null, null, true)).build();

    @Test
    void theDensityIsScipysGaussianKdeWithScottsBandwidth() {
        double[] adelie = flippers("Adelie");
        double[] grid = DensityCurve.grid(172, 231);

        double[] density = DensityCurve.of(adelie, grid);

        // p = penguins.dropna(subset=["Flipper Length (mm)"]); v = p[p.Species == "Adelie"]["Flipper Length (mm)"]
        // scipy.stats.gaussian_kde(v)(np.linspace(172, 231, 200))[[0, 100, 199]]
        assertThat(density).hasSize(200);
        assertThat(density[0]).isCloseTo(0.0023404412754835565, within(1e-15));
        assertThat(density[100]).isCloseTo(0.011704905201220589, within(1e-15));
        // kernels are summed out to 8.5 bandwidths, so a tail below 1e-15 of a kernel's peak is drawn as 0
        assertThat(density[199]).isCloseTo(2.406708976312221e-20, within(1e-15));
    }

    @Test
    void eachGroupsCurveIsScaledToItsBarsAsSeabornDrawsIt() {
        XYDataset curves = ((ChartFigure) Renderer.render(FLIPPERS, PENGUINS)).chart().getXYPlot().getDataset(1);

        // sns.histplot(data=penguins, x="Flipper Length (mm)", hue="Species", kde=True): ax.lines, point 100 of each:
        // Adelie 151 values x the bins' width 5.9 x the density above; Gentoo (123 values) the same way
        assertThat(curves.getSeriesCount()).isEqualTo(3);
        assertThat(curves.getYValue(curves.indexOf("Adelie"), 100)).isCloseTo(10.427900043767433, within(1e-9));
        assertThat(curves.getYValue(curves.indexOf("Gentoo"), 100)).isCloseTo(1.2522109612235781, within(1e-9));
        assertThat(curves.getXValue(0, 0)).isEqualTo(172);
        assertThat(curves.getXValue(0, 199)).isEqualTo(231);
    }

    @Test
    void stackedBarsStackTheirCurvesToo() {
        ChartSpec stacked = FLIPPERS.toBuilder().histogram(new HistogramOptions(null, Multiple.STACK, true)).build();
        XYDataset layered = ((ChartFigure) Renderer.render(FLIPPERS, PENGUINS)).chart().getXYPlot().getDataset(1);
        XYDataset curves = ((ChartFigure) Renderer.render(stacked, PENGUINS)).chart().getXYPlot().getDataset(1);

        double sum = IntStream.range(0, 3).mapToDouble(s -> layered.getYValue(s, 100)).sum();
        assertThat(curves.getYValue(2, 100)).isCloseTo(sum, within(1e-9));
    }

    @Test
    void aGroupOfOneValueHasNoCurveAndTheChartSaysSo() {
        Table table = new Table("one.csv", List.of(new NumericColumn("v", new double[] {1, 2, 2, 3, 7}),
                new TextColumn("g", new String[] {"a", "a", "a", "a", "b"})));
        ChartSpec spec = ChartSpec.builder(ChartKind.HISTOGRAM).x("v").hue("g").histogram(new HistogramOptions(null, null, true)).build();

        assertThat(Renderer.render(spec, table).warnings())
                .containsExactly("one.csv: 1 of 2 histograms have fewer than two different values: no density curve");
    }

    @Test
    void isRefusedOnALogAxisAndOnOtherKinds() {
        ChartSpec log = FLIPPERS.toBuilder().axes(new AxisOptions(true, false, null, null, null, null, null, false)).build();

        assertThatThrownBy(() -> Renderer.render(log, PENGUINS)).isInstanceOf(InvalidSpecException.class)
                .hasMessage("kde: estimates the density in the data's own units, which the log x axis would bend; remove logX or kde");
        assertThatThrownBy(() -> Renderer.render(FLIPPERS.toBuilder().kind(ChartKind.BOX).x("Species").y("Body Mass (g)").hue(null).build(), PENGUINS))
                .hasMessageContaining("kde");
    }

    private static double[] flippers(String species) {
        TextColumn names = (TextColumn) PENGUINS.column("Species");
        NumericColumn flippers = PENGUINS.numeric("Flipper Length (mm)");
        return IntStream.range(0, PENGUINS.rowCount()).filter(r -> species.equals(names.get(r)))
                .mapToDouble(flippers::get).filter(Double::isFinite).toArray();
    }
}
