package dev.plotpress.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.InvalidSpecException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters a spec declares ({@code params: {region: {type: string, values: [north, south], default: north}}})
 * and their substitution into the parsed spec tree: a string that is exactly {@code ${region}} becomes the value
 * (a number stays a number), and {@code ${region}} inside a longer string is replaced there. Values go into parsed
 * nodes, never into the spec's text, so a value cannot add keys or change the structure. Every value is checked
 * against its declaration first.
 */
final class SpecParameters {
    static final String KEY = "params";
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int MAX_TEXT = 200;

    private final Map<String, Parameter> declared;

    private SpecParameters(Map<String, Parameter> declared) {
        this.declared = declared;
    }

    private enum Type { STRING, NUMBER }

    private record Parameter(String name, Type type, List<String> values, Double min, Double max, String fallback) {
        String describe() {
            if (type == Type.STRING) {
                return values.isEmpty() ? "any text" : "one of " + String.join(", ", values);
            }
            return "a number" + (min != null ? " >= " + plain(min) : "") + (max != null ? (min != null ? " and" : "") + " <= " + plain(max) : "");
        }

        JsonNode node(String text) {
            if (type == Type.NUMBER) {
                double value = Double.parseDouble(text);
                return value == Math.rint(value) && Math.abs(value) < 1e15 ? LongNode.valueOf((long) value) : DoubleNode.valueOf(value);
            }
            return TextNode.valueOf(text);
        }

        /** Null when {@code text} is allowed, else why not. */
        String problem(String text) {
            if (type == Type.STRING) {
                if (!values.isEmpty()) {
                    return values.contains(text) ? null : "must be " + describe() + ", got '" + shorten(text) + "'";
                }
                return text.length() > MAX_TEXT || text.chars().anyMatch(Character::isISOControl)
                        ? "must be at most " + MAX_TEXT + " characters of text without control characters" : null;
            }
            double value;
            try {
                value = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                return "must be " + describe() + ", got '" + shorten(text) + "'";
            }
            if (!Double.isFinite(value) || (min != null && value < min) || (max != null && value > max)) {
                return "must be " + describe() + ", got " + shorten(text);
            }
            return null;
        }
    }

    /** Reads the declarations under {@code params}; a bad declaration is an {@link InvalidSpecException} at its key. */
    static SpecParameters declared(JsonNode params) {
        Map<String, Parameter> declared = new LinkedHashMap<>();
        if (params == null || params.isNull()) {
            return new SpecParameters(declared);
        }
        if (!params.isObject()) {
            throw new InvalidSpecException(KEY, "must be a mapping of parameter names to declarations, e.g. "
                    + "'params: {region: {type: string, values: [north, south], default: north}}'");
        }
        for (Map.Entry<String, JsonNode> entry : params.properties()) {
            declared.put(entry.getKey(), declaration(entry.getKey(), entry.getValue()));
        }
        return new SpecParameters(declared);
    }

    private static Parameter declaration(String name, JsonNode node) {
        String field = KEY + "." + name;
        if (!NAME.matcher(name).matches()) {
            throw new InvalidSpecException(field, "a parameter name is letters, digits and _ (not starting with a digit)");
        }
        if (!node.isObject()) {
            throw new InvalidSpecException(field, "must be a mapping like {type: string, values: [a, b], default: a} "
                    + "or {type: number, min: 0, max: 10, default: 5}");
        }
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!List.of("type", "values", "min", "max", "default").contains(key)) {
                throw new InvalidSpecException(field + "." + key, "unknown key '" + key + "'; the keys allowed there are "
                        + "type, values, min, max, default");
            }
        }
        String typeName = node.path("type").asText("string");
        Type type = switch (typeName) {
            case "string" -> Type.STRING;
            case "number" -> Type.NUMBER;
            default -> throw new InvalidSpecException(field + ".type", "must be string or number, got '" + typeName + "'");
        };
        List<String> values = new ArrayList<>();
        JsonNode list = node.get("values");
        if (list != null) {
            if (type != Type.STRING || !list.isArray() || list.isEmpty()) {
                throw new InvalidSpecException(field + ".values", "is a non-empty list of the allowed texts, for a string parameter");
            }
            list.forEach(v -> values.add(v.asText()));
        }
        Double min = bound(field, "min", node, type);
        Double max = bound(field, "max", node, type);
        if (min != null && max != null && min > max) {
            throw new InvalidSpecException(field + ".min", "min " + node.get("min").asText() + " is more than max "
                    + node.get("max").asText() + "; swap them");
        }
        JsonNode fallbackNode = node.get("default");
        String fallback = fallbackNode == null || fallbackNode.isNull() ? null : fallbackNode.asText();
        Parameter parameter = new Parameter(name, type, List.copyOf(values), min, max, fallback);
        if (fallback != null && parameter.problem(fallback) != null) {
            throw new InvalidSpecException(field + ".default", parameter.problem(fallback));
        }
        return parameter;
    }

    private static Double bound(String field, String key, JsonNode node, Type type) {
        JsonNode value = node.get(key);
        if (value == null) {
            return null;
        }
        if (type != Type.NUMBER || !value.isNumber()) {
            throw new InvalidSpecException(field + "." + key, "is a number, for a number parameter");
        }
        return value.doubleValue();
    }

    /**
     * The value of every declared parameter: the given one (checked), else its default. An argument the spec does not
     * declare, a bad value or a missing one without a default is a {@link BadInputException} naming the allowed ones.
     */
    Map<String, JsonNode> values(String name, Map<String, String> arguments) {
        for (String argument : arguments.keySet()) {
            if (!declared.containsKey(argument)) {
                throw new BadInputException(name + ": parameter '" + shorten(argument) + "' is not declared; "
                        + (declared.isEmpty() ? "this chart takes no parameters (declare them under params:)"
                        : "the parameters are " + allowed()));
            }
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Parameter parameter : declared.values()) {
            String text = arguments.getOrDefault(parameter.name(), parameter.fallback());
            if (text == null) {
                throw new BadInputException(name + ": parameter '" + parameter.name() + "' is required; give it as ?"
                        + parameter.name() + "=... (" + parameter.describe() + ") or declare a default");
            }
            String problem = parameter.problem(text);
            if (problem != null) {
                throw new BadInputException(name + ": parameter '" + parameter.name() + "' " + problem
                        + "; the parameters are " + allowed());
            }
            values.put(parameter.name(), parameter.node(text.strip()));
        }
        return values;
    }

    private String allowed() {
        List<String> each = new ArrayList<>();
        declared.values().forEach(p -> each.add(p.name() + " (" + p.describe() + ")"));
        return String.join(", ", each);
    }

    /** Replaces every reference in {@code tree} (the spec without its params key); an undeclared one is refused. */
    static JsonNode substitute(JsonNode tree, Map<String, JsonNode> values, String path) {
        if (tree instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                field.setValue(substitute(field.getValue(), values, join(path, field.getKey())));
            }
            return object;
        }
        if (tree instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, substitute(array.get(i), values, join(path, Integer.toString(i))));
            }
            return array;
        }
        if (!tree.isTextual() || !tree.textValue().contains("${")) {
            return tree;
        }
        String text = tree.textValue();
        Matcher matcher = REFERENCE.matcher(text);
        if (matcher.matches()) {
            return value(values, matcher.group(1), path);
        }
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(value(values, matcher.group(1), path).asText()));
        }
        matcher.appendTail(result);
        return TextNode.valueOf(result.toString());
    }

    private static JsonNode value(Map<String, JsonNode> values, String name, String path) {
        JsonNode value = values.get(name);
        if (value == null) {
            throw new InvalidSpecException(path, "'${" + name + "}' names no declared parameter; declare it under "
                    + "params: (e.g. 'params: {" + name + ": {type: string, default: ...}}')"
                    + (values.isEmpty() ? "" : " or use one of " + String.join(", ", values.keySet())));
        }
        return value;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
