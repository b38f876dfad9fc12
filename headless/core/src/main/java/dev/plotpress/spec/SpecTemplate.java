package dev.plotpress.spec;

import dev.plotpress.SpecSyntax;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.internal.model.InputFile;
import dev.plotpress.internal.model.Limit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a spec file says beyond the chart it draws: its {@code params:} block and the {@code ${name}} placeholders
 * that use them. A {@link ChartSpec} holds the chart with the defaults filled in; writing an edited one back through
 * its template keeps the params block as it was, and puts each placeholder back wherever the edited spec still has
 * the value the default gave it (a value someone changed is written as changed).
 */
public final class SpecTemplate {
    /** A spec file without parameters: writing through it is {@link SpecWriter#toYaml}. */
    public static final SpecTemplate NONE = new SpecTemplate(null, null, null, null);
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new JsonMapper();

    private final JsonNode params;
    /** The params block's own lines (comments and layout too) when YAML wrote it at the top level; else null. */
    private final String paramsText;
    private final JsonNode written;
    private final JsonNode resolved;

    private SpecTemplate(JsonNode params, String paramsText, JsonNode written, JsonNode resolved) {
        this.params = params;
        this.paramsText = paramsText;
        this.written = written;
        this.resolved = resolved;
    }

    /** The template of a spec file that {@link SpecReader#read(Path)} has read. */
    public static SpecTemplate of(Path specFile) {
        byte[] bytes = InputFile.readBytes(specFile, Limit.SPEC_BYTES, "spec file");
        YamlAliases.refuse(specFile, bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        return of(text, specFile.toString(), SpecReader.syntaxOf(specFile));
    }

    /** The template of a spec given as text; {@code name} is how messages name it. */
    public static SpecTemplate of(String text, String name, SpecSyntax syntax) {
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!text.contains(SpecParameters.KEY)) {
            return NONE;
        }
        JsonNode tree;
        try {
            tree = (syntax == SpecSyntax.YAML ? YAML : JSON).readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadInputException(name + ": " + e.getOriginalMessage());
        }
        if (!(tree instanceof ObjectNode object) || !object.has(SpecParameters.KEY)) {
            return NONE;
        }
        ObjectNode chart = object.deepCopy();
        JsonNode params = chart.remove(SpecParameters.KEY);
        Map<String, JsonNode> defaults = SpecParameters.declared(params).values(name, Map.of());
        String paramsText = syntax == SpecSyntax.YAML ? paramsLines(text, params) : null;
        return new SpecTemplate(params, paramsText, chart, SpecParameters.substitute(chart.deepCopy(), defaults, ""));
    }

    /** The lines of a top-level {@code params:} key, as written; null unless they read back to the same declarations. */
    private static String paramsLines(String text, JsonNode params) {
        List<String> lines = text.lines().toList();
        int start = 0;
        while (start < lines.size() && !lines.get(start).startsWith(SpecParameters.KEY + ":")) {
            start++;
        }
        int end = start + 1;
        while (end < lines.size() && (lines.get(end).isBlank() || Character.isWhitespace(lines.get(end).charAt(0)))) {
            end++;
        }
        while (end > start + 1 && lines.get(end - 1).isBlank()) {
            end--;
        }
        if (start == lines.size()) {
            return null;
        }
        String block = String.join("\n", lines.subList(start, end)) + "\n";
        try {
            JsonNode read = YAML.readTree(block);
            return read != null && params.equals(read.get(SpecParameters.KEY)) ? block : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    public boolean hasParameters() {
        return params != null;
    }

    /** {@code spec} as YAML with this template's params block first and its placeholders kept where they still hold. */
    public String toYaml(ChartSpec spec, Path specFolder) {
        String plain = SpecWriter.toYaml(spec, specFolder);
        if (params == null) {
            return plain;
        }
        try {
            JsonNode chart = YAML.readTree(plain);
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            if (paramsText == null) {
                out.set(SpecParameters.KEY, params);
            }
            if (chart instanceof ObjectNode fields) {
                restore(written, resolved, fields);
                out.setAll(fields);
            }
            return (paramsText == null ? "" : paramsText) + SpecWriter.toYaml(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SpecWriter wrote YAML it cannot read back", e);
        }
    }

    /** Puts {@code written}'s placeholders into {@code out} where {@code out} has the value they resolved to. */
    private static void restore(JsonNode written, JsonNode resolved, JsonNode out) {
        if (written instanceof ObjectNode object && out instanceof ObjectNode target) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String key = field.getKey();
                if (isPlaceholder(field.getValue()) && target.has(key) && same(resolved.get(key), target.get(key))) {
                    target.set(key, field.getValue());
                } else if (target.has(key)) {
                    restore(field.getValue(), resolved.get(key), target.get(key));
                }
            }
        } else if (written instanceof ArrayNode array && out instanceof ArrayNode target) {
            for (int i = 0; i < array.size() && i < target.size(); i++) {
                if (isPlaceholder(array.get(i)) && same(resolved.get(i), target.get(i))) {
                    target.set(i, array.get(i));
                } else {
                    restore(array.get(i), resolved.get(i), target.get(i));
                }
            }
        }
    }

    private static boolean isPlaceholder(JsonNode node) {
        return node.isTextual() && node.textValue().contains("${");
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.doubleValue() == b.doubleValue();
        }
        return a.isValueNode() && b.isValueNode() && a.asText().equals(b.asText());
    }
}
