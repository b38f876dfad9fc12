package dev.plotpress.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/batch.schema.json, checked by a real JSON Schema validator, agrees with JobFileReader. */
class BatchSchemaTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private final JsonSchema schema;

    BatchSchemaTest() throws IOException {
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(YAML.readTree(Path.of("../../docs/batch.schema.json").toFile()));
    }

    @Test
    void theReportsJobIsValidAndReadable() throws IOException {
        Path job = Path.of("../../examples/reports_job.yaml");

        assertThat(schema.validate(YAML.readTree(job.toFile()))).isEmpty();
        assertThat(JobFileReader.read(job).jobCount()).isEqualTo(500);
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() throws IOException {
        assertThat(schema.validate(yaml("{data: {random: {count: 2, rows: 4, columns: 8, seed: 0}}, specs: [a.yaml], outptu: x}"))).isNotEmpty();
        assertThat(schema.validate(yaml("{data: {files: '*.csv', random: {count: 2, rows: 4, columns: 8, seed: 0}}, specs: [a.yaml], output: '{key}.png'}"))).isNotEmpty();
        assertThat(schema.validate(yaml("{data: {files: '*.csv'}, specs: [a.yaml], output: 'same.png'}"))).isNotEmpty();
        assertThat(schema.validate(yaml("{data: {files: '*.csv'}, specs: [a.yaml], output: '{key}.png', key: name}"))).isNotEmpty();
    }

    private static JsonNode yaml(String text) throws IOException {
        return YAML.readTree(text);
    }
}
