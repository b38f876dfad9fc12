package dev.plotpress.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code plotpress check --viewer}: screenshot tests of the real viewer window, run as a user runs them
 * (the launcher in its own JVM, under an X server of the test's own).
 */
class ViewerCheckTest {
    private static final String SPEC = """
            kind: bar
            title: Units by region
            data: {file: sales.csv}
            x: region
            y: [units]
            size: {width: 480, height: 320}
            style: {color: "#0072b2"}
            """;
    @RegisterExtension
    static final XvfbDisplay xvfb = new XvfbDisplay();

    @TempDir
    Path dir;



    @Test
    void generatedWindowBaselinesPassAgainAndAChangedColourFails() throws Exception {
        Path specs = Files.createDirectories(dir.resolve("specs"));
        Files.writeString(specs.resolve("sales.csv"), "region,units\nNorth,12\nSouth,7\nEast,15\nWest,9\n");
        Files.writeString(specs.resolve("sales.yaml"), SPEC);
        Path baselines = dir.resolve("window-baselines");

        Run generate = check(specs, baselines, "--generate");
        Run same = check(specs, baselines);
        Files.writeString(specs.resolve("sales.yaml"), SPEC.replace("#0072b2", "#d55e00"));
        Run changed = check(specs, baselines);

        assertThat(generate.exit).as(generate.output).isZero();
        BufferedImage window = ImageIO.read(baselines.resolve("sales.png").toFile());
        assertThat(window.getWidth() + "x" + window.getHeight()).isEqualTo(ViewerScreenshots.WINDOW_SIZE);
        assertThat(same.exit).as(same.output).isZero();
        assertThat(same.output).contains("PASS").contains("sales");
        assertThat(changed.exit).as(changed.output).isEqualTo(4);
        assertThat(changed.output).contains("FAIL").contains("RMS");
        assertThat(dir.resolve("report/diff/sales.png")).exists();
    }

    @Test
    void theHeadlessCheckRefusesViewerModeAndSaysHowToRunIt() throws Exception {
        Run run = launcher(List.of("--headless", "check", dir.toString(), "--baseline", dir.resolve("b").toString(), "--viewer"));

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.output).contains("without --headless").contains("xvfb-run");
    }

    private record Run(int exit, String output) {
    }

    private Run check(Path specs, Path baselines, String... more) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("check", "--viewer", specs.toString(), "--baseline",
                baselines.toString(), "--report", dir.resolve("report").toString()));
        args.addAll(List.of(more));
        return launcher(args);
    }

    private Run launcher(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", xvfb.name());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(output).isTrue();
        return new Run(process.exitValue(), output);
    }
}
