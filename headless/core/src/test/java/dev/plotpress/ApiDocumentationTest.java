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
 * The stable API is what module-info exports to everyone (README "Embedding"): every public type there has a doc
 * comment, and the javadoc run of headless/core/pom.xml documents exactly those packages. Javadoc's own check for
 * missing comments is off because it also asks for one on every record accessor.
 */
class ApiDocumentationTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^[ \\t]*public (?:static |final |sealed |non-sealed |abstract )*(?:class|record|interface|enum) (\\w+)",
            Pattern.MULTILINE);
    private static final Pattern EXPORTS = Pattern.compile("^\\s*exports ([\\w.]+)( to [\\w., ]+)?;", Pattern.MULTILINE);

    @Test
    void everyPublicTypeOfAnExportedPackageHasADocComment() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String pkg : exported(false)) {
            Path folder = SOURCES.resolve(pkg.replace('.', '/'));
            assertThat(folder.resolve("package-info.java")).exists();
            try (Stream<Path> listing = Files.list(folder)) {
                listing.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).forEach(files::add);
            }
        }

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
        assertThat(files).hasSizeGreaterThan(50);
        assertThat(undocumented).isEmpty();
    }

    @Test
    void theStableApiIsTheUnqualifiedExportsAndJavadocLeavesOutTheQualifiedOnes() throws IOException {
        assertThat(exported(false)).containsExactly("dev.plotpress", "dev.plotpress.model", "dev.plotpress.data",
                "dev.plotpress.export", "dev.plotpress.render");

        String pom = Files.readString(Path.of("pom.xml"));
        Matcher excluded = Pattern.compile("<excludePackageNames>([^<]*)</excludePackageNames>").matcher(pom);
        assertThat(excluded.find()).isTrue();
        assertThat(excluded.group(1).split(":")).containsExactlyInAnyOrderElementsOf(exported(true));
    }

    /** The packages module-info exports to everyone ({@code qualified} false) or only to named modules (true). */
    private static List<String> exported(boolean qualified) throws IOException {
        String moduleInfo = Files.readString(SOURCES.resolve("module-info.java")).replaceAll("//[^\n]*", "");
        List<String> packages = new ArrayList<>();
        Matcher export = EXPORTS.matcher(moduleInfo);
        while (export.find()) {
            if ((export.group(2) != null) == qualified) {
                packages.add(export.group(1));
            }
        }
        return packages;
    }
}
