package dev.plotpress.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.plotpress.SpecSyntax;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.internal.model.InputFile;
import dev.plotpress.internal.model.Limit;
import dev.plotpress.model.InvalidSpecException;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a chart spec file (YAML for .yaml/.yml, JSON for .json) into a checked {@link ChartSpec}. A relative
 * data.file is resolved against the spec file's folder. Every mistake is a {@link BadInputException} whose
 * message reads {@code FILE:LINE:COLUMN: what is wrong; how to fix}.
 */
public final class SpecReader {
    /** Jackson's words for YAML's .nan/.inf and JSON's NaN/Infinity, which it reads as malformed numbers. */
    private static final Pattern NOT_A_NUMBER = Pattern.compile(
            "^Malformed numeric value '([-+]?\\.(?i:nan|inf))'|^Non-standard token '([-+]?(?:NaN|INF|Infinity))'");
    private static final Pattern OUT_OF_RANGE = Pattern.compile("Numeric value \\((-?[0-9]+)\\) out of range");
    private static final ObjectMapper YAML = configure(YAMLMapper.builder())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final ObjectMapper JSON = configure(JsonMapper.builder())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private SpecReader() {
    }

    private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B configure(B builder) {
        return builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    public static ChartSpec read(Path file) {
        SpecSyntax syntax = syntaxOf(file);
        return read(readText(file), file.toString(), syntax, file.toAbsolutePath().getParent());
    }

    /**
     * Reads a spec given as text (a request body, a string in a program). {@code name} is how messages name it
     * ("request body"); a relative data.file is resolved against {@code folder}, or refused when it is null.
     */
    public static ChartSpec read(String text, String name, SpecSyntax syntax, Path folder) {
        return read(text, name, syntax, folder, Map.of());
    }

    /**
     * Reads a spec whose {@code params:} declare parameters, filled from {@code arguments} (a server's query) or
     * their defaults. An argument the spec does not declare, or a value outside its declaration, is refused.
     */
    public static ChartSpec read(String text, String name, SpecSyntax syntax, Path folder, Map<String, String> arguments) {
        ObjectMapper mapper = syntax == SpecSyntax.YAML ? YAML : JSON;
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        KeyLocations keys = KeyLocations.of(mapper, text);
        boolean parameters = !arguments.isEmpty() || text.contains("${") || text.contains(SpecParameters.KEY);
        try {
            JsonNode tree = parameters ? withParameters(mapper, text, name, arguments) : mapper.readTree(text);
            // a lone null or blank string ('' in YAML) is as empty as no text
            if (tree == null || tree.isMissingNode() || tree.isNull() || (tree.isTextual() && tree.asText().isBlank())) {
                throw new BadInputException(name + ":1:1: the spec is empty; write at least 'kind:' and 'data:'");
            }
            if (!(tree instanceof ObjectNode file)) {
                throw new BadInputException(name + ":1:1: a spec must be a mapping of keys (kind: ..., data: ...), not "
                        + tree.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + "; start the file with 'kind:'");
            }
            refuseUnknownKeys(file);
            SpecDocument doc = SpecConversion.document(file, mapper);
            Map<Integer, Object> options = SpecOptions.read(file, mapper);
            if (folder == null && doc.data() != null && doc.data().file() != null) {
                throw new BadInputException(at(name, keys.find("data.file"), null) + "data.file: this spec has no folder "
                        + "to read files from; give the data inline or read the spec from a file");
            }
            return SpecConversion.toChartSpec(doc, options, folder);
        } catch (InvalidSpecException e) {
            String path = e.field().replaceAll("\\[(\\d+)]", ".$1"); // transform[2].bin -> transform.2.bin, as KeyLocations names it
            throw new BadInputException(at(name, keys.find(path), null) + e.getMessage(), e);
        } catch (UnrecognizedPropertyException e) {
            String path = path(e);
            throw new BadInputException(at(name, keys.find(path), e.getLocation()) + unknownKey(e, path), e);
        } catch (MismatchedInputException e) {
            if (e.getOriginalMessage().startsWith("Trailing token")) {
                throw new BadInputException(at(name, e.getLocation(), null) + (mapper == YAML
                        ? "a second YAML document (after ---); a spec file holds one chart: put the other in its own file"
                        : "text after the closing } of the spec; remove it"), e);
            }
            throw new BadInputException(at(name, e.getLocation(), keys.findValue(path(e))) + wrongType(e), e);
        } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
            // a model record bound straight from the file (heatmap: ..., facet: ...) refused its values
            if (e.getCause() instanceof InvalidSpecException invalid) {
                InvalidSpecException placed = placed(invalid, path(e));
                throw new BadInputException(at(name, keys.find(placed.field()), e.getLocation()) + placed.getMessage(), e);
            }
            throw new BadInputException(at(name, e.getLocation(), null) + path(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof InputCoercionException outOfRange) {
                // well-formed YAML: the number does not fit the key's type (rows: 1000000000000 for an int)
                throw new BadInputException(at(name, keys.findValue(path(e)), null) + path(e) + ": "
                        + outOfRange(outOfRange), e);
            }
            if (e.getCause() instanceof JsonProcessingException syntaxError && !(syntaxError instanceof JsonMappingException)) {
                // a syntax error met while binding a nested value: the file is malformed, not the value
                throw new BadInputException(at(name, syntaxError.getLocation(), null) + syntax(syntaxError.getOriginalMessage(), mapper), e);
            }
            throw new BadInputException(at(name, e.getLocation(), keys.find(path(e))) + path(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new BadInputException(at(name, e.getLocation(), null) + syntax(e.getOriginalMessage(), mapper), e);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** A top-level key that is neither ChartSpec's nor SpecDocument's, refused as Jackson refuses one in a group. */
    private static void refuseUnknownKeys(ObjectNode file) throws UnrecognizedPropertyException {
        List<String> allowed = SpecOptions.allKeys();
        for (java.util.Iterator<String> names = file.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!allowed.contains(key)) {
                UnrecognizedPropertyException unknown = new UnrecognizedPropertyException(null,
                        "Unrecognized field \"" + key + "\"", null, ChartSpec.class, key, new java.util.ArrayList<>(allowed));
                unknown.prependPath(ChartSpec.class, key);
                throw unknown;
            }
        }
    }

    /** Binds the parsed tree after taking out its params and substituting their values (never into the text). */
    private static JsonNode withParameters(ObjectMapper mapper, String text, String name, Map<String, String> arguments)
            throws IOException {
        JsonNode tree = mapper.readTree(text);
        if (tree == null || tree.isMissingNode()) {
            return null;
        }
        JsonNode declarations = tree instanceof ObjectNode object ? object.remove(SpecParameters.KEY) : null;
        Map<String, JsonNode> values = SpecParameters.declared(declarations).values(name, arguments);
        return SpecParameters.substitute(tree, values, "");
    }

    /**
     * The refusal named by where the record sits in the file: a {@link dev.plotpress.model.Style} names its fields
     * {@code style.*}, which under {@code seriesStyles.b} are {@code seriesStyles.b.*}; a value that names its key (a colormap
     * names {@code heatmap.colormap}) is named at the key where it is ({@code colormap}).
     */
    private static InvalidSpecException placed(InvalidSpecException invalid, String path) {
        String field = invalid.field();
        int dot = field.indexOf('.');
        if (path.isEmpty() || dot < 0 || field.startsWith(path)) {
            return invalid;
        }
        if (path.equals(field.substring(field.lastIndexOf('.') + 1)) || path.endsWith(field.substring(field.lastIndexOf('.')))) {
            return new InvalidSpecException(path, invalid.reason()); // a value read at two keys (colormap, heatmap.colormap) names the one it is at
        }
        return new InvalidSpecException(path + field.substring(dot), invalid.reason());
    }

    /** YAML for .yaml/.yml, JSON for .json; anything else is refused. */
    public static SpecSyntax syntaxOf(Path file) {
        return mapperFor(file) == YAML ? SpecSyntax.YAML : SpecSyntax.JSON;
    }

    private static ObjectMapper mapperFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        throw new BadInputException(file + ": unknown spec file type; name it .yaml, .yml (YAML) or .json (JSON)");
    }

    private static String readText(Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a folder, not a spec file; name a .yaml or .json spec");
        }
        if (!Files.exists(file)) {
            throw new BadInputException(file + ": no such spec file; check the path");
        }
        byte[] bytes = InputFile.readBytes(file, Limit.SPEC_BYTES, "spec file");
        try {
            String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            YamlAliases.refuse(file, bytes);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + ": is not UTF-8 text; save it as UTF-8", e);
        }
    }

    private static String unknownKey(UnrecognizedPropertyException e, String path) {
        String key = e.getPropertyName();
        List<String> allowed = e.getReferringClass() == ChartSpec.class ? SpecOptions.allKeys()
                : e.getReferringClass().isRecord()
                ? Arrays.stream(e.getReferringClass().getRecordComponents()).map(RecordComponent::getName).toList()
                : e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
        int dot = path.lastIndexOf('.');
        String where = dot < 0 ? "" : " in " + path.substring(0, dot);
        String near = dev.plotpress.internal.model.Suggestion.didYouMean(key, allowed);
        String hint = near.isEmpty() ? " (check the spelling)" : near;
        return "unknown key '" + key + "'" + where + hint + "; the keys allowed " + (where.isEmpty() ? "here" : "there")
                + " are " + String.join(", ", allowed);
    }

    private static String wrongType(MismatchedInputException e) {
        String path = path(e);
        if (path.isEmpty()) {
            return "a spec must be a mapping of keys (kind: ..., data: ...), not " + found(e)
                    + "; start the file with 'kind:'";
        }
        String expected = expected(e.getTargetType());
        String got = e instanceof InvalidFormatException format ? quoted(format.getValue()) : found(e);
        return path + ": must be " + expected + ", got " + got;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "something else";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number (e.g. 10)";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number (e.g. 0.5)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a single value (text)";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list (e.g. [a, b])";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a mapping of names to settings";
        }
        if (type.isRecord()) {
            return "a mapping with the keys " + Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.joining(", "));
        }
        return "a " + type.getSimpleName();
    }

    /** What a MismatchedInputException met instead; Jackson only says so in its message. */
    private static String found(MismatchedInputException e) {
        String message = e.getOriginalMessage();
        if (message.contains("from Array value")) {
            return "a list";
        }
        if (message.contains("from Object value")) {
            return "a mapping";
        }
        if (message.contains("from String value") || message.contains("from String \"")) {
            return "text";
        }
        if (message.contains("Boolean")) {
            return "true/false";
        }
        return "a value of another type";
    }

    private static String quoted(Object value) {
        return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    }

    private static String syntax(String message, ObjectMapper mapper) {
        String first = message == null ? "syntax error" : message.lines().findFirst().orElse(message).strip();
        Matcher notANumber = NOT_A_NUMBER.matcher(first);
        if (notANumber.find()) {
            // a syntax error to Jackson, but the file is well formed: only the value is not one a spec can hold
            String token = notANumber.group(1) != null ? notANumber.group(1) : notANumber.group(2);
            return mapper == YAML
                    ? "'" + token + "' (YAML's " + (token.toLowerCase(Locale.ROOT).contains("nan") ? "not-a-number" : "infinity")
                    + ") is not a value a spec can hold; write null, or leave the key out, for a missing value"
                    : token + " is not a JSON number; write null for a missing value";
        }
        if (first.startsWith("Duplicate field ")) {
            return "key " + first.substring("Duplicate field ".length()) + " appears twice; keep one of them";
        }
        return mapper == YAML ? "this is not valid YAML: " + first + "; check the indentation, the ':' after each "
                + "key and that quotes are closed"
                : "this is not valid JSON: " + first + "; check the commas, colons, quotes and brackets";
    }

    /** "1000000000000 is too large; a whole number here is at most 2147483647", from Jackson's words. */
    private static String outOfRange(InputCoercionException e) {
        Matcher number = OUT_OF_RANGE.matcher(e.getOriginalMessage());
        String value = number.find() ? number.group(1) : "the number";
        boolean negative = value.startsWith("-");
        boolean isLong = e.getTargetType() == long.class || e.getTargetType() == Long.class;
        long bound = negative ? (isLong ? Long.MIN_VALUE : Integer.MIN_VALUE) : (isLong ? Long.MAX_VALUE : Integer.MAX_VALUE);
        return value + " is too " + (negative ? "small" : "large") + "; a whole number here is at "
                + (negative ? "least " : "most ") + bound;
    }

    /** The dotted path of the field Jackson was binding: "size.width", "seriesStyles.a.color". */
    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex()))
                .collect(Collectors.joining("."));
    }

    private static String at(String file, JsonLocation location, JsonLocation fallback) {
        JsonLocation where = location != null && location.getLineNr() > 0 ? location : fallback;
        return where == null || where.getLineNr() <= 0 ? file + ":1:1: " : file + ":" + where.getLineNr() + ":" + where.getColumnNr() + ": ";
    }
}
