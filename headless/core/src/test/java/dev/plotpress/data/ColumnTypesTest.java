package dev.plotpress.data;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ColumnType;
import dev.plotpress.model.ColumnTypes;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TemporalColumn;
import dev.plotpress.model.TextColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 10 section 2: every column is numeric, temporal or categorical, decided by all of its values. */
class ColumnTypesTest {
    private static final double DAY = 86_400_000;
    private static final double JAN_1_2000 = 946_684_800_000.0;

    @TempDir
    Path dir;

    private Table read(String name, String text, ColumnTypes types) throws IOException {
        return DataReader.read(DataSpec.file(Files.writeString(dir.resolve(name), text)).withTypes(types));
    }

    private Table read(String text) throws IOException {
        return read("d.csv", text, ColumnTypes.NONE);
    }

    @Test
    void aColumnIsTypedByAllOfItsValuesNotTheFirstRow() throws IOException {
        Table table = read("code,when,n\n1,2000-01-01,1\n2,2000-01-02,2\nA7,x,3\n");

        TextColumn code = (TextColumn) table.column("code");
        assertThat(code.get(0)).isEqualTo("1"); // read again as text, so the cell keeps its spelling
        assertThat(code.categories()).containsExactly("1", "2", "A7");
        assertThat(table.column("when")).isInstanceOf(TextColumn.class);
        assertThat(table.column("n")).isInstanceOf(NumericColumn.class);
    }

    @Test
    void numbersThatComeBeforeTextKeepTheirSpellingAsCategories() throws IOException {
        Table table = read("zip\n02134\n1.50\nn/a-ish\n");

        assertThat(((TextColumn) table.column("zip")).categories()).containsExactly("02134", "1.50", "n/a-ish");
    }

    @Test
    void categoriesKeepTheOrderInWhichTheyFirstAppear() throws IOException {
        Table table = read("weather\nsun\nrain\nsun\nfog\nrain\n");

        TextColumn weather = (TextColumn) table.column("weather");
        assertThat(weather.categories()).containsExactly("sun", "rain", "fog");
        assertThat(weather.code(3)).isEqualTo(2);
    }

    @Test
    void typesInTheSpecOverrideInference() throws IOException {
        Table table = read("t.csv", "year,date,price\n2000,20000101,1\n2001,20000102,2\n",
                new ColumnTypes(Map.of("year", ColumnType.CATEGORICAL, "price", ColumnType.NUMERIC,
                        "date", ColumnType.TEMPORAL), "yyyyMMdd"));

        assertThat(((TextColumn) table.column("year")).categories()).containsExactly("2000", "2001");
        assertThat(((TemporalColumn) table.column("date")).toArray()).containsExactly(JAN_1_2000, JAN_1_2000 + DAY);
        assertThat(table.numeric("price").toArray()).containsExactly(1, 2);
    }

    @Test
    void aDeclaredNumericColumnWithTextCountsTheCellsThatAreNot() throws IOException {
        assertThatThrownBy(() -> read("p.csv", "price\n1\nabc\n3\nx\n", new ColumnTypes(Map.of("price", ColumnType.NUMERIC), null)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.csv column 'price': 2 of 4 values are not numbers (first: 'abc', row 2 (line 3))");
    }

    @Test
    void aTypeForAColumnTheFileDoesNotHaveIsAnErrorWithDidYouMean() {
        assertThatThrownBy(() -> read("s.csv", "Symbol,price\nA,1\n", new ColumnTypes(Map.of("symbol", ColumnType.CATEGORICAL), null)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("types names column 'symbol', which the file does not have; did you mean 'Symbol'?");
    }

    @Test
    void isoDatesAndDateTimesWithOrWithoutAnOffsetAreUtcMilliseconds() throws IOException {
        Table table = read("when\n1970-01-02\n1970-01-01T06:00\n1970-01-01 00:00:01\n1970-01-01T01:00:00+01:00\n\n1970-01-01T00:00:00Z\n");

        TemporalColumn when = (TemporalColumn) table.column("when");
        assertThat(when.toArray()).containsExactly(DAY, 6 * 3_600_000, 1000, 0, 0);
        assertThat(when.hasTimeOfDay()).isTrue();
    }

    @Test
    void theSpellingsOfRealFilesAreRecognised() throws IOException {
        assertThat(millis("2000/01/02")).isEqualTo(JAN_1_2000 + DAY);
        assertThat(millis("Jan 2 2000")).isEqualTo(JAN_1_2000 + DAY);
        assertThat(millis("2 Jan 2000")).isEqualTo(JAN_1_2000 + DAY);
        assertThat(read("d\n01/13/2000\n01/02/2000\n").column("d")).isInstanceOf(TemporalColumn.class);
        assertThat(((TemporalColumn) read("d\n01/13/2000\n01/02/2000\n").column("d")).get(1)).isEqualTo(JAN_1_2000 + DAY);
        assertThat(((TemporalColumn) read("d\n13/01/2000\n02/01/2000\n").column("d")).get(1)).isEqualTo(JAN_1_2000 + DAY);
    }

    private double millis(String value) throws IOException {
        TemporalColumn column = (TemporalColumn) read("d\n" + value + "\n").column("d");
        assertThat(column.hasTimeOfDay()).isFalse();
        return column.get(0);
    }

    @Test
    void monthFirstOrDayFirstUndecidedByAnyValueAsksForDateFormat() {
        assertThatThrownBy(() -> read("d\n01/02/2000\n03/04/2000\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("column 'd': '01/02/2000' could be month/day or day/month")
                .hasMessageContaining("add dateFormat: MM/dd/yyyy or dateFormat: dd/MM/yyyy");
    }

    @Test
    void aDateFormatReadsTheColumnAndOneThatDoesNotMatchSaysWhatWould() throws IOException {
        Path stocks = Path.of("src/test/resources/vega-datasets/stocks.csv");
        Table read = DataReader.read(DataSpec.file(stocks).withDateFormat("MMM d yyyy"));
        assertThat(((TemporalColumn) read.column("date")).get(0)).isEqualTo(JAN_1_2000);

        assertThatThrownBy(() -> DataReader.read(DataSpec.file(stocks).withDateFormat("yyyy-MM-dd")))
                .isInstanceOf(BadInputException.class)
                .hasMessage(stocks + " column 'date': 0 of 560 values are dates in dateFormat yyyy-MM-dd (first that is "
                        + "not: 'Jan 1 2000', row 1); the values read as MMM d yyyy: set dateFormat: MMM d yyyy");
    }

    @Test
    void aDateFormatWithMinutesForTheMonthSaysSo() {
        assertThatThrownBy(() -> read("w.csv", "when\n2000-01-01\n", new ColumnTypes(Map.of(), "yyyy-mm-dd HH:mm")))
                .hasMessageContaining("'yyyy-mm-dd HH:mm' has no complete date (year, month and day); mm is minutes "
                        + "and MM is the month: write yyyy-MM-dd HH:mm");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2015/01/01 01:00:00|2015/01/01 02:00:00", "2015/01/01 01:00|2015/12/31 23:59",
            "2015/01/01|2015/12/31", "Jan 1 2000|Feb 29 2000", "1 Jan 2000|29 Feb 2000", "01/13/2000|02/01/2000",
            "13/01/2000|01/02/2000"})
    void theDateFormatAnErrorSuggestsReadsTheColumn(String values) throws IOException {
        Path file = Files.writeString(dir.resolve("when.csv"), "when\n" + values.replace('|', '\n') + "\n");
        String wrong = values.startsWith("20") ? "dd.MM.yyyy" : "yyyy-MM-dd";

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> DataReader.read(DataSpec.file(file).withDateFormat(wrong)));
        java.util.regex.Matcher fix = java.util.regex.Pattern.compile("set dateFormat: (.+)$").matcher(refused.getMessage());

        assertThat(fix.find()).as(refused.getMessage()).isTrue();
        Table read = DataReader.read(DataSpec.file(file).withDateFormat(fix.group(1)));
        assertThat(read.column("when")).isInstanceOf(TemporalColumn.class);
    }

    @Test
    void stocksDatesAreReadWithoutBeingToldHow() {
        Table stocks = DataReader.read(DataSpec.file(Path.of("src/test/resources/vega-datasets/stocks.csv")));

        TemporalColumn date = (TemporalColumn) stocks.column("date");
        assertThat(stocks.rowCount()).isEqualTo(560);
        assertThat(date.get(0)).isEqualTo(JAN_1_2000);
        assertThat(date.format()).isEqualTo("MMM d yyyy");
        assertThat(((TextColumn) stocks.column("symbol")).categories()).containsExactly("MSFT", "AMZN", "IBM", "GOOG", "AAPL");
    }

    @Test
    void aDeclaredTemporalColumnThatDoesNotReadIsAnErrorWithCounts() {
        assertThatThrownBy(() -> read("w.csv", "when\n2000-01-01\nsoon\n2000-01-03\n", new ColumnTypes(Map.of("when", ColumnType.TEMPORAL), null)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("w.csv column 'when': 2 of 3 values are dates (read as ISO-8601) (first that is not: 'soon', row 2)");
    }

    @Test
    void aDateFormatThatReadsNoColumnIsRefused() {
        assertThatThrownBy(() -> read("n.csv", "x,y\n1,2\n", ColumnTypes.NONE.withDateFormat("yyyy-MM-dd")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("dateFormat yyyy-MM-dd reads no column of the file (columns: x, y)");
    }

    @Test
    void aDateFormatWithoutADayIsRefused() {
        assertThatThrownBy(() -> dev.plotpress.model.ChartSpec.builder(dev.plotpress.model.ChartKind.LINE).dateFormat("HH:mm").build())
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("dateFormat: 'HH:mm' has no complete date");
    }

    @Test
    void jsonRecordsWithManyKeysAreReadByHashNotByScanning() throws IOException {
        StringBuilder json = new StringBuilder("[{");
        for (int i = 0; i < 100_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        json.append("},{\"k5\":\"2000-01-01\"}]");
        Table table = read("wide.json", json.toString(), ColumnTypes.NONE);

        assertThat(table.columns()).hasSize(100_000);
        assertThat(((TextColumn) table.column("k5")).categories()).containsExactly("5", "2000-01-01");
        assertThat(table.numeric("k99999").get(0)).isEqualTo(99_999);
    }
}
