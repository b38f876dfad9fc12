package dev.plotpress.internal.render;

import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Estimate;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The defects of issue 10, section 1, on seattle-weather.csv (vega-datasets): each chart drew something other
 * than what its spec asked, with exit code 0. Expected numbers come from pandas / numpy / seaborn 0.12.
 */
class NeverSilentlyWrongTest {
    private static final Size SIZE = Size.pixels(640, 400, 100);
    private static final Table SEATTLE = LeftOutRowsTest.seattle();

    @Test
    void aHistogramOfXCountsThatColumnAlone() {
        ChartFigure figure = (ChartFigure) Renderer.render(
                ChartSpec.builder(ChartKind.HISTOGRAM).x("temp_max").bins(10).size(SIZE).build(), SEATTLE);
        RasterFixture.save(RasterFixture.draw(figure), "histogram_temp_max");

        IntervalXYDataset bins = (IntervalXYDataset) figure.chart().getXYPlot().getDataset();
        assertThat(bins.getSeriesCount()).isEqualTo(1);
        assertThat(bins.getSeriesKey(0)).isEqualTo("temp_max");
        // np.histogram(df.temp_max, bins=10)
        int[] counts = {12, 61, 218, 266, 263, 207, 193, 139, 78, 24};
        for (int bin = 0; bin < counts.length; bin++) {
            assertThat(bins.getYValue(0, bin)).as("bin " + bin).isEqualTo(counts[bin]);
        }
        assertThat(bins.getStartXValue(0, 0)).isCloseTo(-1.6, within(1e-9));
        assertThat(bins.getEndXValue(0, 9)).isCloseTo(35.6, within(1e-9));
        assertThat(figure.chart().getXYPlot().getDomainAxis().getLabel()).isEqualTo("temp_max");
    }

    @Test
    void aHistogramWithXAndYIsRefused() {
        ChartSpec spec = ChartSpec.builder(ChartKind.HISTOGRAM).x("temp_max").y("wind").build();

        assertThatThrownBy(() -> Renderer.render(spec, SEATTLE)).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("a histogram counts one column");
    }

    @Test
    void aBarOfRepeatedCategoriesWithoutYCountsTheRowsOfEach() {
        ChartFigure figure = (ChartFigure) Renderer.render(
                ChartSpec.builder(ChartKind.BAR).x("weather").size(SIZE).build(), SEATTLE);
        RasterFixture.save(RasterFixture.draw(figure), "bar_count_weather");

        CategoryDataset bars = figure.chart().getCategoryPlot().getDataset();
        // df.weather.value_counts(sort=False): in order of first appearance, as seaborn's countplot
        assertThat(bars.getColumnKeys()).containsExactly("drizzle", "rain", "sun", "snow", "fog");
        assertThat(bars.getRowCount()).isEqualTo(1);
        assertThat(java.util.stream.IntStream.range(0, 5).mapToObj(c -> bars.getValue(0, (int) c).intValue()))
                .containsExactly(53, 641, 640, 26, 101);
        assertThat(figure.chart().getCategoryPlot().getRangeAxis().getLabel()).isEqualTo("count");
    }

    @Test
    void aBarWithYIsTheMeanPerCategoryWithA95PercentBootstrapInterval() {
        ChartFigure figure = (ChartFigure) Renderer.render(
                ChartSpec.builder(ChartKind.BAR).x("weather").y("temp_max").size(SIZE).build(), SEATTLE);
        RasterFixture.save(RasterFixture.draw(figure), "bar_mean_weather");

        CategoryDataset bars = figure.chart().getCategoryPlot().getDataset();
        // df.groupby("weather", sort=False).temp_max.mean()
        double[] means = {15.926415094339623, 13.454602184087364, 19.861875, 5.573076923076924, 16.757425742574256};
        for (int c = 0; c < means.length; c++) {
            assertThat(bars.getValue(0, c).doubleValue()).isCloseTo(means[c], within(1e-9));
        }
        // sns.barplot(data=df, x="weather", y="temp_max", seed=0): [l.get_ydata() for l in ax.lines]. A bootstrap
        // with another generator lands within 15% of the half width of seaborn's ends (numpy seeds 0..4 alone spread
        // snow's low end over 4.34..4.45, 9% of its half width).
        double[][] seaborn = {{13.51396226, 18.31674528}, {13.08397426, 13.8424454}, {19.23962891, 20.43614453},
                {4.37596154, 6.66625}, {15.42386139, 18.03299505}};
        double[][] ours = new double[5][];
        for (int c = 0; c < 5; c++) {
            double[] values = valuesOf(SEATTLE, "weather", bars.getColumnKey(c).toString(), "temp_max");
            ours[c] = Estimation.interval(Estimate.ErrorBar.CI, Estimate.Estimator.MEAN, values, means[c]);
            double halfWidth = (seaborn[c][1] - seaborn[c][0]) / 2;
            assertThat(ours[c][0]).as("low end of " + bars.getColumnKey(c)).isCloseTo(seaborn[c][0], within(0.15 * halfWidth));
            assertThat(ours[c][1]).as("high end of " + bars.getColumnKey(c)).isCloseTo(seaborn[c][1], within(0.15 * halfWidth));
        }
        // fixed seed: the same data gives the same interval every time
        double[] drizzle = valuesOf(SEATTLE, "weather", "drizzle", "temp_max");
        assertThat(Estimation.interval(Estimate.ErrorBar.CI, Estimate.Estimator.MEAN, drizzle, means[0])).containsExactly(ours[0]);
        // the axis reaches the top of the highest error bar
        assertThat(figure.chart().getCategoryPlot().getRangeAxis().getUpperBound()).isGreaterThan(ours[2][1]);
    }

    @Test
    void sdAndSeErrorBarsAreTheMeanPlusAndMinusThePandasFigures() {
        double[] drizzle = valuesOf(SEATTLE, "weather", "drizzle", "temp_max");
        double mean = 15.926415094339623;

        // df.groupby("weather").temp_max.std() (ddof 1); .sem()
        assertThat(Estimation.interval(Estimate.ErrorBar.SD, Estimate.Estimator.MEAN, drizzle, mean))
                .containsExactly(new double[] {mean - 8.8120361513146, mean + 8.8120361513146}, within(1e-9));
        assertThat(Estimation.interval(Estimate.ErrorBar.SE, Estimate.Estimator.MEAN, drizzle, mean))
                .containsExactly(new double[] {mean - 8.8120361513146 / Math.sqrt(53), mean + 8.8120361513146 / Math.sqrt(53)},
                        within(1e-9));
    }

    @Test
    void aLogAxisOverABarOfZerosStartsAtTheSmallestPositiveBar() {
        Table table = new Table("t.csv", List.of(new dev.plotpress.model.TextColumn("k", new String[]{"a", "b", "c"}),
                new NumericColumn("v", new double[]{0, 10, 1000})));
        ChartFigure figure = (ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.BAR).x("k").y("v").size(SIZE)
                .axes(new AxisOptions(false, true, null, null, null, null, null, false)).build(), table);

        assertThat(figure.warnings()).containsExactly("t.csv: 1 of 3 rows have v <= 0 and are not on the log y axis");
        CategoryPlot plot = figure.chart().getCategoryPlot();
        assertThat(plot.getRangeAxis().getLowerBound()).isBetween(1.0, 10.0);
    }

    @Test
    void aMinimumAloneLeavesTheMaximumToTheData() {
        ChartFigure figure = (ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.LINE).x("date").y("temp_max")
                .size(SIZE).axes(new AxisOptions(false, false, null, null, 10.0, null, null, false)).build(), SEATTLE);
        RasterFixture.save(RasterFixture.draw(figure), "line_ymin_only");

        XYPlot plot = figure.chart().getXYPlot();
        assertThat(plot.getRangeAxis().getLowerBound()).isEqualTo(10.0);
        // df.temp_max.max() == 35.6; the automatic top adds matplotlib's 5% margin
        assertThat(plot.getRangeAxis().getUpperBound()).isBetween(35.6, 40.0);
    }

    @Test
    void aMaximumAloneOnALogAxisLeavesTheMinimumToTheData() {
        ChartFigure figure = (ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.SCATTER).x("temp_max").y("wind")
                .size(SIZE).axes(new AxisOptions(false, true, null, null, null, 5.0, null, false)).build(), SEATTLE);

        XYPlot plot = figure.chart().getXYPlot();
        assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(5.0);
        // df.wind[df.wind > 0].min() == 0.4
        assertThat(plot.getRangeAxis().getLowerBound()).isBetween(0.3, 0.4);
    }

    private static double[] valuesOf(Table table, String category, String value, String column) {
        var categories = (dev.plotpress.model.TextColumn) table.column(category);
        NumericColumn numbers = table.numeric(column);
        return java.util.stream.IntStream.range(0, table.rowCount()).filter(r -> value.equals(categories.get(r)))
                .mapToDouble(numbers::get).toArray();
    }
}
