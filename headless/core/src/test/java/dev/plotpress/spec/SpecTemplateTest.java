package dev.plotpress.spec;

import dev.plotpress.SpecSyntax;
import dev.plotpress.model.ChartSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An edited spec written back through its file's template keeps the params block and the placeholders that still hold. */
class SpecTemplateTest {
    @TempDir
    Path folder;

    private Path served() throws IOException {
        for (String name : new String[]{"sales.yaml", "north.csv", "south.csv"}) {
            Files.copy(Path.of("../../examples/served", name), folder.resolve(name));
        }
        return folder.resolve("sales.yaml");
    }

    private static String paramsBlock(String yaml) {
        return yaml.substring(yaml.indexOf("params:"), yaml.indexOf("\nkind:"));
    }

    @Test
    void anEditElsewhereKeepsTheParamsAndEveryPlaceholder() throws IOException {
        Path file = served();
        ChartSpec edited = SpecReader.read(file).toBuilder().yLabel("Units sold").build();

        String saved = SpecTemplate.of(file).toYaml(edited, folder);

        // the params block is the file's own lines
        assertThat(saved).startsWith("params:\n  region: {type: string, values: [north, south], default: north}\nkind: line\n")
                .contains("title: \"Monthly sales: ${region}\"").contains("file: \"${region}.csv\"").contains("yLabel: Units sold");
        ChartSpec south = SpecReader.read(saved, "saved", SpecSyntax.YAML, folder, Map.of("region", "south"));
        assertThat(south.title()).isEqualTo("Monthly sales: south");
        assertThat(south.data().file()).isEqualTo(folder.resolve("south.csv").toAbsolutePath());
        assertThat(south.yLabel()).isEqualTo("Units sold");
        // the declarations themselves, read back, are what the file declared
        String again = SpecTemplate.of(saved, "saved", SpecSyntax.YAML).toYaml(south, folder);
        assertThat(paramsBlock(again)).isEqualTo(paramsBlock(saved));
    }

    @Test
    void aPlaceholderWhoseValueWasEditedIsWrittenAsEdited() throws IOException {
        Path file = served();
        ChartSpec edited = SpecReader.read(file).toBuilder().title("Sales of the north").build();

        String saved = SpecTemplate.of(file).toYaml(edited, folder);

        assertThat(saved).contains("title: Sales of the north").contains("file: \"${region}.csv\"").startsWith("params:");
    }

    @Test
    void aFilterPlaceholderSurvivesAndStillFilters() throws IOException {
        Files.writeString(folder.resolve("prices.csv"), "symbol,price\nAAPL,1\nMSFT,2\nAAPL,3\n");
        Path file = Files.writeString(folder.resolve("prices.yaml"), """
                params:
                  symbol: {type: string, values: [AAPL, MSFT], default: AAPL}
                kind: line
                data: {file: prices.csv}
                transform:
                  - filter: {column: symbol, op: "==", value: "${symbol}"}
                y: price
                """);
        ChartSpec edited = SpecReader.read(file).toBuilder().title("Prices").build();

        String saved = SpecTemplate.of(file).toYaml(edited, folder);

        assertThat(saved).startsWith("params:\n  symbol: {type: string, values: [AAPL, MSFT], default: AAPL}\nkind: line\n")
                .contains("value: \"${symbol}\"");
        ChartSpec msft = SpecReader.read(saved, "saved", SpecSyntax.YAML, folder, Map.of("symbol", "MSFT"));
        assertThat(msft.data().steps().get(0).toSpec()).hasToString("{filter={column=symbol, op===, value=MSFT}}");
    }

    @Test
    void aJsonSpecsParamsAreWrittenAsYaml() throws IOException {
        Files.writeString(folder.resolve("north.csv"), "month,sales\n1,2\n");
        Path file = Files.writeString(folder.resolve("sales.json"), """
                {"params": {"region": {"type": "string", "values": ["north"], "default": "north"}},
                 "kind": "line", "title": "Sales: ${region}", "data": {"file": "${region}.csv"}, "x": "month", "y": "sales"}
                """);

        String saved = SpecTemplate.of(file).toYaml(SpecReader.read(file), folder);

        assertThat(saved).startsWith("params:\n  region:\n    type: string\n    values:\n    - north\n    default: north\n")
                .contains("title: \"Sales: ${region}\"");
        assertThat(SpecReader.read(saved, "saved", SpecSyntax.YAML, folder).title()).isEqualTo("Sales: north");
    }

    @Test
    void aSpecWithoutParamsIsWrittenAsSpecWriterWritesIt() throws IOException {
        Files.writeString(folder.resolve("a.csv"), "x,y\n1,2\n");
        Path file = Files.writeString(folder.resolve("plain.yaml"), "kind: scatter\ndata: {file: a.csv}\nx: x\ny: y\n");
        ChartSpec spec = SpecReader.read(file);

        assertThat(SpecTemplate.of(file).hasParameters()).isFalse();
        assertThat(SpecTemplate.of(file).toYaml(spec, folder)).isEqualTo(SpecWriter.toYaml(spec, folder));
    }
}
