package dev.plotpress;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public type of the stable API (README "Embedding"; the files headless/core/pom.xml's javadoc run includes) has a
 * doc comment. Javadoc's own check for missing comments is off because it also asks for one on every record accessor.
 */
class ApiDocumentationTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/plotpress");
    private static final List<String> STABLE_TYPES = List.of("data/DataReader.java", "export/ExportOptions.java",
            "export/Exporter.java", "export/ImageFormat.java", "export/OutputFormat.java", "render/Figure.java",
            "spec/SpecSyntax.java");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^[ \\t]*public (?:static |final |sealed |abstract )*(?:class|record|interface|enum) (\\w+)", Pattern.MULTILINE);

    @Test
    void everyPublicTypeOfTheStableApiHasADocComment() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : new String[]{"", "model"}) {
            try (Stream<Path> listing = Files.list(SOURCES.resolve(folder))) {
                listing.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).forEach(files::add);
            }
        }
        STABLE_TYPES.forEach(file -> files.add(SOURCES.resolve(file)));

        List<String> undocumented = new ArrayList<>();
        for (Path file : files) {
            String source = Files.readString(file);
            Matcher type = PUBLIC_TYPE.matcher(source);
            while (type.find()) {
                String before = source.substring(0, type.start()).replaceAll("(?m)^\\s*@\\w+(\\([^)]*\\))?\\s*$", "").stripTrailing();
                if (!before.endsWith("*/")) {
                    undocumented.add(SOURCES.relativize(file) + ": " + type.group(1));
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(30);
        assertThat(undocumented).isEmpty();
        assertThat(SOURCES.resolve("package-info.java")).exists();
        assertThat(SOURCES.resolve("model/package-info.java")).exists();
    }
}
