package dev.plotpress.data;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonReadingTest {
    @TempDir
    Path dir;

    private Table read(String name, String json) throws IOException {
        return DataReader.read(DataSpec.file(Files.writeString(dir.resolve(name), json)));
    }

    @Test
    void recordsBecomeColumnsInFirstSeenOrderWithMissingKeysMissing() throws IOException {
        Table table = read("r.json", """
                [
                  {"t": 1, "v": 0.5, "label": "a"},
                  {"t": 2, "extra": 9},
                  {"t": 3, "v": null, "label": "c"}
                ]
                """);

        assertThat(table.columnNames()).containsExactly("t", "v", "label", "extra");
        assertThat(table.numeric("t").toArray()).containsExactly(1, 2, 3);
        assertThat(table.numeric("v").toArray()).containsExactly(0.5, Double.NaN, Double.NaN);
        assertThat(table.numeric("extra").toArray()).containsExactly(Double.NaN, 9, Double.NaN);
        assertThat(((TextColumn) table.column("label")).get(1)).isNull();
        assertThat(table.sourceLine(2)).hasValue(4);
    }

    @Test
    void stringsThatReadAsNumbersCountAsNumbersOtherTextStaysText() throws IOException {
        Table table = read("s.json", "[{\"a\": \"1.5\", \"b\": \"x\", \"c\": true}, {\"a\": 2, \"b\": 3, \"c\": false}]");

        assertThat(table.numeric("a").toArray()).containsExactly(1.5, 2);
        assertThat(table.column("b")).isInstanceOf(TextColumn.class);
        assertThat(((TextColumn) table.column("c")).get(0)).isEqualTo("true");
    }

    @Test
    void textInANumericRoleNamesRowAndLine() throws IOException {
        Table table = read("p.json", "[\n{\"price\": 1},\n{\"price\": \"abc\"}\n]");

        assertThatThrownBy(() -> table.numeric("price"))
                .hasMessageStartingWith(dir.resolve("p.json") + ": column 'price', row 2 (line 3): 'abc' is not a number;");
    }

    @Test
    void recordsWithoutKeysAreRefusedAsHavingNoColumn() {
        // found by ReaderFuzzTest (seed -5359774909321855259): [{}] was an IllegalArgumentException, not bad input
        assertThatThrownBy(() -> read("empty.json", "[{}, {}]")).isInstanceOf(BadInputException.class)
                .hasMessage(dir.resolve("empty.json") + ": its 2 records have no keys, so there is no column to chart; "
                        + "give each record its values, e.g. {\"x\": 1, \"y\": 2}");
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        Path file = dir.resolve("bad.json");

        assertThatThrownBy(() -> read("bad.json", "[\n  {\"a\": 1},\n  {\"a\": 2,, }\n]"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":3:11: is not valid JSON: ")
                .hasMessageEndingWith("; fix the JSON syntax there");
    }

    @Test
    void nestedValuesNameTheRecordAndKey() {
        Path file = dir.resolve("n.json");

        assertThatThrownBy(() -> read("n.json", "[{\"a\": 1}, {\"a\": 2, \"tags\": [1, 2]}]"))
                .hasMessageStartingWith(file + ":1:12: record 1, key 'tags': nested lists cannot be charted;");
    }

    @Test
    void theTopLevelMustBeANonEmptyListOfRecords() {
        Path object = dir.resolve("o.json");
        Path empty = dir.resolve("e.json");

        assertThatThrownBy(() -> read("o.json", "{\"a\": [1, 2]}"))
                .hasMessageStartingWith(object + ":1:1: expected a list of records");
        assertThatThrownBy(() -> read("e.json", "[]")).hasMessageStartingWith(empty + ": has no data rows;");
    }
}
