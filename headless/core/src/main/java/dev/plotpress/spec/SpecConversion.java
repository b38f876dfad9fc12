package dev.plotpress.spec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.ColumnType;
import dev.plotpress.model.ColumnTypes;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.InlineData;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.RandomData;
import dev.plotpress.model.Size;
import dev.plotpress.model.Transform;
import dev.plotpress.transform.StepReader;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link SpecDocument} (the file as written) to and from {@link ChartSpec} (the checked model). Missing
 * required keys and bad values throw {@link InvalidSpecException} whose field is the key's dotted path in
 * the file, so the reader can point at its line. The keys that are ChartSpec's own components pass through
 * {@link SpecOptions} as they are: model types, bound and checked by Jackson.
 */
final class SpecConversion {
    private SpecConversion() {
    }

    /** SpecDocument's keys of {@code file}, bound (a value of the wrong type throws with its path). */
    static SpecDocument document(ObjectNode file, ObjectMapper mapper) throws IOException {
        ObjectNode converted = mapper.createObjectNode();
        for (RecordComponent key : SpecDocument.class.getRecordComponents()) {
            if (file.has(key.getName())) {
                converted.set(key.getName(), file.get(key.getName()));
            }
        }
        return mapper.treeToValue(converted, SpecDocument.class);
    }

    /** The checked model of a file whose SpecDocument keys are {@code doc} and whose other keys {@link SpecOptions#read} bound. */
    static ChartSpec toChartSpec(SpecDocument doc, Map<Integer, Object> options, Path specFolder) {
        if (doc.kind() == null) {
            throw new InvalidSpecException("kind", "is required; add e.g. 'kind: line' (one of " + ChartKind.allowed() + ")");
        }
        ChartKind kind = ChartKind.fromSpecName(doc.kind());
        if (doc.data() == null) {
            throw new InvalidSpecException("data", "is required; add 'data: {file: data.csv}' or "
                    + "'data: {random: {rows: 4, columns: 8, seed: 0}}'");
        }
        DataSpec data = data(doc.data(), specFolder).withTypes(new ColumnTypes(types(doc.types()), null))
                .withSteps(doc.transform() == null ? List.of() : StepReader.read(doc.transform()));
        return SpecOptions.over(ChartSpec.builder(kind).data(data).size(size(doc.size())).build(), options);
    }

    private static Map<String, ColumnType> types(Map<String, String> types) {
        Map<String, ColumnType> result = new LinkedHashMap<>();
        if (types != null) {
            types.forEach((column, type) -> result.put(column, ColumnType.fromSpecName("types." + column,
                    type == null ? "" : type)));
        }
        return result;
    }

    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+:)?//");

    private static DataSpec data(SpecDocument.Data data, Path specFolder) {
        Path file = null;
        if (data.file() != null) {
            if (URL.matcher(data.file()).lookingAt()) {
                // a path would fold "http://host/x.csv" into "http:/host/x.csv" and report that as a missing file
                throw new InvalidSpecException("data.file", "'" + data.file() + "' is an address, not a file: Plotpress "
                        + "reads local files only and fetches nothing; download it and name the file");
            }
            try {
                file = specFolder.resolve(data.file()).normalize();
            } catch (InvalidPathException e) {
                throw new InvalidSpecException("data.file", "'" + data.file() + "' is not a file path: " + e.getReason());
            }
        }
        RandomData random = null;
        if (data.random() != null) {
            SpecDocument.Random r = data.random();
            random = new RandomData(required("data.random.rows", r.rows(), "rows: 4"),
                    required("data.random.columns", r.columns(), "columns: 8"), r.seed() == null ? 0 : r.seed());
        }
        InlineData inline = data.csv() == null && data.values() == null ? null : new InlineData(data.csv(), data.values());
        Transform transform = data.transform() == null ? Transform.NONE : Transform.fromSpecName(data.transform());
        return new DataSpec(file, random, inline, transform);
    }

    private static Size size(SpecDocument.Size size) {
        if (size == null) {
            return Size.DEFAULT;
        }
        double width = required("size.width", size.width(), "width: 800").doubleValue();
        double height = required("size.height", size.height(), "height: 600").doubleValue();
        double dpi = size.dpi() == null ? Size.DEFAULT_DPI : size.dpi().doubleValue();
        String unit = size.unit() == null ? "px" : size.unit();
        return switch (unit) {
            case "px" -> Size.pixels(width, height, dpi);
            case "in" -> Size.inches(width, height, dpi);
            default -> throw new InvalidSpecException("size.unit", "must be in (inches) or px (pixels), got '" + unit + "'");
        };
    }

    /** Every setting as it is, in the file's order of keys; {@link SpecWriter} leaves out what equals the default. */
    static ObjectNode toTree(ChartSpec spec, Path specFolder, ObjectMapper mapper) {
        ObjectNode file = mapper.valueToTree(new SpecDocument(spec.kind().specName(), data(spec.data(), specFolder),
                size(spec.size()), types(spec.data()), transform(spec.data())));
        SpecOptions.write(spec, file, mapper);
        return SpecOptions.inOrder(file, mapper);
    }

    private static Map<String, String> types(DataSpec data) {
        if (data == null || data.types().declared().isEmpty()) {
            return null;
        }
        Map<String, String> types = new LinkedHashMap<>();
        data.types().declared().forEach((column, type) -> types.put(column, type.specName()));
        return types;
    }

    private static List<Object> transform(DataSpec data) {
        return data == null || data.steps().isEmpty() ? null : StepReader.write(data.steps());
    }

    private static SpecDocument.Data data(DataSpec data, Path specFolder) {
        if (data == null) {
            return null;
        }
        RandomData r = data.random();
        return new SpecDocument.Data(data.file() == null ? null : relative(data.file(), specFolder),
                r == null ? null : new SpecDocument.Random(r.rows(), r.columns(), r.seed()),
                data.inline() == null ? null : data.inline().csv(), data.inline() == null ? null : data.inline().values(),
                data.transform() == Transform.NONE ? null : data.transform().specName());
    }

    /**
     * The path relative to the spec's folder where it can be (so the folder can move), with '/' separators. A relative
     * path in the model is the working directory's (a file opened as {@code data/x.csv}), so it is resolved there first.
     */
    private static String relative(Path file, Path specFolder) {
        Path written = file;
        if (specFolder != null) {
            try {
                written = specFolder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
            } catch (IllegalArgumentException e) {
                written = file; // another drive or root: only the absolute path reaches it
            }
        }
        return written.toString().replace('\\', '/');
    }

    /** Pixels when the size is a whole number of pixels that converts back exactly, otherwise inches. */
    private static SpecDocument.Size size(Size size) {
        if (size.equals(Size.DEFAULT)) {
            return null;
        }
        double dpi = size.dpi();
        double width = Math.rint(size.widthInches() * dpi);
        double height = Math.rint(size.heightInches() * dpi);
        if (width / dpi == size.widthInches() && height / dpi == size.heightInches()) {
            return new SpecDocument.Size(width, height, null, dpi);
        }
        return new SpecDocument.Size(size.widthInches(), size.heightInches(), "in", dpi);
    }

    private static <T> T required(String field, T value, String example) {
        if (value == null) {
            throw new InvalidSpecException(field, "is required; add e.g. '" + example + "'");
        }
        return value;
    }
}
