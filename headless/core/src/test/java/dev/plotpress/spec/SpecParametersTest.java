package dev.plotpress.spec;

import dev.plotpress.Chart;
import dev.plotpress.DataFolder;
import dev.plotpress.SpecSyntax;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.TextColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Declared parameters filled into the parsed spec, and data written into the spec itself. */
class SpecParametersTest {
    private static final String SPEC = """
            params:
              region: {type: string, values: [north, south], default: north}
              top: {type: number, min: 0, max: 100}
            kind: line
            title: "Sales in ${region}"
            data: {file: "${region}.csv"}
            axes: {yMax: "${top}"}
            """;

    @TempDir
    Path dir;

    private ChartSpec read(String text, Map<String, String> arguments) {
        return SpecReader.read(text, "sales.yaml", SpecSyntax.YAML, dir, arguments);
    }

    @Test
    void valuesFillWholeStringsAsTheirTypeAndPartsOfStringsAsText() {
        ChartSpec spec = read(SPEC, Map.of("region", "south", "top", "42.5"));

        assertThat(spec.title()).isEqualTo("Sales in south");
        assertThat(spec.data().file()).isEqualTo(dir.resolve("south.csv"));
        assertThat(spec.axes().yMax()).isEqualTo(42.5);
    }

    @Test
    void aMissingValueTakesTheDefaultAndARequiredOneIsNamed() {
        assertThat(read(SPEC, Map.of("top", "1")).title()).isEqualTo("Sales in north");
        assertThatThrownBy(() -> read(SPEC, Map.of())).isInstanceOf(BadInputException.class)
                .hasMessage("sales.yaml: parameter 'top' is required; give it as ?top=... (a number >= 0 and <= 100) or declare a default");
    }

    @Test
    void undeclaredOrOutOfRangeValuesAreRefusedNamingTheAllowedOnes() {
        assertThatThrownBy(() -> read(SPEC, Map.of("top", "1", "colour", "red"))).hasMessage("sales.yaml: parameter 'colour' is "
                + "not declared; the parameters are region (one of north, south), top (a number >= 0 and <= 100)");
        assertThatThrownBy(() -> read(SPEC, Map.of("top", "101"))).hasMessageStartingWith(
                "sales.yaml: parameter 'top' must be a number >= 0 and <= 100, got 101; the parameters are");
        assertThatThrownBy(() -> read(SPEC, Map.of("top", "1", "region", "east"))).hasMessageStartingWith(
                "sales.yaml: parameter 'region' must be one of north, south, got 'east'");
    }

    @Test
    void aBadDeclarationIsPointedAt() {
        assertThatThrownBy(() -> read("params:\n  n: {type: date}\nkind: line\ndata: {random: {rows: 2, columns: 2}}\n", Map.of()))
                .hasMessage("sales.yaml:2:7: params.n.type: must be string or number, got 'date'");
        assertThatThrownBy(() -> read("params:\n  n: {type: number, default: x}\nkind: line\ndata: {random: {rows: 2, columns: 2}}\n", Map.of()))
                .hasMessageStartingWith("sales.yaml:2:21: params.n.default: must be a number, got 'x'");
        assertThatThrownBy(() -> read("params:\n  m: {type: number, min: 5, max: 1, default: 3}\nkind: line\ndata: {random: {rows: 2, columns: 2}}\n", Map.of()))
                .hasMessageStartingWith("sales.yaml:2:").hasMessageContaining("params.m.min: min 5 is more than max 1; swap them");
    }

    @Test
    void aReferenceToAnUndeclaredParameterIsRefusedWhereItIs() {
        assertThatThrownBy(() -> read("kind: line\ndata: {random: {rows: 2, columns: 2}}\ntitle: \"${nope}\"\n", Map.of()))
                .hasMessageStartingWith("sales.yaml:3:1: title: '${nope}' names no declared parameter");
    }

    @Test
    void aSpecFileWithParametersRendersWithTheDefaultsFromTheCli() throws Exception {
        Files.writeString(dir.resolve("north.csv"), "month,sales\n1,10\n2,20\n");
        Path spec = Files.writeString(dir.resolve("sales.yaml"), SPEC.replace("max: 100}", "max: 100, default: 30}"));

        assertThat(Chart.fromSpec(spec).spec().title()).isEqualTo("Sales in north");
    }

    @Test
    void inlineCsvAndRecordsAreReadAsFilesAre() {
        Chart csv = Chart.fromSpec("kind: bar\ndata: {csv: \"fruit,count\\napple,3\\npear,5\\n\"}\nx: fruit\ny: count\n",
                "body", SpecSyntax.YAML, DataFolder.NONE);
        Chart records = Chart.fromSpec("{\"kind\": \"bar\", \"data\": {\"values\": [{\"fruit\": \"apple\", \"count\": 3}, "
                + "{\"fruit\": \"pear\", \"count\": 5}]}, \"x\": \"fruit\", \"y\": \"count\"}", "body", SpecSyntax.JSON, DataFolder.NONE);

        for (Chart chart : new Chart[] {csv, records}) {
            assertThat(chart.table().columnNames()).containsExactly("fruit", "count");
            assertThat(chart.table().numericColumns()).extracting(NumericColumn::name).containsExactly("count");
            assertThat(chart.table().numericColumns().get(0).toArray()).containsExactly(3, 5);
            assertThat(chart.table().textColumns()).extracting(TextColumn::name).containsExactly("fruit");
        }
    }

    @Test
    void inlineDataIsWrittenBackByTheSpecWriter() {
        ChartSpec spec = read("kind: line\ndata: {csv: \"a,b\\n1,2\\n\"}\n", Map.of());

        assertThat(SpecWriter.toYaml(spec, dir)).contains("csv: |").contains("a,b");
    }
}
