package dev.plotpress.spec;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.ColumnType;
import dev.plotpress.transform.Aggregate;
import dev.plotpress.transform.Filter;
import dev.plotpress.transform.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The spec keys of the data layer: types, dateFormat and the transform list, read, written back and located. */
class DataSpecKeysTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("spec.yaml"), text);
    }

    @Test
    void typesAndTransformsReachTheDataSpecInOrder() throws IOException {
        ChartSpec spec = SpecReader.read(write("""
                kind: line
                data: {file: stocks.csv}
                x: date
                y: price
                types: {symbol: categorical}
                dateFormat: MMM d yyyy
                transform:
                  - filter: {column: symbol, op: "==", value: AAPL}
                  - timeUnit: {column: date, unit: month}
                  - aggregate: {groupBy: [date, symbol], mean: price}
                """));

        assertThat(spec.data().types().of("symbol")).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(spec.data().types().dateFormat()).isEqualTo("MMM d yyyy");
        assertThat(spec.data().steps()).hasSize(3);
        assertThat(spec.data().steps().get(0)).isInstanceOf(Filter.class);
        assertThat(spec.data().steps().get(1)).isInstanceOf(TimeUnit.class);
        assertThat(spec.data().steps().get(2)).isInstanceOf(Aggregate.class);
    }

    @Test
    void writingTheSpecBackKeepsTypesAndSteps() throws IOException {
        ChartSpec spec = SpecReader.read(write("""
                kind: bar
                data: {file: weather.csv}
                types: {year: categorical}
                transform:
                  - top: {column: weather, n: 2}
                  - sort: {by: weather, descending: true}
                  - correlation
                """));
        Path again = dir.resolve("again.yaml");
        Files.writeString(again, SpecWriter.toYaml(spec, dir));

        assertThat(SpecReader.read(again)).isEqualTo(spec);
    }

    @Test
    void aBadStepPointsAtItsLine() throws IOException {
        Path file = write("""
                kind: line
                data: {file: stocks.csv}
                transform:
                  - filter: {column: symbol, op: "==", value: AAPL}
                  - timeUnit: {column: date, unit: months}
                """);

        assertThatThrownBy(() -> SpecReader.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":5:")
                .hasMessageContaining("transform[1].timeUnit.unit: unknown unit 'months'; did you mean 'month'?");
    }

    @Test
    void anUnknownTypeIsRefused() throws IOException {
        Path file = write("kind: line\ndata: {file: a.csv}\ntypes: {year: categorial}\n");

        assertThatThrownBy(() -> SpecReader.read(file)).hasMessageContaining("types.year: unknown type 'categorial'; "
                + "did you mean 'categorical'?");
    }
}
