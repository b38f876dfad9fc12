package dev.plotpress.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.plotpress.model.ChartSpec;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        ObjectNode file = SpecConversion.toTree(spec, specFolder, YAML);
        ObjectNode defaults = SpecConversion.toTree(ChartSpec.builder(spec.kind()).build(), specFolder, YAML);
        defaults.remove("kind");
        leaveOutDefaults(file, defaults);
        tidyNumbers(file);
        try {
            return YAML.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings and numbers always serialises
        }
    }

    /** Takes out every key whose value is the default's, in the option groups too ({@code heatmap: {annotate: true}}). */
    private static void leaveOutDefaults(ObjectNode written, ObjectNode defaults) {
        List<String> keys = new ArrayList<>();
        written.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            JsonNode value = written.get(key);
            JsonNode byDefault = defaults.get(key);
            if (value.equals(byDefault)) {
                written.remove(key);
            } else if (value instanceof ObjectNode group && byDefault instanceof ObjectNode groupDefaults) {
                leaveOutDefaults(group, groupDefaults);
            }
        }
    }

    /** 800 rather than 800.0 in the written file; the value read back is the same double. Lists (data) stay as given. */
    private static void tidyNumbers(ObjectNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            JsonNode value = object.get(key);
            if (isWhole(value)) {
                object.set(key, LongNode.valueOf(value.longValue()));
            } else if (value instanceof ObjectNode group) {
                tidyNumbers(group);
            }
        }
    }

    private static boolean isWhole(JsonNode value) {
        if (!value.isFloatingPointNumber()) {
            return false;
        }
        double d = value.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 && Double.doubleToRawLongBits(d) != Double.doubleToRawLongBits(-0.0);
    }

    /** A spec tree (e.g. one with its params block put back) in the same YAML. */
    static String toYaml(JsonNode tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
