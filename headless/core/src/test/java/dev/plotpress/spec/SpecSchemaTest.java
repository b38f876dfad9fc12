package dev.plotpress.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Size;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/spec.schema.json, checked by a real JSON Schema validator, says what SpecReader reads. */
class SpecSchemaTest {
    private static final Path SCHEMA = Path.of("../../docs/spec.schema.json");
    private static final ObjectMapper YAML = new YAMLMapper();

    private final JsonNode schemaNode = read(SCHEMA);
    private final JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile()); // YAML is a superset of JSON
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<ValidationMessage> validate(String yaml) throws IOException {
        return schema.validate(YAML.readTree(yaml));
    }

    @Test
    void everyExampleSpecIsValid() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.walk(Path.of("../../examples"))) {
            examples = files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")
                    || f.toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().contains("_job.")) // batch job files: docs/batch.schema.json
                    .filter(f -> !f.startsWith(Path.of("../../examples/kubernetes"))) // manifests for the chart server
                    .filter(f -> !f.getParent().getFileName().toString().equals("data")) // data files, not specs
                    .toList();
        }

        assertThat(examples).isNotEmpty();
        for (Path example : examples) {
            assertThat(schema.validate(read(example))).as(example.toString()).isEmpty();
            SpecReader.read(example); // and the reader agrees
        }
    }

    @Test
    void aSpecTheWriterWroteIsValid() throws IOException {
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).data(DataSpec.file(Path.of("/data/points.csv")))
                .x("a").y("b", "c").size(Size.inches(6.4, 4.8, 100)).bins(12).build();

        assertThat(validate(SpecWriter.toYaml(spec, Path.of("/specs")))).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() throws IOException {
        assertThat(validate("kind: line\ntitel: x\ndata: {file: d.csv}\n")).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("titel"));
        assertThat(validate("kind: line\ndata: {file: d.csv}\nstyle: {colour: red}\n")).isNotEmpty();
        assertThat(validate("data: {file: d.csv}\n")).isNotEmpty();
        assertThat(validate("kind: pie\ndata: {file: d.csv}\n")).isNotEmpty();
        assertThat(validate("kind: line\ndata: {file: d.csv, random: {rows: 1, columns: 1}}\n")).isNotEmpty();
        assertThat(validate("kind: histogram\ndata: {file: d.csv}\nbins: many\n")).isNotEmpty();
        assertThat(validate("kind: line\ndata: {file: d.csv}\nsize: {width: 4, height: 3, unit: cm}\n")).isNotEmpty();
    }

    @Test
    void theSchemaTakesThePairplotOptionsAndY2AndRefusesABadDiagonal() throws IOException {
        assertThat(validate("kind: scatter-matrix\ndata: {file: d.csv}\nhue: g\nscatterMatrix: {diagonal: histogram, corner: true}\n")).isEmpty();
        assertThat(validate("kind: line\ndata: {file: d.csv}\ny2: b\ny2Label: B\n")).isEmpty();
        assertThat(validate("kind: line\ndata: {file: d.csv}\ny2: [b, c]\n")).isEmpty();
        assertThat(validate("kind: scatter-matrix\ndata: {file: d.csv}\nscatterMatrix: {diagonal: kde}\n")).isNotEmpty();
        assertThat(validate("kind: scatter-matrix\ndata: {file: d.csv}\nscatterMatrix: {corner: yes please}\n")).isNotEmpty();
    }

    @Test
    void theSchemaListsExactlyTheKeysTheReaderKnows() {
        assertKeys(schemaNode, SpecDocument.class);
        JsonNode properties = schemaNode.get("properties");
        assertKeys(properties.get("data"), SpecDocument.Data.class);
        assertKeys(properties.get("data").get("properties").get("random"), SpecDocument.Random.class);
        assertKeys(properties.get("size"), SpecDocument.Size.class);
        assertKeys(schemaNode.get("$defs").get("style"), SpecDocument.Style.class);
        assertKeys(properties.get("heatmap"), SpecDocument.Heatmap.class);
        assertKeys(properties.get("scatterMatrix"), SpecDocument.ScatterMatrix.class);
        assertKeys(properties.get("axes"), SpecDocument.Axes.class);
        assertKeys(properties.get("facet"), dev.plotpress.model.FacetOptions.class);
        assertThat(properties.get("kind").get("enum")).extracting(JsonNode::asText)
                .containsExactly(Arrays.stream(ChartKind.values()).map(ChartKind::specName).toArray(String[]::new));
    }

    private static void assertKeys(JsonNode schemaObject, Class<? extends Record> type) {
        List<String> keys = new java.util.ArrayList<>();
        schemaObject.get("properties").fieldNames().forEachRemaining(keys::add);
        keys.remove(SpecParameters.KEY); // declarations the reader takes out before binding (SpecParameters)
        assertThat(keys).as(type.getSimpleName())
                .containsExactly(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new));
    }
}
