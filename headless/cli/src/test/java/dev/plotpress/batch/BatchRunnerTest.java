package dev.plotpress.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plotpress.internal.export.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BatchRunnerTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    @Test
    void everyJobBecomesACompletePngAndTheReportListsThemWithTotals() throws IOException {
        JobFile jobs = JobFileReader.read(jobFile(6));
        Path out = dir.resolve("out");
        Path report = dir.resolve("report.json");

        BatchTotals totals = new BatchRunner(BatchOptions.defaults(out).withThreads(2).withReport(report), quietLog())
                .run(jobs, new Progress.Silent());

        assertThat(totals.written()).isEqualTo(12);
        assertThat(totals.failed()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            List<Path> pngs = files.sorted().toList();
            assertThat(pngs).hasSize(12);
            for (Path png : pngs) {
                assertThat(Files.readAllBytes(png)).startsWith(PNG_SIGNATURE);
            }
        }
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("jobs")).hasSize(12);
        JsonNode first = json.get("jobs").get(0);
        assertThat(Path.of(first.get("output").asText())).exists();
        assertThat(first.get("bytes").asLong()).isEqualTo(Files.size(Path.of(first.get("output").asText())));
        assertThat(first.get("ms").asLong()).isNotNegative();
        assertThat(first.get("error").isNull()).isTrue();
        assertThat(json.get("totals").get("written").asLong()).isEqualTo(12);
        assertThat(json.get("totals").get("bytes").asLong()).isEqualTo(totals.bytes());
    }

    @Test
    void aFailingJobIsNamedWithItsReasonAndTheOthersAreStillWritten() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/a.csv"), "x,y\n1,2\n2,3\n3,1\n");
        Files.writeString(dir.resolve("data/b_broken.csv"), "");
        Files.writeString(dir.resolve("data/c.csv"), "x,y\n1,2\n2,5\n3,4\n");
        Files.writeString(dir.resolve("line.yaml"), """
                kind: line
                data: {file: data/a.csv}
                size: {width: 4, height: 3, unit: in, dpi: 20}
                """);
        Path job = Files.writeString(dir.resolve("jobs.yaml"), """
                data: {files: "data/*.csv"}
                specs: [line.yaml]
                output: "{stem}.png"
                """);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Path report = dir.resolve("report.json");

        BatchTotals totals = new BatchRunner(BatchOptions.defaults(dir.resolve("out")).withReport(report),
                new PrintStream(log, true, StandardCharsets.UTF_8)).run(JobFileReader.read(job), new Progress.Silent());

        assertThat(totals.written()).isEqualTo(2);
        assertThat(totals.failed()).isEqualTo(1);
        assertThat(dir.resolve("out/a.png")).exists();
        assertThat(dir.resolve("out/c.png")).exists();
        assertThat(dir.resolve("out/b_broken.png")).doesNotExist();
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("job 1 (b_broken x line) failed: ").contains("b_broken.csv");
        JsonNode failed = new ObjectMapper().readTree(report.toFile()).get("jobs").findValues("status").stream()
                .filter(s -> s.asText().equals("failed")).findFirst().orElseThrow();
        assertThat(failed).isNotNull();
    }

    @Test
    void theReportKeepsEachJobsWarnings() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/a.csv"), "x,y\n1,2\n2,0\n3,1\n");
        Files.writeString(dir.resolve("data/b.csv"), "x,y\n1,2\n2,5\n3,4\n");
        Files.writeString(dir.resolve("log.yaml"), """
                kind: line
                data: {file: data/a.csv}
                axes: {logY: true}
                size: {width: 4, height: 3, unit: in, dpi: 20}
                """);
        Path job = Files.writeString(dir.resolve("jobs.yaml"), """
                data: {files: "data/*.csv"}
                specs: [log.yaml]
                output: "{stem}.png"
                """);
        Path report = dir.resolve("report.json");

        BatchTotals totals = new BatchRunner(BatchOptions.defaults(dir.resolve("out")).withReport(report), quietLog())
                .run(JobFileReader.read(job), new Progress.Silent());

        assertThat(totals.written()).isEqualTo(2);
        JsonNode jobs = new ObjectMapper().readTree(report.toFile()).get("jobs");
        JsonNode a = jobs.get(0).get("name").asText().startsWith("a") ? jobs.get(0) : jobs.get(1);
        JsonNode b = a == jobs.get(0) ? jobs.get(1) : jobs.get(0);
        assertThat(a.get("warnings")).hasSize(1);
        assertThat(a.get("warnings").get(0).asText()).endsWith("a.csv: 1 of 3 rows have y <= 0 and are not on the log y axis");
        assertThat(b.has("warnings")).isFalse();
    }

    @Test
    void failFastStopsStartingJobsAfterTheFirstFailure() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/a_broken.csv"), "");
        for (int i = 0; i < 30; i++) {
            Files.writeString(dir.resolve("data/b" + i + ".csv"), "x,y\n1,2\n2,3\n");
        }
        Files.writeString(dir.resolve("line.yaml"), "kind: line\nsize: {width: 4, height: 3, unit: in, dpi: 20}\n"
                + "data: {file: data/a_broken.csv}\n");
        Path job = Files.writeString(dir.resolve("jobs.yaml"), "data: {files: \"data/*.csv\"}\nspecs: [line.yaml]\n"
                + "output: \"{stem}.png\"\n");

        BatchTotals totals = new BatchRunner(BatchOptions.defaults(dir.resolve("out")).withThreads(1).withFailFast(true),
                quietLog()).run(JobFileReader.read(job), new Progress.Silent());

        assertThat(totals.failed()).isEqualTo(1);
        assertThat(totals.jobs()).isLessThan(31);
    }

    @Test
    void resumeSkipsCompleteOutputsRendersTheRestAndRemovesLeftoverTemporaryFiles() throws IOException {
        JobFile jobs = JobFileReader.read(jobFile(5));
        Path out = dir.resolve("out");
        new BatchRunner(BatchOptions.defaults(out), quietLog()).run(jobs, new Progress.Silent());
        List<Path> all;
        try (Stream<Path> files = Files.list(out)) {
            all = files.sorted().toList();
        }
        Files.delete(all.get(3));
        Files.delete(all.get(7));
        FileTime old = FileTime.fromMillis(1_000_000_000L);
        for (Path p : all) {
            if (Files.exists(p)) {
                Files.setLastModifiedTime(p, old);
            }
        }
        Path leftover = Files.writeString(out.resolve(OutputFile.TEMP_PREFIX + "12345.tmp"), "half a png");

        BatchTotals totals = new BatchRunner(BatchOptions.defaults(out).withResume(true), quietLog())
                .run(jobs, new Progress.Silent());

        assertThat(totals.written()).isEqualTo(2);
        assertThat(totals.skipped()).isEqualTo(8);
        assertThat(leftover).doesNotExist();
        List<Path> rewritten = new ArrayList<>();
        for (Path p : all) {
            assertThat(p).exists();
            if (!Files.getLastModifiedTime(p).equals(old)) {
                rewritten.add(p);
            }
        }
        assertThat(rewritten).containsExactly(all.get(3), all.get(7));
    }

    @Test
    void shardsTogetherRenderEveryJobExactlyOnce() throws IOException {
        JobFile jobs = JobFileReader.read(jobFile(7));
        Path out = dir.resolve("out");
        List<Path> reports = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Path report = dir.resolve("report" + k + ".json");
            reports.add(report);
            new BatchRunner(BatchOptions.defaults(out).withShard(new Shard(k, 3)).withReport(report), quietLog())
                    .run(jobs, new Progress.Silent());
        }

        List<String> outputs = new ArrayList<>();
        for (Path report : reports) {
            new ObjectMapper().readTree(report.toFile()).get("jobs").forEach(j -> outputs.add(j.get("output").asText()));
        }
        assertThat(outputs).hasSize(14).doesNotHaveDuplicates();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.count()).isEqualTo(14);
        }
    }

    @Test
    void theMemoryProfileHasAHeaderAndASampleEveryKCharts() throws IOException {
        Path csv = dir.resolve("mem.csv");
        new BatchRunner(BatchOptions.defaults(dir.resolve("out")).withMemoryProfile(csv, 4), quietLog())
                .run(JobFileReader.read(jobFile(6)), new Progress.Silent());

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("charts,elapsed_ms,heap_after_gc_bytes,heap_committed_bytes,rss_bytes,after_full_gc");
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.split(",")[0])
                .containsExactly("0", "4", "8", "12");
        String[] last = lines.get(lines.size() - 1).split(",");
        assertThat(Long.parseLong(last[3])).isPositive();
        assertThat(Long.parseLong(last[4])).as("RSS from /proc/self/status").isGreaterThan(10_000_000L);
    }

    private Path jobFile(int tables) throws IOException {
        Files.writeString(dir.resolve("scatter_matrix.yaml"), """
                kind: scatter-matrix
                data: {random: {rows: 4, columns: 3, seed: 0}}
                size: {width: 6, height: 4, unit: in, dpi: 20}
                """);
        Files.writeString(dir.resolve("correlation_heatmap.yaml"), """
                kind: heatmap
                data: {random: {rows: 4, columns: 3, seed: 0}, transform: correlation}
                size: {width: 4, height: 3, unit: in, dpi: 20}
                """);
        return Files.writeString(dir.resolve("jobs.yaml"), """
                data: {random: {count: %d, rows: 4, columns: 3, seed: 0}}
                specs: [scatter_matrix.yaml, correlation_heatmap.yaml]
                output: "{index}_{spec}.png"
                """.formatted(tables));
    }

    private static PrintStream quietLog() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
