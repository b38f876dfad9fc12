package dev.plotpress.spec;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Colormap;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Size;
import dev.plotpress.model.Style;
import dev.plotpress.model.Transform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpecReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private void assertFails(Path file, String location, String... words) {
        assertThatThrownBy(() -> SpecReader.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":" + location + ": ")
                .hasMessageContainingAll(words);
    }

    @Test
    void aUrlAsDataFileIsRefusedAsAnAddressNotAsAMissingFile() throws IOException {
        Path file = write("web.yaml", "kind: line\ndata: {file: \"https://example.com/x.csv\"}\n");

        assertThatThrownBy(() -> SpecReader.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("data.file: 'https://example.com/x.csv' is an address, not a file")
                .hasMessageContaining("download it and name the file");
        Path schemeless = write("web2.yaml", "kind: line\ndata: {file: \"//example.com/x.csv\"}\n");
        assertThatThrownBy(() -> SpecReader.read(schemeless)).hasMessageContaining("'//example.com/x.csv' is an address, not a file");
    }

    @Test
    void readsEveryKeyOfTheFormatFromYaml() throws IOException {
        Path file = write("specs/full.yaml", """
                kind: line
                title: Sales
                data:
                  file: ../data/sales.csv
                  transform: none
                x: month
                y: [price, cost]
                xLabel: Month
                yLabel: Euro
                size: {width: 12, height: 8, unit: in, dpi: 50}
                style: {color: black, alpha: 0.5, markerSize: 3, lineWidth: 1}
                seriesStyles: {price: {color: "#1f77b4"}}
                heatmap: {colormap: coolwarm, annotate: true, format: .2g, colorbar: false, vmin: -1, vmax: 1}
                scatterMatrix: {columns: [a, b], ticks: true, labels: false}
                bins: 20
                """);

        ChartSpec spec = SpecReader.read(file);

        assertThat(spec.kind()).isEqualTo(ChartKind.LINE);
        assertThat(spec.title()).isEqualTo("Sales");
        assertThat(spec.data().file()).isEqualTo(dir.resolve("data/sales.csv").toAbsolutePath());
        assertThat(spec.x()).isEqualTo("month");
        assertThat(spec.y()).containsExactly("price", "cost");
        assertThat(spec.xLabel()).isEqualTo("Month");
        assertThat(spec.yLabel()).isEqualTo("Euro");
        assertThat(spec.size()).isEqualTo(Size.inches(12, 8, 50));
        assertThat(spec.style()).isEqualTo(new Style("black", 0.5, 3.0, 1.0));
        assertThat(spec.seriesStyles()).containsEntry("price", new Style("#1f77b4", null, null, null));
        assertThat(spec.heatmap().colormap()).isEqualTo(Colormap.COOLWARM);
        assertThat(spec.heatmap().annotate()).isTrue();
        assertThat(spec.heatmap().colorbar()).isFalse();
        assertThat(spec.heatmap().vmin()).isEqualTo(-1.0);
        assertThat(spec.scatterMatrix().columns()).containsExactly("a", "b");
        assertThat(spec.scatterMatrix().ticks()).isTrue();
        assertThat(spec.scatterMatrix().labels()).isFalse();
        assertThat(spec.bins()).isEqualTo(20);
    }

    @Test
    void readsJsonAndFillsDefaults() throws IOException {
        Path file = write("h.json", """
                {"kind": "heatmap", "data": {"random": {"rows": 4, "columns": 8, "seed": 0}, "transform": "correlation"},
                 "y": "value"}
                """);

        ChartSpec spec = SpecReader.read(file);

        assertThat(spec.data()).isEqualTo(DataSpec.random(4, 8, 0).withTransform(Transform.CORRELATION));
        assertThat(spec.y()).containsExactly("value");
        assertThat(spec.size()).isEqualTo(Size.DEFAULT);
        assertThat(spec.size().pixelWidth()).isEqualTo(800);
        assertThat(spec.bins()).isEqualTo(ChartSpec.DEFAULT_BINS);
    }

    @Test
    void pixelSizesUseTheDpi() throws IOException {
        ChartSpec spec = SpecReader.read(write("p.yaml", "kind: bar\ndata: {file: d.csv}\nsize: {width: 640, height: 480, dpi: 80}\n"));

        assertThat(spec.size()).isEqualTo(Size.pixels(640, 480, 80));
        assertThat(spec.size().pixelWidth()).isEqualTo(640);
    }

    @Test
    void relativeDataPathsResolveAgainstTheSpecFolderAndAbsoluteOnesStay() throws IOException {
        Path absolute = dir.resolve("elsewhere/x.csv").toAbsolutePath();
        ChartSpec relative = SpecReader.read(write("a/b/s.yaml", "kind: line\ndata: {file: ./data/../x.csv}\n"));
        ChartSpec fixed = SpecReader.read(write("c/s.yaml", "kind: line\ndata: {file: '" + absolute + "'}\n"));

        assertThat(relative.data().file()).isEqualTo(dir.resolve("a/b/x.csv").toAbsolutePath());
        assertThat(fixed.data().file()).isEqualTo(absolute);
    }

    @Test
    void anUnknownKeyIsNamedWithTheKeysAllowedThere() throws IOException {
        assertFails(write("t.yaml", "kind: line\ntitel: Sales\ndata: {file: d.csv}\n"), "2:1",
                "unknown key 'titel'", "the keys allowed here are kind, title, data, x, y, xLabel, yLabel, size, "
                        + "style, seriesStyles, heatmap, scatterMatrix, bins");
        assertFails(write("s.yaml", "kind: line\ndata: {file: d.csv}\nstyle:\n  colour: red\n"), "4:3",
                "unknown key 'colour' in style", "the keys allowed there are color, alpha, markerSize, lineWidth");
        assertFails(write("x.json", "{\"kind\": \"line\",\n  \"xlabel\": \"T\"}"), "2:3",
                "unknown key 'xlabel'", "did you mean 'xLabel'?");
    }

    @Test
    void aValueOfTheWrongTypeIsPointedAt() throws IOException {
        assertFails(write("b.yaml", "kind: histogram\ndata: {file: d.csv}\nbins: many\n"), "3:7",
                "bins: must be a whole number (e.g. 10), got 'many'");
        assertFails(write("b.json", "{\"kind\": \"histogram\",\n \"bins\": 2.5}"), "2:10",
                "bins: must be a whole number (e.g. 10), got 2.5");
        assertFails(write("w.yaml", "kind: line\ndata: {file: d.csv}\nsize: {width: wide, height: 3}\n"), "3:15",
                "size.width: must be a number (e.g. 0.5), got 'wide'");
        assertFails(write("l.yaml", "kind: line\ntitle: [a, b]\n"), "2:8", "title: must be a single value (text), got a list");
        assertFails(write("top.yaml", "- kind: line\n"), "1:1", "a spec must be a mapping of keys");
        assertFails(write("d.yaml", "kind: line\ndata: d.csv\n"), "2:7",
                "data: must be a mapping with the keys file, random, csv, values, transform, got text");
    }

    @Test
    void missingRequiredKeysAreNamed() throws IOException {
        assertFails(write("k.yaml", "title: x\ndata: {file: d.csv}\n"), "1:1",
                "kind: is required", "kind: line", "scatter-matrix");
        assertFails(write("d.yaml", "# a chart\nkind: line\n"), "1:1", "data: is required");
        assertFails(write("r.yaml", "kind: line\ndata:\n  random: {columns: 3}\n"), "3:3",
                "data.random.rows: is required");
        assertFails(write("e.yaml", ""), "1:1", "the spec is empty");
        assertFails(write("c.yaml", "# only a comment\n"), "1:1", "the spec is empty");
        assertFails(write("n.yaml", "~\n"), "1:1", "the spec is empty");
        assertFails(write("q.yaml", "''\n"), "1:1", "the spec is empty");
        assertFails(write("s.yaml", "kind\n"), "1:1", "a spec must be a mapping of keys");
        assertFails(write("n.json", "12"), "1:1", "a spec must be a mapping of keys");
    }

    @Test
    void yamlsNotANumberIsRefusedAsAValueNotAsMalformedYaml() throws IOException {
        Path file = write("nan.yaml", "kind: scatter\ndata: {values: [{a: 1, b: .nan}]}\nx: a\ny: [b]\n");

        assertFails(file, "2:31", "'.nan' (YAML's not-a-number) is not a value a spec can hold", "write null");
        assertThatThrownBy(() -> SpecReader.read(file)).message().doesNotContain("not valid YAML", "indentation");
        assertFails(write("inf.yaml", "kind: scatter\naxes: {yMax: .inf}\n"), "2:18", "'.inf' (YAML's infinity)");
    }

    @Test
    void aNumberTooLargeForItsKeyIsNamedAtItsLine() throws IOException {
        Path file = write("rows.yaml", "kind: heatmap\ndata:\n  random: {rows: 1000000000000}\n");

        // Jackson: "not valid YAML: Numeric value (1000000000000) out of range of int" at 1:1, with indentation advice
        assertFails(file, "3:18", "data.random.rows: 1000000000000 is too large; a whole number here is at most 2147483647");
        assertThatThrownBy(() -> SpecReader.read(file)).message().doesNotContain("not valid YAML");
    }

    @Test
    void aNotANumberInJsonIsRefusedInTheToolsOwnWords() throws IOException {
        Path file = write("nan.json", "{\"kind\": \"scatter\",\n \"data\": {\"values\": [{\"a\": 1, \"b\": NaN}]}}");

        assertFails(file, "2:39", "NaN is not a JSON number; write null for a missing value");
        assertThatThrownBy(() -> SpecReader.read(file)).message().doesNotContain("JsonReadFeature");
    }

    @Test
    void malformedFilesGiveTheParsersLocation() throws IOException {
        assertFails(write("m.yaml", "kind: line\n  title: x\n"), "2:8",
                "not valid YAML: mapping values are not allowed here", "indentation");
        assertFails(write("m.json", "{\"kind\": \"line\",\n \"bins\": }"), "2:10",
                "not valid JSON: Unexpected character ('}'", "commas");
        assertFails(write("dup.yaml", "kind: line\nkind: bar\n"), "2:5", "key 'kind' appears twice");
    }

    @Test
    void invalidValuesCaughtByTheModelPointAtTheirKey() throws IOException {
        assertFails(write("k.yaml", "kind: pie\ndata: {file: d.csv}\n"), "1:1",
                "kind: unknown chart kind 'pie'; use one of line, scatter");
        assertFails(write("w.yaml", "kind: line\ndata: {file: d.csv}\nsize:\n  width: -3\n  height: 4\n"), "4:3",
                "size.width: must be a positive number, got -3.0");
        assertFails(write("c.yaml", "kind: heatmap\ndata: {file: d.csv}\nheatmap: {annotate: true, colormap: jet}\n"),
                "3:27", "heatmap.colormap: unknown colormap 'jet'; use one of viridis");
        assertFails(write("u.yaml", "kind: line\ndata: {file: d.csv}\nsize: {width: 5, height: 4, unit: cm}\n"),
                "3:29", "size.unit: must be in (inches) or px (pixels), got 'cm'");
        assertFails(write("s.yaml", "kind: line\ndata: {file: d.csv}\ny: [a]\nseriesStyles:\n  a: {color: mauve}\n"),
                "5:7", "seriesStyles.a.color: 'mauve' is not a colour");
        assertFails(write("both.json", "{\"kind\": \"line\",\n \"data\": {\"file\": \"d.csv\", \"random\": {\"rows\": 1, \"columns\": 1}}}"),
                "2:2", "data: give exactly one of data.file, data.random, data.csv or data.values");
        assertFails(write("seed.yaml", "kind: line\ndata:\n  random: {rows: 2, columns: 2, seed: -5}\n"), "3:33",
                "data.random.seed: must be between 0 and 4294967295");
    }

    @Test
    void theFileItselfMustBeThereAndASpec() throws IOException {
        Path missing = dir.resolve("nope.yaml");
        Path text = write("notes.txt", "kind: line");

        assertThatThrownBy(() -> SpecReader.read(missing)).hasMessage(missing + ": no such spec file; check the path");
        assertThatThrownBy(() -> SpecReader.read(text)).hasMessageStartingWith(text + ": unknown spec file type;");
    }

    @Test
    void theExamplesRead() {
        ChartSpec heatmap = SpecReader.read(Path.of("../../examples/correlation_heatmap.yaml"));
        ChartSpec matrix = SpecReader.read(Path.of("../../examples/scatter_matrix.yaml"));

        assertThat(heatmap.heatmap().colormap()).isEqualTo(Colormap.COOLWARM);
        assertThat(heatmap.size().pixelWidth()).isEqualTo(800);
        assertThat(heatmap.data().transform()).isEqualTo(Transform.CORRELATION);
        assertThat(matrix.kind()).isEqualTo(ChartKind.SCATTER_MATRIX);
        assertThat(matrix.data().random().seed()).isZero();
        assertThat(List.of(matrix.size().pixelWidth(), matrix.size().pixelHeight())).containsExactly(1200, 800);
    }

    @Test
    void readsThePairplotOptionsAndTheSecondYAxis() throws IOException {
        ChartSpec matrix = SpecReader.read(write("pairs.yaml", """
                kind: scatter-matrix
                data: {file: flowers.csv}
                hue: species
                scatterMatrix: {diagonal: histogram, corner: true}
                """));
        ChartSpec single = SpecReader.read(write("one.yaml", "kind: line\ndata: {file: d.csv}\ny: a\ny2: b\ny2Label: B\n"));
        ChartSpec list = SpecReader.read(write("two.yaml", "kind: scatter\ndata: {file: d.csv}\ny2: [b, c]\n"));

        assertThat(matrix.hue()).isEqualTo("species");
        assertThat(matrix.scatterMatrix().diagonal()).isEqualTo(ScatterMatrixOptions.Diagonal.HISTOGRAM);
        assertThat(matrix.scatterMatrix().corner()).isTrue();
        assertThat(single.y2()).containsExactly("b");
        assertThat(single.y2Label()).isEqualTo("B");
        assertThat(list.y2()).containsExactly("b", "c");
        assertThat(list.y2Label()).isNull();
    }

    @Test
    void badPairplotAndY2ValuesNameTheirPlace() throws IOException {
        assertFails(write("diag.yaml", "kind: scatter-matrix\ndata: {file: d.csv}\nscatterMatrix:\n  diagonal: kdee\n"),
                "4:3", "scatterMatrix.diagonal: must be one of none, histogram, kde, got 'kdee' (did you mean 'kde'?)");
        assertFails(write("both.yaml", "kind: line\ndata: {file: d.csv}\ny: [a, b]\ny2: [b]\n"),
                "4:1", "y2: column 'b' is in both y and y2");
    }

    @Test
    void readsFacetsAndHueOrder() throws IOException {
        ChartSpec spec = SpecReader.read(write("f.yaml", "kind: scatter\nx: X\ny: Y\nhue: kind\nhueOrder: [b, a]\n"
                + "data: {file: d.csv}\nfacet: {column: Series, wrap: 2, shareY: false}\n"));

        assertThat(spec.facet()).isEqualTo(new dev.plotpress.model.FacetOptions("Series", null, 2, null, false));
        assertThat(spec.facet().sharesX()).isTrue();
        assertThat(spec.facet().sharesY()).isFalse();
        assertThat(spec.hueOrder()).containsExactly("b", "a");
    }

    @Test
    void badFacetsNameTheirPlace() throws IOException {
        assertFails(write("wrap.yaml", "kind: line\ndata: {file: d.csv}\nfacet:\n  column: a\n  row: b\n  wrap: 2\n"),
                "6:3", "facet.wrap: wraps a column facet onto rows");
        assertFails(write("none.yaml", "kind: line\ndata: {file: d.csv}\nfacet: {shareX: false}\n"),
                "3:1", "facet: needs column: or row:");
        assertFails(write("key.yaml", "kind: line\ndata: {file: d.csv}\nfacet: {columns: a}\n"),
                "3:9", "unknown key 'columns' in facet", "column, row, wrap, shareX, shareY");
        assertFails(write("heat.yaml", "kind: heatmap\ndata: {file: d.csv}\nfacet: {column: a}\n"),
                "3:1", "facet: splits line, scatter");
        assertFails(write("order.yaml", "kind: line\ndata: {file: d.csv}\nhueOrder: [a]\n"),
                "3:1", "hueOrder: orders the values of the hue column, but there is no hue");
    }
}
