package dev.plotpress.batch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.plotpress.model.BadInputException;
import dev.plotpress.internal.model.InputFile;
import dev.plotpress.internal.model.Limit;
import dev.plotpress.spec.SpecReader;
import dev.plotpress.spec.YamlAliases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a job file (YAML or JSON; JSON is YAML) into a {@link JobFile}. Mistakes are reported as
 * {@code file:line:column: field: what is wrong; the fix}. Spec files and globs are relative to the job file.
 */
public final class JobFileReader {
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());

    private JobFileReader() {
    }

    public static JobFile read(Path file) {
        JobDefinition definition = parse(file);
        Path folder = file.toAbsolutePath().getParent();
        DataSources sources = definition.data().files() != null
                ? DataSources.CsvFiles.matching(definition.data().files(), folder)
                : new DataSources.RandomTables(definition.data().random().count(), definition.data().random().rows(),
                definition.data().random().columns(), definition.data().random().seed());
        List<NamedSpec> specs = new ArrayList<>();
        for (String specName : definition.specs()) {
            Path specFile;
            try {
                specFile = folder.resolve(specName);
            } catch (java.nio.file.InvalidPathException e) {
                throw new BadInputException(file + ": specs: '" + specName.replace("\0", "\\0") + "' is not a file path ("
                        + e.getReason() + "); give spec paths relative to the job file, e.g. charts/line.yaml", e);
            }
            if (!Files.isRegularFile(specFile)) {
                throw new BadInputException(file + ": specs: " + specName + " not found (looked for " + specFile
                        + "); spec paths are relative to the job file");
            }
            String stem = specFile.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            if (specs.stream().anyMatch(s -> s.name().equals(stem))) {
                throw new BadInputException(file + ": specs: two specs are named '" + stem
                        + "', so {spec} cannot tell their outputs apart; rename one file");
            }
            specs.add(new NamedSpec(stem, SpecReader.read(specFile)));
        }
        OutputTemplate template = definition.output();
        KeyKind key;
        try {
            key = definition.key() == null ? sources.defaultKey() : KeyKind.parse(definition.key());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ": " + e.getMessage(), e);
        }
        if (specs.size() > 1 && !template.template().contains("{spec}")) {
            throw new BadInputException(file + ": output: '" + template.template() + "' has no {spec}, so the "
                    + specs.size() + " specs of a data source would overwrite each other; add {spec}");
        }
        return new JobFile(file, sources, specs, template, key);
    }

    private static JobDefinition parse(Path file) {
        byte[] bytes = InputFile.readBytes(file, Limit.SPEC_BYTES, "job file");
        YamlAliases.refuse(file, bytes);
        try (JsonParser parser = MAPPER.createParser(bytes)) {
            if (parser.nextToken() == null) {
                throw new BadInputException(file + ": the job file is empty; give data, specs and output, e.g. "
                        + "data: {files: \"data/*.csv\"}, specs: [chart.yaml], output: \"{stem}_{spec}.png\" "
                        + "(docs/BATCH.md)");
            }
            JobDefinition definition = MAPPER.readValue(parser, JobDefinition.class);
            if (definition == null) {
                throw new BadInputException(file + ": the job file is empty; see docs/BATCH.md for an example");
            }
            if (definition.missingField() != null) {
                throw new BadInputException(file + ": " + definition.missingField());
            }
            return definition;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new BadInputException(where(file, locate(file, e)) + "unknown field '" + e.getPropertyName()
                    + "'; known fields here: " + known, e);
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            String message = e.getOriginalMessage();
            String reason = message.startsWith("Trailing token") ? "a second YAML document (after ---) or text after "
                    + "the job; a job file holds one job: remove it or give it its own file"
                    : e.getPath().isEmpty() ? "a job file must be a mapping with data, specs and output, e.g. "
                    + "data: {files: \"data/*.csv\"}; see docs/BATCH.md"
                    : path(e) + "must be " + expected(e.getTargetType()) + "; see docs/batch.schema.json";
            throw new BadInputException(where(file, locate(file, e)) + reason, e);
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : null;
            String reason = cause != null ? cause.getMessage() : path(e) + e.getOriginalMessage();
            throw new BadInputException(where(file, locate(file, e)) + reason, e);
        } catch (JsonProcessingException e) {
            throw new BadInputException(where(file, e.getLocation()) + "not valid YAML/JSON: " + e.getOriginalMessage(), e);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such job file", e);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the job file: " + e.getMessage(), e);
        }
    }

    /**
     * Jackson reports some errors only when the enclosing object ends; re-reading the tokens finds the line
     * of the field itself.
     */
    private static JsonLocation locate(Path file, JsonMappingException e) {
        String pointer = e.getPath().stream().map(r -> r.getFieldName() != null ? "/" + r.getFieldName() : "/" + r.getIndex())
                .collect(Collectors.joining());
        if (pointer.isEmpty()) {
            return e.getLocation();
        }
        try (JsonParser parser = MAPPER.createParser(Files.readAllBytes(file))) {
            while (parser.nextToken() != null) {
                if (parser.getParsingContext().pathAsPointer().toString().equals(pointer)) {
                    return parser.currentTokenLocation();
                }
            }
        } catch (IOException ignored) {
            // fall back to where Jackson stopped
        }
        return e.getLocation();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
            return "a whole number";
        }
        if (type == String.class || type == OutputTemplate.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list, e.g. [chart.yaml]";
        }
        return "a mapping";
    }

    private static String where(Path file, JsonLocation location) {
        return location == null ? file + ": " : file + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "" : path + ": ";
    }
}
