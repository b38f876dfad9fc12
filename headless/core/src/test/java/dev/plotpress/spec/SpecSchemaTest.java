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
import java.util.Map;
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
        assertThat(validate("kind: scatter-matrix\ndata: {file: d.csv}\nhue: g\nscatterMatrix: {diagonal: kde}\n")).isEmpty();
        assertThat(validate("kind: line\ndata: {file: d.csv}\ny2: b\ny2Label: B\n")).isEmpty();
        assertThat(validate("kind: line\ndata: {file: d.csv}\ny2: [b, c]\n")).isEmpty();
        assertThat(validate("kind: scatter-matrix\ndata: {file: d.csv}\nscatterMatrix: {diagonal: violin}\n")).isNotEmpty();
        assertThat(validate("kind: scatter-matrix\ndata: {file: d.csv}\nscatterMatrix: {corner: yes please}\n")).isNotEmpty();
    }

    /**
     * Walks what Jackson binds, from the file's keys (ChartSpec's components, SpecDocument's) down through every record
     * they hold (the model's option groups), beside the schema: the same keys in the same order at every level, enums
     * with the same names, and the same JSON type for every plain value. A key added to a record and not to the schema
     * (or the other way) fails here.
     */
    @Test
    void theSchemaListsExactlyTheKeysTheReaderKnows() {
        assertSameKeys(schemaNode, SpecOptions.allKeys().stream().map(SpecOptions::componentOf).toList(), "the spec",
                "the spec file's keys (ChartSpec's and SpecDocument's)");
        assertThat(schemaNode.get("properties").get("kind").get("enum")).extracting(JsonNode::asText)
                .containsExactly(Arrays.stream(ChartKind.values()).map(ChartKind::specName).toArray(String[]::new));
    }

    private void assertSameKeys(JsonNode schemaObject, Class<?> type, String where) {
        assertSameKeys(schemaObject, List.of(type.getRecordComponents()), where, type.getSimpleName());
    }

    private void assertSameKeys(JsonNode schemaObject, List<RecordComponent> components, String where, String holder) {
        JsonNode properties = resolve(schemaObject).get("properties");
        assertThat(properties).as(where + " (" + holder + ") in the schema").isNotNull();
        List<String> keys = new java.util.ArrayList<>();
        properties.fieldNames().forEachRemaining(keys::add);
        keys.remove(SpecParameters.KEY); // declarations the reader takes out before binding (SpecParameters)
        assertThat(keys).as("the keys of " + where + " in the schema and in " + holder)
                .containsExactly(components.stream().map(SpecSchemaTest::keyOf).toArray(String[]::new));
        for (RecordComponent component : components) {
            String key = where.equals("the spec") ? keyOf(component) : where + "." + keyOf(component);
            JsonNode property = resolve(properties.get(keyOf(component)));
            Class<?> valueType = component.getType();
            if (Map.class.isAssignableFrom(valueType)) {
                valueType = typeArgument(component, 1);
                property = resolve(property.get("additionalProperties"));
                key += ".*";
            }
            if (valueType.isRecord()) {
                assertSameKeys(property, valueType, key);
            } else if (valueType.isEnum()) {
                assertThat(property.get("enum")).as(key + ": the names in the schema and in " + valueType.getSimpleName())
                        .isNotNull();
                assertThat(property.get("enum")).extracting(JsonNode::asText).as(key)
                        .containsExactly(Arrays.stream(valueType.getEnumConstants())
                                .map(value -> YAML.valueToTree(value).asText()).toArray(String[]::new));
            } else if (property.has("type") && JSON_TYPES.containsKey(valueType)) {
                assertThat(property.get("type").asText()).as(key + ": the JSON type of a " + valueType.getSimpleName())
                        .isEqualTo(JSON_TYPES.get(valueType));
            }
        }
    }

    private static String keyOf(RecordComponent component) {
        com.fasterxml.jackson.annotation.JsonProperty named =
                component.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        return named == null ? component.getName() : named.value();
    }

    private static final Map<Class<?>, String> JSON_TYPES = Map.of(Boolean.class, "boolean", Double.class, "number",
            Integer.class, "integer", Long.class, "integer", String.class, "string", List.class, "array", int.class, "integer",
            boolean.class, "boolean");

    private JsonNode resolve(JsonNode node) {
        if (node != null && node.has("$ref")) {
            return schemaNode.at(node.get("$ref").asText().substring(1)); // "#/$defs/style" -> /$defs/style
        }
        if (node != null && node.has("oneOf")) {
            // a record with a short form besides its keys (fit: linear): the keys are the alternative with properties
            for (JsonNode alternative : node.get("oneOf")) {
                if (alternative.has("properties")) {
                    return alternative;
                }
            }
        }
        return node;
    }

    private static Class<?> typeArgument(RecordComponent component, int index) {
        java.lang.reflect.Type argument = ((java.lang.reflect.ParameterizedType) component.getGenericType())
                .getActualTypeArguments()[index];
        return argument instanceof Class<?> c ? c : Object.class;
    }
}
