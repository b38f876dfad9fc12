package dev.plotpress.transform;

import dev.plotpress.data.DataReader;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.Table;
import dev.plotpress.model.TemporalColumn;
import dev.plotpress.model.TextColumn;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 10 section 3: the transform list, checked against pandas 1.5.3 on vega-datasets' stocks.csv and
 * seattle-weather.csv. Each expected number comes from the pandas line in the comment beside it, with
 * {@code s = pd.read_csv('stocks.csv'); s['date'] = pd.to_datetime(s['date'], format='%b %d %Y')} and
 * {@code w = pd.read_csv('seattle-weather.csv', parse_dates=['date'])}.
 */
class TransformTest {
    private static final Path DATA = Path.of("src/test/resources/vega-datasets");
    private static final double EXACT = 1e-12;

    private static Table stocks(Object... steps) {
        return transformed("stocks.csv", steps);
    }

    private static Table weather(Object... steps) {
        return transformed("seattle-weather.csv", steps);
    }

    private static Table transformed(String file, Object... steps) {
        return DataReader.read(DataSpec.file(DATA.resolve(file)).withSteps(StepReader.read(List.of(steps))));
    }

    /** One step as a spec file writes it. */
    private static Object yaml(String step) {
        try {
            return new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readValue(step, Object.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int rowOf(Table table, String column, String value) {
        TextColumn text = (TextColumn) table.column(column);
        for (int row = 0; row < text.size(); row++) {
            if (value.equals(text.get(row))) {
                return row;
            }
        }
        throw new AssertionError(value + " not in " + column);
    }

    private static double millis(String date) {
        return Instant.parse(date + "T00:00:00Z").toEpochMilli();
    }

    @Test
    void aggregateComputesEveryStatisticAsPandasGroupByDoes() {
        Table table = stocks(yaml("{aggregate: {groupBy: symbol, count: price, sum: price, mean: price, median: price,"
                + " min: price, max: price, std: price, q1: price, q3: price, distinct: date}}"));
        int aapl = rowOf(table, "symbol", "AAPL");
        int goog = rowOf(table, "symbol", "GOOG");

        // s.groupby('symbol')['price'].agg(['count','sum','mean','median','min','max','std', q(.25), q(.75)])
        assertThat(table.numeric("count_price").get(aapl)).isEqualTo(123);
        assertThat(table.numeric("sum_price").get(aapl)).isCloseTo(7961.85, within(1e-9));
        assertThat(table.numeric("mean_price").get(aapl)).isCloseTo(64.73048780487805, within(EXACT));
        assertThat(table.numeric("median_price").get(aapl)).isEqualTo(36.81);
        assertThat(table.numeric("min_price").get(aapl)).isEqualTo(7.07);
        assertThat(table.numeric("max_price").get(aapl)).isEqualTo(223.02);
        assertThat(table.numeric("std_price").get(aapl)).isCloseTo(63.12378227169763, within(EXACT));
        assertThat(table.numeric("q1_price").get(aapl)).isCloseTo(11.155, within(EXACT));
        assertThat(table.numeric("q3_price").get(aapl)).isCloseTo(102.46000000000001, within(EXACT));
        assertThat(table.numeric("std_price").get(goog)).isCloseTo(135.06985126481027, within(EXACT));
        assertThat(table.numeric("q1_price").get(goog)).isCloseTo(338.395, within(EXACT));
        assertThat(table.numeric("q3_price").get(goog)).isCloseTo(503.625, within(EXACT));
        // s.groupby('symbol')['date'].nunique()
        assertThat(table.numeric("date").get(goog)).isEqualTo(68);
    }

    @Test
    void filterThenMeanIsAaplsMeanPrice() {
        Table table = stocks(Map.of("filter", Map.of("column", "symbol", "op", "==", "value", "AAPL")),
                Map.of("aggregate", Map.of("mean", "price")));

        assertThat(table.rowCount()).isEqualTo(1);
        assertThat(table.numeric("price").get(0)).isCloseTo(64.73048780487805, within(EXACT)); // s[s.symbol=='AAPL'].price.mean()
    }

    @Test
    void monthlyMeansAreTimeUnitThenAggregate() {
        Table table = weather(Map.of("timeUnit", Map.of("column", "date", "unit", "month")),
                Map.of("aggregate", Map.of("groupBy", "date", "mean", "temp_max")));

        // w.assign(date=w.date.dt.to_period('M').dt.start_time).groupby('date')['temp_max'].mean()
        assertThat(table.rowCount()).isEqualTo(48);
        assertThat(((TemporalColumn) table.column("date")).get(1)).isEqualTo(millis("2012-02-01"));
        assertThat(table.numeric("temp_max").get(0)).isCloseTo(7.05483870967742, within(EXACT));
        assertThat(table.numeric("temp_max").get(1)).isCloseTo(9.275862068965518, within(EXACT));
        assertThat(table.numeric("temp_max").get(2)).isCloseTo(9.55483870967742, within(EXACT));
    }

    @Test
    void groupingByASymbolAndAYearGivesPandasMeans() {
        Table table = stocks(Map.of("timeUnit", Map.of("column", "date", "unit", "year")),
                Map.of("aggregate", Map.of("groupBy", List.of("symbol", "date"), "mean", "price")));

        // s.groupby(['symbol', s.date.dt.to_period('Y').dt.start_time])['price'].mean()
        assertThat(table.rowCount()).isEqualTo(51);
        int row = -1;
        for (int r = 0; r < table.rowCount(); r++) {
            if ("AAPL".equals(((TextColumn) table.column("symbol")).get(r))
                    && ((TemporalColumn) table.column("date")).get(r) == millis("2005-01-01")) {
                row = r;
            }
        }
        assertThat(table.numeric("price").get(row)).isCloseTo(48.17166666666666, within(EXACT));
    }

    @Test
    void conditionsCombineAndDatesCompareAsDates() {
        Table both = weather(Map.of("filter", Map.of("and", List.of(
                Map.of("column", "temp_max", "op", ">", "value", 20),
                Map.of("column", "weather", "op", "in", "value", List.of("sun", "fog"))))));
        Table recent = stocks(Map.of("filter", Map.of("column", "date", "op", ">=", "value", "2005-01-01")));
        Table either = weather(Map.of("filter", Map.of("or", List.of(
                Map.of("column", "weather", "op", "==", "value", "snow"),
                Map.of("column", "weather", "op", "==", "value", "drizzle")))));

        assertThat(both.rowCount()).isEqualTo(375); // len(w[(w.temp_max > 20) & (w.weather.isin(['sun','fog']))])
        assertThat(recent.rowCount()).isEqualTo(315); // len(s[s.date >= '2005-01-01'])
        assertThat(either.rowCount()).isEqualTo(26 + 53); // w.weather.value_counts(): snow 26, drizzle 53
        assertThat(((TextColumn) either.column("weather")).categories()).containsExactly("drizzle", "snow");
    }

    @Test
    void binEdgesAreNumpysHistogramEdges() {
        Table table = weather(Map.of("bin", Map.of("column", "temp_max", "bins", 10)),
                Map.of("aggregate", Map.of("groupBy", "temp_max_start", "count", true)));

        // np.histogram_bin_edges(w.temp_max, bins=10): -1.6, 2.12, 5.84, ...; np.histogram(...) counts
        assertThat(table.numeric("temp_max_start").get(0)).isEqualTo(-1.6);
        assertThat(table.numeric("temp_max_start").get(1)).isCloseTo(2.12, within(1e-12));
        assertThat(table.numeric("temp_max_start").get(2)).isCloseTo(5.84, within(1e-12));
        assertThat(table.numeric("count").toArray()).containsExactly(12, 61, 218, 266, 263, 207, 193, 139, 78, 24);
    }

    @Test
    void weeksStartOnMonday() {
        Table table = weather(Map.of("timeUnit", Map.of("column", "date", "unit", "week", "as", "week")),
                Map.of("aggregate", Map.of("groupBy", "week", "count", true)));

        // w.date.dt.to_period('W').dt.start_time: 2011-12-26, 2012-01-02, ...; 210 weeks
        assertThat(table.rowCount()).isEqualTo(210);
        assertThat(((TemporalColumn) table.column("week")).get(0)).isEqualTo(millis("2011-12-26"));
        assertThat(((TemporalColumn) table.column("week")).get(1)).isEqualTo(millis("2012-01-02"));
    }

    @Test
    void foldMakesLongDataAndPivotMakesItWideAgain() {
        Table longer = weather(Map.of("fold", Map.of("columns", List.of("temp_max", "temp_min"))));
        Table wide = stocks(Map.of("pivot", Map.of("column", "symbol", "value", "price", "groupBy", "date")));

        // w.melt(id_vars=['date'], value_vars=['temp_max','temp_min']): 2922 rows, row 1461 is 2012-01-01 temp_min 5.0
        assertThat(longer.rowCount()).isEqualTo(2922);
        assertThat(((TextColumn) longer.column("key")).get(1461)).isEqualTo("temp_min");
        assertThat(longer.numeric("value").get(1461)).isEqualTo(5.0);
        assertThat(longer.columnNames()).containsExactly("date", "precipitation", "wind", "weather", "key", "value");
        // s.pivot_table(index='date', columns='symbol', values='price'): 123 x 5, first row, 55 dates without GOOG
        assertThat(wide.rowCount()).isEqualTo(123);
        assertThat(wide.columnNames()).containsExactly("date", "MSFT", "AMZN", "IBM", "GOOG", "AAPL");
        assertThat(wide.numeric("AAPL").get(0)).isEqualTo(25.94);
        assertThat(wide.numeric("MSFT").get(0)).isEqualTo(39.81);
        assertThat(java.util.Arrays.stream(wide.numeric("GOOG").toArray()).filter(Double::isNaN).count()).isEqualTo(55);
    }

    /** Seaborn's flights heatmap, from dated rows: the month's part and the year, then the year spread into columns. */
    @Test
    void aMonthByYearTableComesFromTheDatesThroughTimeUnitAndPivot() {
        Table table = weather(Map.of("timeUnit", Map.of("column", "date", "unit", "year", "as", "year")),
                Map.of("timeUnit", Map.of("column", "date", "unit", "monthOfYear", "as", "month")),
                Map.of("pivot", Map.of("column", "year", "value", "temp_max", "groupBy", List.of("month"))));

        // w.pivot_table(index=w.date.dt.month, columns=w.date.dt.year, values='temp_max'): 12 x 4, columns 2012..2015
        assertThat(table.columnNames()).containsExactly("month", "2012", "2013", "2014", "2015");
        assertThat(((TextColumn) table.column("month")).categories()).containsExactly("Jan", "Feb", "Mar", "Apr", "May",
                "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
        assertThat(table.rowCount()).isEqualTo(12);
        // p.loc[1, 2012], p.loc[7, 2015], p.loc[12, 2014]
        assertThat(table.numeric("2012").get(rowOf(table, "month", "Jan"))).isCloseTo(7.05483870967742, within(1e-9));
        assertThat(table.numeric("2015").get(rowOf(table, "month", "Jul"))).isCloseTo(28.093548387096774, within(1e-9));
        assertThat(table.numeric("2014").get(rowOf(table, "month", "Dec"))).isCloseTo(10.138709677419355, within(1e-9));
    }

    @Test
    void dayOfWeekIsAPartInCalendarOrderAndPivotNamesNumbersAsWritten() {
        Table days = weather(Map.of("timeUnit", Map.of("column", "date", "unit", "dayOfWeek", "as", "day")));
        Table byWind = weather(Map.of("bin", Map.of("column", "wind", "step", 5)),
                Map.of("pivot", Map.of("column", "wind_start", "value", "temp_max", "groupBy", List.of("weather"))));

        // w.date.dt.dayofweek.iloc[0] == 6: 2012-01-01 was a Sunday
        assertThat(((TextColumn) days.column("day")).get(0)).isEqualTo("Sun");
        assertThat(((TextColumn) days.column("day")).categories()).containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        // w.pivot_table(index='weather', columns=(w.wind // 5 * 5), values='temp_max').columns: 0.0, 5.0 (named 0 and 5)
        assertThat(byWind.columnNames()).containsExactly("weather", "0", "5");
    }

    @Test
    void sortAndTopOrderTheRowsAndCategories() {
        Table sorted = stocks(Map.of("sort", Map.of("by", "price", "descending", true)));
        Table top = weather(Map.of("top", Map.of("column", "weather", "n", 2)));

        // s.sort_values('price', ascending=False).iloc[0]: GOOG 2007-10-01 707.0
        assertThat(((TextColumn) sorted.column("symbol")).get(0)).isEqualTo("GOOG");
        assertThat(sorted.numeric("price").get(0)).isEqualTo(707.0);
        assertThat(((TextColumn) sorted.column("symbol")).categories().get(0)).isEqualTo("GOOG");
        // w.weather.value_counts(): rain 641, sun 640, then fog 101 + drizzle 53 + snow 26 = 180 others
        TextColumn weather = (TextColumn) top.column("weather");
        assertThat(weather.categories()).containsExactly("rain", "sun", "other");
        assertThat(java.util.stream.IntStream.range(0, weather.size()).filter(r -> weather.code(r) == 2).count()).isEqualTo(180);
    }

    @Test
    void correlationIsAStepToo() {
        Table table = DataReader.read(DataSpec.random(4, 8, 0).withSteps(StepReader.read(List.of("correlation"))));

        assertThat(table.rowCount()).isEqualTo(8);
        assertThat(table.numeric("0").get(0)).isEqualTo(1.0);
    }

    @Test
    void aMissingColumnNamesTheStepIndexKeyAndTheColumnMeant() {
        assertThatThrownBy(() -> stocks(Map.of("filter", Map.of("column", "symbol", "op", "==", "value", "AAPL")),
                Map.of("sort", Map.of("by", "date")),
                Map.of("aggregate", Map.of("groupBy", "Symbol", "mean", "price"))))
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("stocks.csv: transform[2].aggregate.groupBy: no column 'Symbol'; did you mean 'symbol'?");
    }

    @Test
    void unknownStepsKeysAndOpsAreRefusedWithDidYouMean() {
        assertThatThrownBy(() -> StepReader.read(List.of(Map.of("agregate", Map.of()))))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageStartingWith("transform[0]: unknown step 'agregate'; did you mean 'aggregate'?");
        assertThatThrownBy(() -> StepReader.read(List.of("correlation", Map.of("aggregate", Map.of("grupBy", "a", "mean", "b")))))
                .hasMessageStartingWith("transform[1].aggregate.grupBy: unknown key 'grupBy'; did you mean 'groupBy'?");
        assertThatThrownBy(() -> StepReader.read(List.of(Map.of("filter", Map.of("column", "a", "op", "not_in", "value", List.of(1))))))
                .hasMessageStartingWith("transform[0].filter.op: unknown op 'not_in'; did you mean 'not in'?");
        assertThatThrownBy(() -> StepReader.read(List.of(Map.of("timeUnit", Map.of("column", "a", "unit", "months")))))
                .hasMessageStartingWith("transform[0].timeUnit.unit: unknown unit 'months'; did you mean 'month'?");
    }

    @Test
    void aFilterThatKeepsNoRowsSaysWhichValueIsNotThere() {
        assertThatThrownBy(() -> stocks(Map.of("filter", Map.of("column", "symbol", "op", "==", "value", "aapl"))))
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("stocks.csv: transform[0].filter: keeps none of the 560 rows: column 'symbol' has "
                        + "no value 'aapl' (did you mean 'AAPL'?); check the condition's column and values");
        assertThatThrownBy(() -> stocks(yaml("{filter: {and: [{column: symbol, op: in, value: [MSFT, IMB]}, {column: price, op: '>', value: 1000}]}}")))
                .hasMessageContaining("keeps none of the 560 rows: column 'symbol' has no value 'IMB' (did you mean 'IBM'?)");
    }

    @Test
    void aValueOfTheWrongTypeForItsColumnIsRefused() {
        assertThatThrownBy(() -> stocks(Map.of("filter", Map.of("column", "price", "op", ">", "value", "cheap"))))
                .hasMessageContaining("transform[0].filter.value: 'cheap' is not a number, but column 'price' is numeric");
        assertThatThrownBy(() -> stocks(Map.of("filter", Map.of("column", "symbol", "op", "<", "value", "B"))))
                .hasMessageContaining("transform[0].filter.op: '<' needs numbers or dates, but column 'symbol' is categorical");
        assertThatThrownBy(() -> stocks(Map.of("aggregate", Map.of("mean", "symbol"))))
                .hasMessageContaining("transform[0].aggregate.mean: column 'symbol' is categorical");
    }

    @Test
    void missingValuesFollowPandas() throws Exception {
        Path file = java.nio.file.Files.createTempFile("gaps", ".csv");
        java.nio.file.Files.writeString(file, "g,x\na,1\na,\nb,3\n,4\n");
        Table notOne = DataReader.read(DataSpec.file(file).withSteps(StepReader.read(List.of(
                Map.of("filter", Map.of("column", "x", "op", "!=", "value", 1))))));
        Table sums = DataReader.read(DataSpec.file(file).withSteps(StepReader.read(List.of(
                Map.of("aggregate", Map.of("groupBy", "g", "sum", "x", "count", true))))));

        assertThat(notOne.rowCount()).isEqualTo(3); // NaN != 1 is True in pandas
        assertThat(((TextColumn) sums.column("g")).get(2)).isNull(); // a missing key is a group of its own, last
        assertThat(sums.numeric("x").toArray()).containsExactly(1, 3, 4);
        assertThat(sums.numeric("count").toArray()).containsExactly(2, 1, 1);
    }
}
