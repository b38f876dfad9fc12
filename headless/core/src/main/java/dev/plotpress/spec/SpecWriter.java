package dev.plotpress.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.plotpress.model.ChartSpec;

import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes a {@link ChartSpec} as a YAML spec file that {@link SpecReader} reads back to an equal spec. Settings
 * at their defaults are left out; the data file is written relative to {@code specFolder} where possible.
 */
public final class SpecWriter {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private SpecWriter() {
    }

    /** The spec as YAML; {@code specFolder} is where the file will be saved (null: keep paths as they are). */
    public static String toYaml(ChartSpec spec, Path specFolder) {
        try {
            return YAML.writeValueAsString(SpecConversion.toDocument(spec, specFolder));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // plain records of strings and numbers always serialise
        }
    }

    /** A spec tree (e.g. one with its params block put back) in the same YAML. */
    static String toYaml(com.fasterxml.jackson.databind.JsonNode tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
