package dev.plotpress.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BatchCommandTest {
    @TempDir
    Path dir;

    @Test
    void exitCodeIsZeroWhenEveryChartIsWritten() throws IOException {
        Path jobs = jobFile(3);

        assertThat(PlotpressCli.run("batch", jobs.toString(), "--out", dir.resolve("out").toString(), "-q")).isEqualTo(ExitCode.OK);
        assertThat(pngs(dir.resolve("out"))).hasSize(3);
    }

    @Test
    void exitCodeIsThreeWhenSomeChartsFailed() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/good.csv"), "x,y\n1,2\n2,3\n");
        Files.writeString(dir.resolve("data/empty.csv"), "");
        Files.writeString(dir.resolve("line.yaml"), "kind: line\ndata: {file: data/good.csv}\n"
                + "size: {width: 4, height: 3, unit: in, dpi: 20}\n");
        Path jobs = Files.writeString(dir.resolve("jobs.yaml"), "data: {files: \"data/*.csv\"}\nspecs: [line.yaml]\n"
                + "output: \"{stem}.png\"\n");

        assertThat(PlotpressCli.run("batch", jobs.toString(), "--out", dir.resolve("out").toString(), "-q"))
                .isEqualTo(ExitCode.SOME_FAILED);
        assertThat(dir.resolve("out/good.png")).exists();
    }

    @Test
    void aBadJobFileIsBadInputAndNothingRuns() throws IOException {
        Path jobs = Files.writeString(dir.resolve("jobs.yaml"), "data: {random: {count: 2, rows: 4, columns: 2, seed: 0}}\n"
                + "specs: [x.yaml]\noutput: \"../{index}.png\"\n");

        assertThat(PlotpressCli.run("batch", jobs.toString(), "--out", dir.resolve("out").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aBatchKilledWithSigkillAndRerunWithResumeEndsWithEveryImageCorrectAndNoneRenderedTwice() throws Exception {
        Path jobs = jobFile(400);
        Path out = dir.resolve("out");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), PlotpressCli.class.getName(),
                "batch", jobs.toString(), "--out", out.toString(), "--threads", "2", "-q")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (pngs(out).size() < 20 && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(20);
        }
        child.destroyForcibly();   // SIGKILL on Linux: no shutdown hooks, no cleanup
        child.waitFor(10, TimeUnit.SECONDS);
        Set<Path> completeBeforeRerun = new HashSet<>(pngs(out));
        assertThat(completeBeforeRerun).as("the child was killed mid-batch").hasSizeBetween(20, 399);

        Path report = dir.resolve("report.json");
        int exit = PlotpressCli.run("batch", jobs.toString(), "--out", out.toString(), "--resume", "--report", report.toString(), "-q");

        assertThat(exit).isEqualTo(ExitCode.OK);
        List<Path> all = pngs(out);
        assertThat(all).hasSize(400);
        for (Path png : all) {
            assertThat(ImageIO.read(png.toFile())).as(png.toString()).isNotNull();
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        Set<Path> skipped = new HashSet<>();
        Set<Path> written = new HashSet<>();
        for (JsonNode job : new ObjectMapper().readTree(report.toFile()).get("jobs")) {
            Path output = Path.of(job.get("output").asText());
            (job.get("status").asText().equals("skipped") ? skipped : written).add(output);
        }
        assertThat(skipped).isEqualTo(completeBeforeRerun);
        assertThat(written).doesNotContainAnyElementsOf(completeBeforeRerun).hasSize(400 - completeBeforeRerun.size());
    }

    private Path jobFile(int tables) throws IOException {
        Files.writeString(dir.resolve("scatter_matrix.yaml"), """
                kind: scatter-matrix
                data: {random: {rows: 4, columns: 3, seed: 0}}
                size: {width: 6, height: 4, unit: in, dpi: 20}
                """);
        return Files.writeString(dir.resolve("jobs.yaml"), """
                data: {random: {count: %d, rows: 4, columns: 3, seed: 0}}
                specs: [scatter_matrix.yaml]
                output: "{index}_{spec}.png"
                """.formatted(tables));
    }

    private static List<Path> pngs(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList());
        }
    }
}
