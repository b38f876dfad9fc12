package dev.plotpress.internal.render;

import dev.plotpress.data.DataReader;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.HistogramOptions;
import dev.plotpress.model.HistogramOptions.Multiple;
import dev.plotpress.model.HistogramOptions.Stat;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Histogram bins, stats and hue groups, checked against numpy's histogram and seaborn's histplot. */
class HistogramStatsTest {
    private static final Size SIZE = Size.pixels(640, 400, 100);
    private static final Table FLOWERS = DataReader.read(DataSpec.file(Path.of("../../examples/gallery/data/flowers.csv")));
    private static final Table SEATTLE = LeftOutRowsTest.seattle();

    private static IntervalXYDataset bins(ChartSpec spec, Table table, String picture) {
        ChartFigure figure = (ChartFigure) Renderer.render(spec, table);
        RasterFixture.save(RasterFixture.draw(figure), picture);
        return (IntervalXYDataset) figure.chart().getXYPlot().getDataset();
    }

    @Test
    void binWidthBinsAreNumpysArangeBins() {
        IntervalXYDataset bins = bins(ChartSpec.builder(ChartKind.HISTOGRAM).x("petal_length").binWidth(0.25).size(SIZE)
                .build(), FLOWERS, "hist_binwidth");

        // v = df.petal_length; np.histogram(v, bins=np.arange(v.min(), v.max() + 0.25, 0.25))[0]
        int[] numpy = {8, 20, 19, 3, 0, 0, 0, 0, 1, 2, 5, 8, 11, 12, 10, 13, 5, 12, 11, 5, 4, 1, 2};
        assertThat(bins.getItemCount(0)).isEqualTo(numpy.length);
        for (int bin = 0; bin < numpy.length; bin++) {
            assertThat(bins.getYValue(0, bin)).as("bin " + bin).isEqualTo(numpy[bin]);
        }
    }

    @Test
    void densityHasArea1AndProbabilitySumsTo1() {
        ChartSpec density = ChartSpec.builder(ChartKind.HISTOGRAM).x("temp_max").bins(10).size(SIZE)
                .histogram(new HistogramOptions(Stat.DENSITY, null)).build();
        IntervalXYDataset bins = bins(density, SEATTLE, "hist_density");

        // np.histogram(df.temp_max, bins=10, density=True)[0][:3]
        assertThat(bins.getYValue(0, 0)).isCloseTo(0.00220794, within(1e-8));
        assertThat(bins.getYValue(0, 3)).isCloseTo(0.04894276, within(1e-8));
        double area = 0;
        for (int bin = 0; bin < bins.getItemCount(0); bin++) {
            area += bins.getYValue(0, bin) * (bins.getEndXValue(0, bin) - bins.getStartXValue(0, bin));
        }
        assertThat(area).isCloseTo(1, within(1e-12));

        IntervalXYDataset percent = bins(density.toBuilder().histogram(new HistogramOptions(Stat.PERCENT, null)).build(),
                SEATTLE, "hist_percent");
        // 100 * np.histogram(df.temp_max, bins=10)[0] / 1461
        assertThat(percent.getYValue(0, 3)).isCloseTo(100 * 266 / 1461.0, within(1e-9));
    }

    @Test
    void hueGroupsShareTheBinsAndStackOrFill() {
        ChartSpec stack = ChartSpec.builder(ChartKind.HISTOGRAM).x("temp_max").hue("weather").bins(10).size(SIZE)
                .histogram(new HistogramOptions(null, Multiple.STACK)).build();
        IntervalXYDataset stacked = bins(stack, SEATTLE, "hist_hue_stack");

        assertThat(stacked.getSeriesCount()).isEqualTo(5);
        // the top of the last layer is the count of all rows in the bin: np.histogram(df.temp_max, bins=10)[0][3]
        assertThat(stacked.getEndYValue(4, 3)).isEqualTo(266);
        // each layer starts where the one below ends
        assertThat(stacked.getStartYValue(1, 3)).isEqualTo(stacked.getEndYValue(0, 3));
        // the drizzle rows of bin 3: e = np.histogram_bin_edges(df.temp_max, 10);
        // np.histogram(df[df.weather == "drizzle"].temp_max, bins=e)[0][3]
        assertThat(stacked.getEndYValue(0, 3) - stacked.getStartYValue(0, 3)).isEqualTo(5);

        IntervalXYDataset filled = bins(stack.toBuilder().histogram(new HistogramOptions(null, Multiple.FILL)).build(),
                SEATTLE, "hist_hue_fill");
        assertThat(filled.getEndYValue(4, 3)).isCloseTo(1, within(1e-12));

        IntervalXYDataset dodged = bins(stack.toBuilder().histogram(new HistogramOptions(null, Multiple.DODGE)).build(),
                SEATTLE, "hist_hue_dodge");
        assertThat(dodged.getEndXValue(0, 0)).isCloseTo(dodged.getStartXValue(1, 0), within(1e-12));
    }
}
