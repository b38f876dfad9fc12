package dev.plotpress.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SoakCommandTest {
    @TempDir
    Path dir;

    @Test
    void soakWritesTheSamplesAndAChartOfMemoryAgainstChartsRendered() throws IOException {
        Path spec = Files.writeString(dir.resolve("heatmap.yaml"), """
                kind: heatmap
                data: {random: {rows: 4, columns: 8, seed: 0}, transform: correlation}
                size: {width: 8, height: 6, unit: in, dpi: 10}
                """);
        Path report = dir.resolve("soak.png");

        int exit = PlotpressCli.run("soak", spec.toString(), "--charts", "200", "--sample-every", "20", "--checkpoint-every", "40",
                "--threads", "2", "--report", report.toString(), "-q");

        assertThat(exit).isIn(ExitCode.OK, ExitCode.LEAK);
        List<String> csv = Files.readAllLines(dir.resolve("soak.csv"));
        assertThat(csv.get(0)).isEqualTo("charts,elapsed_ms,heap_after_gc_bytes,heap_committed_bytes,rss_bytes,after_full_gc");
        assertThat(csv).as("a sample every 20 charts").hasSize(11);
        assertThat(csv.get(10)).startsWith("200,").endsWith(",true");
        assertThat(csv.stream().filter(l -> l.endsWith(",true"))).as("a full-GC checkpoint every 40 charts").hasSize(5);
        BufferedImage chart = ImageIO.read(report.toFile());
        assertThat(chart.getWidth()).isEqualTo(1000);
        assertThat(chart.getHeight()).isEqualTo(600);
    }

    @Test
    void attributeAndFlameReportWhatTheChartsKeepAndWhereTheirBytesAreAllocated() throws IOException {
        Path spec = Files.writeString(dir.resolve("heatmap.yaml"), """
                kind: heatmap
                data: {random: {rows: 4, columns: 8, seed: 0}, transform: correlation}
                size: {width: 8, height: 6, unit: in, dpi: 10}
                """);
        Path flame = dir.resolve("flame.html");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int exit;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            exit = PlotpressCli.run("soak", spec.toString(), "--charts", "200", "--report", dir.resolve("soak.png").toString(),
                    "--attribute", "--flame", flame.toString(), "-q");
        } finally {
            System.setOut(stdout);
        }

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isIn(ExitCode.OK, ExitCode.LEAK);
        assertThat(printed).containsPattern("(?m)^(FLAT|LEAK): live heap ").containsPattern("(?m)^kept: .* per chart, ");
        String page = Files.readString(flame);
        assertThat(page).startsWith("<!DOCTYPE html>")
                .contains("<h1>Plotpress soak: bytes allocated by heatmap.yaml</h1>")
                // allocation samples are throttled and weighted by size, so which frames below Exporter.image a short
                // soak catches varies from run to run: the drawing's (ours or JFreeChart's) or the encoder's
                .as("frames of the render path").satisfies(html -> assertThat(frames(html))
                        .contains("dev/plotpress/export/Exporter.image")
                        .anyMatch(frame -> frame.startsWith("dev/plotpress/internal/") || frame.startsWith("org/jfree/chart/")));
    }

    @Test
    void aMissingSpecIsBadInput() {
        assertThat(PlotpressCli.run("soak", dir.resolve("none.yaml").toString(), "--charts", "10",
                "--report", dir.resolve("soak.png").toString())).isEqualTo(ExitCode.BAD_INPUT);
    }

    /**
     * The frame names of a flame graph page: its {@code cpool} table writes each name as the length of the prefix it
     * shares with the one before (a character, from ' ' for none) and the rest, so names must be decoded to be found.
     */
    private static java.util.List<String> frames(String html) {
        String table = html.substring(html.indexOf("const cpool = [") + "const cpool = [".length());
        table = table.substring(0, table.indexOf("];"));
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'").matcher(table);
        java.util.List<String> names = new java.util.ArrayList<>();
        while (quoted.find()) {
            String entry = quoted.group(1);
            names.add(names.isEmpty() ? entry
                    : names.get(names.size() - 1).substring(0, entry.charAt(0) - ' ') + entry.substring(1));
        }
        return names;
    }
}
