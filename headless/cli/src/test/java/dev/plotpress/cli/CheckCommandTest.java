package dev.plotpress.cli;

import dev.plotpress.compare.ImageInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code plotpress --headless check}: screenshot tests of specs against baseline images. */
class CheckCommandTest {
    private static final String BAR_SPEC = """
            kind: bar
            title: Sales
            data: {file: sales.csv}
            x: region
            y: [units]
            size: {width: 320, height: 240}
            style: {color: "#0072b2"}
            """;

    @TempDir
    Path dir;

    @Test
    void generatedBaselinesPassARerenderInHashMode() throws IOException {
        Path specs = specsFolder(BAR_SPEC);
        Path baselines = dir.resolve("baselines");

        CliRun generate = check(specs, baselines, "--generate");
        CliRun rerun = check(specs, baselines, "--hash");

        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(baselines.resolve("sales.png")).exists();
        assertThat(rerun.exitCode()).as(rerun.out() + rerun.err()).isZero();
        assertThat(rerun.out()).contains("PASS").contains("1 chart: ").contains("1 passed");
    }

    @Test
    void aChangedColourFailsWithADiffThatHighlightsTheBars() throws Exception {
        Path specs = specsFolder(BAR_SPEC);
        Path baselines = dir.resolve("baselines");
        check(specs, baselines, "--generate");
        Files.writeString(specs.resolve("sales.yaml"), BAR_SPEC.replace("#0072b2", "#d55e00"));

        CliRun run = check(specs, baselines, "--tolerance", "1", "--junit-xml", dir.resolve("junit.xml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.MISMATCH);
        assertThat(run.out()).contains("FAIL").contains("sales").contains("RMS");
        BufferedImage diff = ImageInput.read(dir.resolve("report/diff/sales.png"));
        BufferedImage baseline = ImageInput.read(baselines.resolve("sales.png"));
        int barPixels = 0;
        int highlighted = 0;
        for (int y = 0; y < baseline.getHeight(); y++) {
            for (int x = 0; x < baseline.getWidth(); x++) {
                if ((baseline.getRGB(x, y) & 0xFFFFFF) == 0x0072B2) {
                    barPixels++;
                    if (isMagenta(diff.getRGB(x, y))) {
                        highlighted++;
                    }
                }
            }
        }
        assertThat(barPixels).isGreaterThan(1000);
        assertThat(highlighted).as("bar pixels shown in magenta").isEqualTo(barPixels);
        assertThat(dir.resolve("report/index.html")).content().contains("sales").contains("diff/sales.png");
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("junit.xml").toFile())
                .getElementsByTagName("failure").getLength()).isEqualTo(1);
    }

    @Test
    void aMissingBaselineIsAFailureThatSaysHowToCreateIt() throws IOException {
        Path specs = specsFolder(BAR_SPEC);

        CliRun run = check(specs, dir.resolve("empty-baselines"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.MISMATCH);
        assertThat(run.out()).contains("no baseline").contains("--generate");
    }

    @Test
    void aBrokenSpecIsAnErrorAndTheOthersStillRun() throws IOException {
        Path specs = specsFolder(BAR_SPEC);
        Files.writeString(specs.resolve("broken.yaml"), "kind: bar\ndata: {file: nowhere.csv}\n");
        Path baselines = dir.resolve("baselines");
        check(specs.resolve("sales.yaml"), baselines, "--generate");

        CliRun run = check(specs, baselines);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).contains("ERROR").contains("nowhere.csv").contains("PASS").contains("sales");
    }

    /** The diff paints differences magenta, stronger where they are larger. */
    private static boolean isMagenta(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r > 150 && b > 150 && g < 100;
    }

    private CliRun check(Path specs, Path baselines, String... more) {
        String[] args = new String[5 + more.length];
        args[0] = "check";
        args[1] = specs.toString();
        args[2] = "--baseline";
        args[3] = baselines.toString();
        args[4] = "--report=" + dir.resolve("report");
        System.arraycopy(more, 0, args, 5, more.length);
        return CliRun.of(args);
    }

    private Path specsFolder(String spec) throws IOException {
        Path specs = Files.createDirectories(dir.resolve("specs"));
        Files.writeString(specs.resolve("sales.csv"), "region,units\nNorth,12\nSouth,7\nEast,15\nWest,9\n");
        Files.writeString(specs.resolve("sales.yaml"), spec);
        Files.writeString(specs.resolve("job.yaml"), "jobs: not a chart spec, so check passes it over\n");
        return specs;
    }
}
