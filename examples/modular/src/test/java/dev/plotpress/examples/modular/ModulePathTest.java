package dev.plotpress.examples.modular;

import dev.plotpress.Chart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the module path, a program that requires dev.plotpress.core draws through the stable API, gets PDF from the
 * dev.plotpress.pdf module as a service, and cannot reach core's internal packages: javac refuses them.
 */
class ModulePathTest {
    private static final Module CORE = Chart.class.getModule();

    @Test
    void theProgramRunsAsAModuleAndPdfIsFoundAsAService(@TempDir Path out) throws Exception {
        MonthlyRevenue.main(new String[] {out.toString()});

        assertThat(MonthlyRevenue.class.getModule().getName()).isEqualTo("dev.plotpress.examples.modular");
        assertThat(CORE.getName()).isEqualTo("dev.plotpress.core");
        BufferedImage png = ImageIO.read(out.resolve("revenue.png").toFile());
        assertThat(png.getWidth()).isPositive();
        assertThat(new String(Files.readAllBytes(out.resolve("revenue.pdf")), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        Module pdf = ModuleLayer.boot().findModule("dev.plotpress.pdf").orElseThrow();
        assertThat(pdf.getDescriptor().isAutomatic()).isFalse();
        assertThat(pdf.getDescriptor().provides()).extracting(ModuleDescriptor.Provides::service)
                .containsExactly("dev.plotpress.internal.export.PdfEncoding");
    }

    @Test
    void theProgramRunsInAJvmWithEveryJarOnTheModulePathAndNoneOnTheClassPath(@TempDir Path out) throws Exception {
        String modulePath = Files.readString(Path.of("target/runtime-module-path.txt")).strip()
                + File.pathSeparator + Path.of("target/classes");
        Process program = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "--module-path", modulePath,
                "-m", "dev.plotpress.examples.modular/dev.plotpress.examples.modular.MonthlyRevenue", out.toString())
                .redirectErrorStream(true).start();
        String output = new String(program.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(program.waitFor()).as(output).isZero();
        assertThat(output).contains("revenue.png and revenue.pdf in");
        assertThat(ImageIO.read(out.resolve("revenue.png").toFile()).getWidth()).isPositive();
        assertThat(Files.readAllBytes(out.resolve("revenue.pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    /** The stable API (README "Embedding"): a package exported to everyone is a promise, so a new one is a decision. */
    static final List<String> STABLE_API = List.of("dev.plotpress", "dev.plotpress.data", "dev.plotpress.export",
            "dev.plotpress.model", "dev.plotpress.render");

    @Test
    void coreExportsExactlyTheStableApiToEveryone() {
        assertThat(CORE.getDescriptor().isAutomatic()).isFalse();
        assertThat(CORE.getDescriptor().exports().stream().filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source).sorted().toList())
                .containsExactlyElementsOf(STABLE_API);
    }

    @Test
    void coreExportsItsInternalsOnlyToPlotpressModulesThatUseThemAndTheRendererToNone() {
        Map<String, Set<String>> qualified = CORE.getDescriptor().exports().stream().filter(ModuleDescriptor.Exports::isQualified)
                .collect(Collectors.toMap(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets));
        assertThat(qualified).isEqualTo(Map.of(
                "dev.plotpress.spec", Set.of("dev.plotpress.cli", "dev.plotpress.server", "dev.plotpress.testing"),
                "dev.plotpress.compare", Set.of("dev.plotpress.cli", "dev.plotpress.testing"),
                "dev.plotpress.leak", Set.of("dev.plotpress.cli", "dev.plotpress.testing"),
                "dev.plotpress.internal.export", Set.of("dev.plotpress.pdf", "dev.plotpress.cli", "dev.plotpress.testing"),
                "dev.plotpress.internal.model", Set.of("dev.plotpress.cli")));

        Module self = MonthlyRevenue.class.getModule();
        for (String internal : List.of("dev.plotpress.spec", "dev.plotpress.compare", "dev.plotpress.leak",
                "dev.plotpress.transform", "dev.plotpress.internal.export", "dev.plotpress.internal.model",
                "dev.plotpress.internal.render")) {
            assertThat(CORE.getPackages()).as(internal).contains(internal);
            assertThat(CORE.isExported(internal, self)).as(internal).isFalse();
        }
    }

    @Test
    void javacRefusesAnInternalPackageToAModuleThatRequiresCore(@TempDir Path sources) throws IOException {
        String refused = compile(sources.resolve("internal"), "import dev.plotpress.spec.SpecReader;");
        String renderer = compile(sources.resolve("renderer"), "import dev.plotpress.internal.render.Renderer;");
        String accepted = compile(sources.resolve("stable"), "import dev.plotpress.Chart;");

        assertThat(accepted).isEmpty();
        assertThat(refused).contains("package dev.plotpress.spec is declared in module dev.plotpress.core, "
                + "which does not export it to module peek");
        assertThat(renderer).contains("package dev.plotpress.internal.render is declared in module dev.plotpress.core, "
                + "which does not export it");
    }

    /** Compiles module peek (requires dev.plotpress.core) with one import, on this test's module path; its errors. */
    private static String compile(Path folder, String importLine) throws IOException {
        Path moduleInfo = Files.writeString(Files.createDirectories(folder).resolve("module-info.java"),
                "module peek { requires dev.plotpress.core; }");
        Path peek = Files.writeString(Files.createDirectories(folder.resolve("peek")).resolve("Peek.java"),
                "package peek;\n" + importLine + "\nclass Peek {}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("--module-path", System.getProperty("jdk.module.path"),
                    "-d", folder.resolve("classes").toString());
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(moduleInfo, peek)).call();
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n"));
    }
}
