package dev.plotpress.internal.render;

import dev.plotpress.data.DataReader;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Estimate;
import dev.plotpress.model.Estimate.ErrorBar;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Lines, scatters and areas over a text (categorical) x whose rows repeat each category, as seaborn draws them: a
 * line is the mean per category with its band, a scatter puts each row at its category, and an area (one height per
 * x) is refused with the aggregate that fixes it, never rows joined in row order.
 */
class TextXTest {
    private static final Table SEATTLE = DataReader.read(DataSpec.file(Path.of("../../examples/tidy/data/seattle-weather.csv")));
    private static final String[] WEATHER = {"drizzle", "rain", "sun", "snow", "fog"};

    @Test
    void aLineOverRepeatedCategoriesIsTheMeanPerCategoryWithItsBandAsSeabornsLineplot() {
        ChartSpec spec = ChartSpec.builder(ChartKind.LINE).x("weather").y("temp_max")
                .estimate(new Estimate(null, ErrorBar.SD)).size(Size.pixels(480, 320, 80)).build();
        ChartFigure figure = (ChartFigure) Renderer.render(spec, SEATTLE);
        IntervalXYDataset line = (IntervalXYDataset) figure.chart().getXYPlot().getDataset(0);

        // g = seattle.groupby("weather", sort=False)["temp_max"]; g.mean(), g.mean() - g.std(), g.mean() + g.std()
        double[] means = {15.926415094339623, 13.454602184087364, 19.861875, 5.573076923076924, 16.757425742574256};
        double[] lows = {7.114378943025022, 8.481573535159455, 12.163616986165028, 2.4639217076130584, 9.982702921164462};
        double[] highs = {24.738451245654225, 18.42763083301527, 27.560133013834974, 8.682232138540789, 23.53214856398405};
        assertThat(line.getItemCount(0)).as("one point per category, not 1,461 rows").isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(line.getXValue(0, i)).isEqualTo(i);
            assertThat(line.getYValue(0, i)).as(WEATHER[i]).isCloseTo(means[i], within(1e-9));
            assertThat(line.getStartYValue(0, i)).as(WEATHER[i]).isCloseTo(lows[i], within(1e-9));
            assertThat(line.getEndYValue(0, i)).as(WEATHER[i]).isCloseTo(highs[i], within(1e-9));
        }
        assertThat(((SymbolAxis) figure.chart().getXYPlot().getDomainAxis()).getSymbols())
                .as("categories in order of first appearance").containsExactly(WEATHER);
    }

    @Test
    void aScatterOverCategoriesPutsEveryRowAtItsCategory() {
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("weather").y("temp_max").build();
        XYDataset points = ((ChartFigure) Renderer.render(spec, SEATTLE)).chart().getXYPlot().getDataset(0);

        assertThat(points.getItemCount(0)).isEqualTo(1461);
        assertThat(points.getXValue(0, 0)).as("2012-01-01 is drizzle").isEqualTo(0);
        assertThat(points.getXValue(0, 1)).as("2012-01-02 is rain").isEqualTo(1);
        assertThat(points.getYValue(0, 1)).isEqualTo(10.6);
    }

    @Test
    void anAreaOverRepeatedCategoriesIsRefusedWithTheAggregateThatFixesIt() {
        ChartSpec spec = ChartSpec.builder(ChartKind.AREA).x("weather").y("temp_max").build();

        // 1,461 rows over 5 categories: 1,456 rows repeat a weather already drawn
        assertThatThrownBy(() -> Renderer.render(spec, SEATTLE)).isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("seattle-weather.csv: 1456 rows of temp_max share their weather with an earlier row, and an area "
                        + "has one height per weather; sum them up first: transform: [{aggregate: {groupBy: [weather], "
                        + "sum: temp_max}}], or draw the mean per weather with its 95% band: kind: line");
    }

    @Test
    void anAreaOverNumbersThatRepeatIsRefusedToo() {
        ChartSpec spec = ChartSpec.builder(ChartKind.AREA).x("wind").y("temp_max").stacked(true).build();

        assertThatThrownBy(() -> Renderer.render(spec, SEATTLE)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("rows of temp_max share their wind with an earlier row");
    }
}
