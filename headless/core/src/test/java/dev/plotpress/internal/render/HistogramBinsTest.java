package dev.plotpress.internal.render;

import dev.plotpress.data.DataReader;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.FacetOptions;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.render.Figure;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A histogram without bins or binWidth bins as seaborn's histplot does: numpy's {@code bins='auto'} (the larger of
 * the Sturges and Freedman-Diaconis counts), on vega-datasets' seattle weather and flights, with an upper bound numpy
 * does not have. Expected edges from {@code e = np.histogram_bin_edges(df[column].dropna(), 'auto')} (numpy 1.24).
 */
class HistogramBinsTest {
    private static final Path DATA = Path.of("src/test/resources/vega-datasets");
    private static final Table SEATTLE = DataReader.read(DataSpec.file(DATA.resolve("seattle-weather.csv")));
    private static final Table FLIGHTS = DataReader.read(DataSpec.file(DATA.resolve("flights-2k.json")));

    @ParameterizedTest(name = "{0}.{1}: {2} bins")
    @CsvSource({
            // file, column, len(e) - 1, e[0], e[1], e[-2], e[-1]
            "seattle, temp_max, 19, -1.6, 0.35789473684210527, 33.642105263157895, 35.6",
            "seattle, temp_min, 19, -7.1, -5.763157894736842, 16.963157894736838, 18.3",
            "seattle, wind, 29, 0.4, 0.7137931034482758, 9.186206896551724, 9.5",
            "seattle, precipitation, 114, 0.0, 0.4903508771929824, 55.40964912280701, 55.9",
            "flights, delay, 132, -52.0, -48.84090909090909, 361.8409090909091, 365.0"})
    void theDefaultBinsAreNumpysAutoBins(String file, String column, int bins, double first, double second,
                                         double lastButOne, double last) {
        ChartSpec spec = ChartSpec.builder(ChartKind.HISTOGRAM).x(column).build();
        Figure figure = Renderer.render(spec, file.equals("seattle") ? SEATTLE : FLIGHTS);
        double[] edges = edges(((ChartFigure) figure).chart());

        assertThat(edges).hasSize(bins + 1);
        assertThat(edges[0]).isEqualTo(first);
        assertThat(edges[1]).isCloseTo(second, within(1e-12));
        assertThat(edges[bins - 1]).isCloseTo(lastButOne, within(1e-12));
        assertThat(edges[bins]).isEqualTo(last);
        assertThat(figure.warnings()).isEmpty();
    }

    @Test
    void whenTheMiddleHalfIsOneValueTheRuleIsSturgesAlone() {
        // np.histogram_bin_edges([5.0] * 20 + [6.0], 'auto'): IQR 0, so ptp / (log2(21) + 1) wide: 6 bins
        double[] values = new double[21];
        java.util.Arrays.fill(values, 5.0);
        values[20] = 6.0;
        Figure figure = Renderer.render(ChartSpec.builder(ChartKind.HISTOGRAM).x("v").build(),
                new Table("same.csv", List.of(new NumericColumn("v", values))));

        assertThat(edges(((ChartFigure) figure).chart())).hasSize(7).startsWith(5.0).endsWith(6.0);
    }

    @Test
    void oneFarOutlierDoesNotAskForTenMillionBarsAndTheChartSaysSo() {
        // np.histogram_bin_edges([i / 1000 for i in range(1000)] + [1e6], 'auto'): 10,003,333 bins
        double[] values = new double[1001];
        for (int i = 0; i < 1000; i++) {
            values[i] = i / 1000.0;
        }
        values[1000] = 1e6;
        Figure figure = Renderer.render(ChartSpec.builder(ChartKind.HISTOGRAM).x("v").build(),
                new Table("outlier.csv", List.of(new NumericColumn("v", values))));

        assertThat(edges(((ChartFigure) figure).chart())).hasSize(AutoBins.MOST + 1);
        assertThat(figure.warnings()).containsExactly("outlier.csv: 500 of 10,003,333 bins of numpy's 'auto' rule for v are "
                + "drawn (the most a histogram draws unasked), each 20006.7 times as wide; set bins or binWidth to choose");
    }

    @Test
    void facetPanelsCountInTheWholeTablesAutoBins() {
        ChartSpec spec = ChartSpec.builder(ChartKind.HISTOGRAM).x("temp_max")
                .facet(new FacetOptions("weather", null, null, null, null)).build();
        GridFigure figure = (GridFigure) Renderer.render(spec, SEATTLE);

        for (int panel = 0; panel < figure.columns(); panel++) {
            double[] edges = edges(figure.cell(0, panel));
            assertThat(edges).as("panel %d: the whole column's 19 bins", panel).hasSize(20);
            assertThat(edges[7]).isCloseTo(12.105263157894738, within(1e-12)); // e[7]
        }
    }

    @Test
    void binsGivenInTheSpecStillWin() {
        Figure figure = Renderer.render(ChartSpec.builder(ChartKind.HISTOGRAM).x("temp_max").bins(10).build(), SEATTLE);

        assertThat(edges(((ChartFigure) figure).chart())).hasSize(11);
    }

    private static double[] edges(JFreeChart chart) {
        IntervalXYDataset bars = (IntervalXYDataset) chart.getXYPlot().getDataset();
        int bins = bars.getItemCount(0);
        double[] edges = new double[bins + 1];
        for (int bin = 0; bin < bins; bin++) {
            edges[bin] = bars.getStartXValue(0, bin);
        }
        edges[bins] = bars.getEndXValue(0, bins - 1);
        return edges;
    }
}
