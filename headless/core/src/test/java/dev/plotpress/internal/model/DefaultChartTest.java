package dev.plotpress.internal.model;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Estimate;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Table;
import dev.plotpress.Chart;
import dev.plotpress.data.DataReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The chart a data file opens with, picked from its column types, on the real files in examples/. */
class DefaultChartTest {
    private static final Path TIDY = Path.of("../../examples/tidy/data");
    private static final Path DATA = Path.of("../../examples/data");

    private static DefaultChart open(Path file) {
        DataSpec data = DataSpec.file(file);
        DefaultChart chart = DefaultChart.of(DataReader.read(data), data);
        // whatever is picked must draw, with its transform steps
        assertThat(Chart.of(chart.spec(), DataReader.read(chart.spec().data())).png()).isNotEmpty();
        return chart;
    }

    @Test
    void longDataWithDatesIsTheFirstNumberOverTimeALinePerCategory() {
        ChartSpec stocks = open(TIDY.resolve("stocks.csv")).spec();

        assertThat(stocks.kind()).isEqualTo(ChartKind.LINE);
        assertThat(stocks.x()).isEqualTo("date");
        assertThat(stocks.y()).containsExactly("price");
        assertThat(stocks.hue()).isEqualTo("symbol");
        assertThat(stocks.title()).isEqualTo("stocks.csv");
        assertThat(stocks.data().steps()).as("one row a date and symbol: nothing to average").isEmpty();

        ChartSpec iowa = open(TIDY.resolve("iowa-electricity.csv")).spec();
        assertThat(List.of(iowa.kind(), iowa.x(), iowa.y(), iowa.hue()))
                .containsExactly(ChartKind.LINE, "year", List.of("net_generation"), "source");
    }

    @Test
    void aCategoryOfManyNamesIsNotAHueButAFewOriginsAre() {
        // cars.json: Name has 300 values (no hue), Origin 3; Year repeats (a row per car), so Origin splits the lines
        ChartSpec cars = open(TIDY.resolve("cars.json")).spec();

        assertThat(List.of(cars.kind(), cars.x(), cars.y(), cars.hue()))
                .containsExactly(ChartKind.LINE, "Year", List.of("Miles_per_Gallon"), "Origin");
        // many cars a year and origin: the line draws their mean with a 95% band itself, as seaborn's lineplot
        assertThat(cars.data().steps()).as("no aggregate step: the line sums the rows up").isEmpty();
        assertThat(cars.estimate()).isEqualTo(Estimate.DEFAULT);
        assertThat(open(TIDY.resolve("cars.json")).why())
                .isEqualTo("Miles_per_Gallon over Year, a line per Origin (their mean, with a 95% band)");
    }

    @Test
    void wideDataWithUniqueDatesIsALinePerNumericColumn() {
        // seattle-weather.csv: one row per day; the weather column is a category, but no date repeats
        DefaultChart weather = open(TIDY.resolve("seattle-weather.csv"));

        assertThat(weather.spec().kind()).isEqualTo(ChartKind.LINE);
        assertThat(weather.spec().x()).isEqualTo("date");
        assertThat(weather.spec().y()).containsExactly("precipitation", "temp_max", "temp_min", "wind");
        assertThat(weather.spec().hue()).isNull();
        assertThat(weather.why()).isEqualTo("precipitation, temp_max, temp_min, wind over date (a date column and numbers)");
    }

    @Test
    void aCategoryAndNumbersWithoutDatesIsABoxPerCategoryOnX() {
        // seaborn: sns.boxplot(data=penguins, x="Species", y="Beak Length (mm)"): the categories along x, no hue
        ChartSpec penguins = open(TIDY.resolve("penguins.json")).spec();

        assertThat(List.of(penguins.kind(), penguins.x(), penguins.y()))
                .containsExactly(ChartKind.BOX, "Species", List.of("Beak Length (mm)"));
        assertThat(penguins.hue()).isNull();
    }

    @Test
    void twoNumbersAreAScatterOfOneAgainstTheOther() {
        DefaultChart normal = open(DATA.resolve("normal-2d.json"));

        assertThat(List.of(normal.spec().kind(), normal.spec().x(), normal.spec().y()))
                .containsExactly(ChartKind.SCATTER, "u", List.of("v"));
        assertThat(normal.why()).isEqualTo("v against u (two numeric columns)");
    }

    @Test
    void moreNumbersAreAScatterMatrixWithHistogramsOnItsDiagonal() {
        ChartSpec wind = open(DATA.resolve("windvectors.csv")).spec();

        assertThat(wind.kind()).isEqualTo(ChartKind.SCATTER_MATRIX);
        assertThat(wind.scatterMatrix().diagonal()).isEqualTo(ScatterMatrixOptions.Diagonal.HISTOGRAM);
        assertThat(wind.scatterMatrix().columns()).as("blank: every numeric column").isEmpty();
    }

    @Test
    void aMatrixOfMoreThanTenColumnsTakesTheFirstTen() {
        Map<String, double[]> columns = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= 12; i++) {
            columns.put("c" + i, new double[]{i, i * 2, i * 3});
        }
        ChartSpec spec = DefaultChart.of(Table.of(columns), DataSpec.random(3, 12, 1)).spec();

        assertThat(spec.scatterMatrix().columns()).containsExactly("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10");
    }

    @Test
    void oneNumberIsItsHistogramAndCategoriesAloneAreCounted() {
        Table one = Table.of(Map.of("temp", new double[]{1, 2, 2, 3}));
        assertThat(DefaultChart.of(one, DataSpec.random(4, 1, 1)).spec().kind()).isEqualTo(ChartKind.HISTOGRAM);

        Table words = Table.of(Map.of("fruit", new String[]{"apple", "pear", "apple"}));
        ChartSpec count = DefaultChart.of(words, DataSpec.random(3, 1, 1)).spec();
        assertThat(List.of(count.kind(), count.x(), count.y())).containsExactly(ChartKind.BAR, "fruit", List.of());
    }

    @Test
    void aTableOfOnlyNamesSaysWhatItHas() {
        // 13 ids are too many categories to split by; one note for every row splits nothing
        String[] ids = java.util.stream.IntStream.range(0, 13).mapToObj(i -> "id" + i).toArray(String[]::new);
        Table names = Table.of(Map.of("id", ids, "note", java.util.Collections.nCopies(13, "x")));

        assertThatThrownBy(() -> DefaultChart.of(names, DataSpec.random(13, 1, 1)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no numeric column and no column of a few categories");
    }
}
