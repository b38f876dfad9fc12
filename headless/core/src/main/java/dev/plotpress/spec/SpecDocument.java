package dev.plotpress.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * The keys of a spec file that are written otherwise than the model holds them: {@code kind} by its spec name,
 * {@code data} with its file relative to the spec's folder, {@code size} in a unit, and the data's {@code types} and
 * {@code transform}, which {@link dev.plotpress.model.DataSpec} holds. Everything may be absent here;
 * {@link SpecConversion} turns them into the model's. Every other key is a component of ChartSpec, read and written as
 * it is by {@link SpecOptions}. docs/spec.schema.json describes them all (SpecSchemaTest holds them together).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SpecDocument(String kind, Data data, Size size, Map<String, String> types, List<Object> transform) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Data(String file, Random random, String csv, List<Map<String, Object>> values, String transform) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Random(Integer rows, Integer columns, Long seed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Size(Number width, Number height, String unit, Number dpi) {
    }
}
