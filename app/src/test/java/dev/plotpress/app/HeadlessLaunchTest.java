package dev.plotpress.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headless guarantee, end to end: the real launcher, in its own JVM with no DISPLAY, renders a chart
 * with --headless, and its class-loading log shows that no JavaFX class and no window-toolkit class was
 * ever loaded, although JavaFX is on the class path. (On Linux, headless Java2D still loads
 * {@code sun.awt.X11FontManager} and {@code sun.awt.X11GraphicsEnvironment}: fontconfig font lookup and the
 * graphics environment behind the headless wrapper, no connection to a display. The toolkit and its windows
 * live in the package {@code sun.awt.X11}, which must stay unloaded.)
 */
class HeadlessLaunchTest {
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    private static final Pattern WINDOW_CLASSES = Pattern.compile(
            "\\b(javafx\\.|com\\.sun\\.javafx\\.|com\\.sun\\.glass\\.|com\\.sun\\.prism\\.|sun\\.awt\\.X11\\.|sun\\.lwawt\\."
                    + "|sun\\.awt\\.windows\\.|java\\.awt\\.Window\\b|java\\.awt\\.Frame\\b)");

    @Test
    void headlessRenderLoadsNoJavaFxAndNoWindowToolkit(@TempDir Path out) throws IOException, InterruptedException {
        Path png = out.resolve("scatter.png");
        Path classLog = out.resolve("classes.log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classLog,
                "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--headless", "render",
                EXAMPLES.resolve("scatter_matrix.yaml").toString(), "-o", png.toString());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.redirectErrorStream(true).redirectOutput(out.resolve("output.txt").toFile());

        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();

        String output = Files.readString(out.resolve("output.txt"));
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1200);
        List<String> loaded = Files.readAllLines(classLog);
        assertThat(loaded).as("class-load log").hasSizeGreaterThan(500)
                .anyMatch(line -> line.contains("org.jfree.chart.JFreeChart "));
        assertThat(loaded).filteredOn(line -> WINDOW_CLASSES.matcher(line).find()).isEmpty();
        assertThat(System.getProperty("java.class.path")).as("JavaFX is on the class path, just never loaded")
                .containsPattern("javafx-(base|graphics)");
    }

    @Test
    void theViewerWithoutAScreenSaysHowToDrawInsteadInOneLine(@TempDir Path out) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), EXAMPLES.resolve("scatter_matrix.yaml").toString());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.redirectErrorStream(true).redirectOutput(out.resolve("output.txt").toFile());

        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readAllLines(out.resolve("output.txt"))).containsExactly("plotpress: error: the viewer needs a "
                + "screen, and DISPLAY is not set; draw to a file with --headless render SPEC -o FILE, or run the viewer under xvfb-run");
    }
}
