package dev.plotpress.batch;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.plotpress.model.BadInputException;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An output name template such as {@code {key}_{spec}.png}, relative to the output folder. Placeholders:
 * {@code {key}}, {@code {index}}, {@code {uuid}}, {@code {stem}}, {@code {spec}}. A template whose names
 * would land outside the output folder (an absolute name, {@code ../}) is refused when the job file is read,
 * before anything runs; each resolved name is checked again, since a data file's stem is the user's too.
 */
public record OutputTemplate(@JsonValue String template) {
    public static final Set<String> PLACEHOLDERS = Set.of("key", "index", "uuid", "stem", "spec");
    /** The extensions {@link dev.plotpress.export.OutputFormat#fromFileName} knows. */
    private static final Set<String> FORMATS = Set.of("png", "jpg", "jpeg", "svg", "pdf", "html", "htm", "uri", "txt");
    private static final String EXTENSIONS = ".png, .jpg, .svg, .pdf, .html or .uri";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    public OutputTemplate {
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new IllegalArgumentException("output: unknown placeholder {" + m.group(1) + "} in '" + template
                        + "'; use {key}, {index}, {uuid}, {stem} or {spec}");
            }
        }
        // Placeholder values never hold a separator, so a sample expansion shows where every name lands.
        String sample = PLACEHOLDER.matcher(template).replaceAll("x");
        if (sample.startsWith("/") || sample.startsWith("\\") || sample.matches("^[A-Za-z]:.*")
                || Path.of(sample).isAbsolute()) {
            throw new IllegalArgumentException("output: '" + template + "' is an absolute name; output names are "
                    + "relative to --out, e.g. charts/{key}_{spec}.png");
        }
        if (escapes(Path.of("/out"), sample)) {
            throw new IllegalArgumentException("output: '" + template + "' leads outside the output folder (../); "
                    + "output names must stay under --out, e.g. charts/{key}_{spec}.png");
        }
        if (!template.contains("{")) {
            throw new IllegalArgumentException("output: '" + template + "' has no placeholder, so every job would "
                    + "write the same file; use {key}, {index}, {uuid} or {stem}, and {spec} when there are several specs");
        }
        String last = Path.of(sample).getFileName().toString();
        if (!last.contains(".") || last.endsWith(".")) {
            throw new IllegalArgumentException("output: '" + template + "' has no extension, so the format is unknown; "
                    + "end it with " + EXTENSIONS + ", e.g. {key}_{spec}.png");
        }
        if (!FORMATS.contains(last.substring(last.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("output: '" + template + "' ends in '" + last.substring(last.lastIndexOf('.'))
                    + "', a format Plotpress does not write; end it with " + EXTENSIONS);
        }
    }

    @Override
    public String toString() {
        return template;
    }

    /** How a job file's {@code output} string becomes a template (so a bad one is reported at its line). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OutputTemplate of(String template) {
        return new OutputTemplate(template);
    }

    /** The output file of one job, under {@code outFolder}; a name that escapes it is refused. */
    public Path resolve(Path outFolder, DataSource source, KeyKind key, String specName) {
        String name = name(source, key, specName);
        if (name.contains("/") && !template.contains("/") || escapes(outFolder, name) || Path.of(name).isAbsolute()) {
            throw new BadInputException("output name '" + name + "' (from '" + template + "') leads outside "
                    + outFolder + "; rename the data file or change the template");
        }
        return outFolder.resolve(name).normalize();
    }

    /** The name of one job's output as the template spells it, relative to the output folder. */
    public String name(DataSource source, KeyKind key, String specName) {
        StringBuilder name = new StringBuilder(template.length() + 40);
        int at = 0;
        for (int close = template.indexOf('}'); close >= 0; close = template.indexOf('}', at)) {
            int open = template.lastIndexOf('{', close);   // as the pattern {[^{}]*} finds placeholders
            if (open < at) {
                name.append(template, at, close + 1);
            } else {
                name.append(template, at, open);
                name.append(switch (template.substring(open + 1, close)) {
                    case "key" -> source.key(key);
                    case "index" -> Long.toString(source.index());
                    case "uuid" -> source.uuid();
                    case "stem" -> source.stem();
                    default -> specName;
                });
            }
            at = close + 1;
        }
        return name.append(template, at, template.length()).toString();
    }

    private static boolean escapes(Path folder, String name) {
        Path base = folder.toAbsolutePath().normalize();
        return !base.resolve(name).normalize().startsWith(base) || base.resolve(name).normalize().equals(base);
    }
}
