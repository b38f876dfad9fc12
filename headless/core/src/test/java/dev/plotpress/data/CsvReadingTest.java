package dev.plotpress.data;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReadingTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Table read(Path file) {
        return DataReader.read(DataSpec.file(file));
    }

    @Test
    void readsCommaSeparatedColumnsAndTypesThem() throws IOException {
        Table table = read(write("sales.csv", "month,price,region\nJan,1.5,north\nFeb,2e3,south\n"));

        assertThat(table.columnNames()).containsExactly("month", "price", "region");
        assertThat(table.rowCount()).isEqualTo(2);
        assertThat(table.column("month")).isInstanceOf(TextColumn.class);
        assertThat(table.numeric("price").toArray()).containsExactly(1.5, 2000.0);
        assertThat(((TextColumn) table.column("region")).get(1)).isEqualTo("south");
    }

    @Test
    void quotedFieldsMayHoldTheDelimiterQuotesAndLineBreaks() throws IOException {
        Table table = read(write("q.csv", "name,value\n\"Smith, J.\",1\n\"say \"\"hi\"\"\",2\n\"two\nlines\",3\n"));

        TextColumn names = (TextColumn) table.column("name");
        assertThat(names.get(0)).isEqualTo("Smith, J.");
        assertThat(names.get(1)).isEqualTo("say \"hi\"");
        assertThat(names.get(2)).isEqualTo("two\nlines");
        assertThat(table.numeric("value").toArray()).containsExactly(1, 2, 3);
        assertThat(table.sourceLine(2)).hasValue(4);
    }

    @Test
    void detectsSemicolonAndTabFromTheHeaderLine() throws IOException {
        Table semicolon = read(write("eu.csv", "a;b\n1,5;2\n"));
        Table tab = read(write("t.tsv", "a\tb\tc\n1\t2\t3\n"));

        assertThat(semicolon.columnNames()).containsExactly("a", "b");
        assertThat(semicolon.column("a")).isInstanceOf(TextColumn.class); // "1,5" is not a number here
        assertThat(tab.columnNames()).containsExactly("a", "b", "c");
        assertThat(tab.numeric("c").get(0)).isEqualTo(3);
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() throws IOException {
        Table table = read(write("bom.csv", "\uFEFFx,y\n1,2\n"));

        assertThat(table.columnNames()).containsExactly("x", "y");
        assertThat(table.numeric("x").get(0)).isEqualTo(1);
    }

    @Test
    void emptyCellsAndNaMarkersAreMissingInBothColumnKinds() throws IOException {
        Table table = read(write("m.csv", "x,y,label\n1,,a\nNA,3,NA\nnan,4,\n5,NaN,d\n"));

        assertThat(table.numeric("x").toArray()).containsExactly(1, Double.NaN, Double.NaN, 5);
        assertThat(table.numeric("y").toArray()).containsExactly(Double.NaN, 3, 4, Double.NaN);
        TextColumn label = (TextColumn) table.column("label");
        assertThat(new String[] {label.get(0), label.get(1), label.get(2), label.get(3)})
                .containsExactly("a", null, null, "d");
    }

    @Test
    void aColumnIsNumericOnlyWhenEveryCellIsANumber() throws IOException {
        Table table = read(write("t.csv", "plain,code,signed,inf,version\n1,7f,-.5,inf,1.2.3\n2,1d,+1E2,-Infinity,2\n"));

        assertThat(table.column("code")).isInstanceOf(TextColumn.class); // Java's 7f and 1d are not numbers here
        assertThat(table.numeric("signed").toArray()).containsExactly(-0.5, 100);
        assertThat(table.numeric("inf").toArray()).containsExactly(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        assertThat(table.column("plain")).isInstanceOf(NumericColumn.class);
        assertThat(table.column("version")).isInstanceOf(TextColumn.class);
    }

    @Test
    void textInANumericRoleNamesFileColumnRowLineAndValue() throws IOException {
        StringBuilder csv = new StringBuilder("item,price\n");
        for (int row = 1; row <= 20; row++) {
            csv.append("item").append(row).append(',').append(row == 17 ? "abc" : Integer.toString(row)).append('\n');
        }
        Path file = write("sales.csv", csv.toString());
        Table table = read(file);

        assertThatThrownBy(() -> table.numeric("price"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": column 'price', row 17 (line 18): 'abc' is not a number;")
                .hasMessageContaining("numeric columns: (none)");
    }

    @Test
    void aRaggedRowIsAnErrorNamingFileAndLine() throws IOException {
        Path file = write("r.csv", "a,b,c\n1,2,3\n4,5\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":3: row 2 has 2 fields but the header has 3;");
    }

    @Test
    void headerNamesMustBeThereAndDistinct() throws IOException {
        Path blank = write("blank.csv", "a,,c\n1,2,3\n");
        Path twice = write("twice.csv", "a,b,a\n1,2,3\n");

        assertThatThrownBy(() -> read(blank)).hasMessage(blank + ":1: column 2 has no name in the header; "
                + "name every column in the first line");
        assertThatThrownBy(() -> read(twice)).hasMessage(twice + ":1: column 3 is named 'a' like column 1; "
                + "give each column its own name");
    }

    @Test
    void emptyAndHeaderOnlyFilesHaveNoDataRows() throws IOException {
        Path empty = write("empty.csv", "");
        Path headerOnly = write("header.csv", "a,b\n");

        assertThatThrownBy(() -> read(empty)).hasMessageStartingWith(empty + ": has no data rows;");
        assertThatThrownBy(() -> read(headerOnly)).hasMessageStartingWith(headerOnly + ": has no data rows;");
    }

    @Test
    void missingFilesFoldersAndOtherFormatsAreNamed() throws IOException {
        Path missing = dir.resolve("nope.csv");
        Path excel = write("book.xlsx", "x");

        assertThatThrownBy(() -> read(missing)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(missing + ": no such file;");
        assertThatThrownBy(() -> read(dir)).hasMessageStartingWith(dir + ": is a folder, not a data file;");
        assertThatThrownBy(() -> read(excel)).hasMessageStartingWith(excel + ": unknown data file type;")
                .hasMessageContaining(".csv, .tsv, .txt").hasMessageContaining(".json");
    }

    @Test
    void aFileThatIsNotUtf8IsNamed() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.csv"), "name,v\ncaf\u00e9,1\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> read(latin1)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(latin1 + ": is not UTF-8 text").hasMessageContaining("save it as UTF-8");
    }
}
