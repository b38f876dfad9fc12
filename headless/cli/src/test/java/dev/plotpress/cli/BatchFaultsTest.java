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
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch's promises under faults, with the real CLI in a child JVM: stopped by SIGTERM, SIGINT or SIGKILL
 * at a random point, out of memory in a worker, out of disk; after each, the report is valid JSON that agrees
 * with the files, and a rerun with --resume leaves every output complete and valid, each drawn once.
 */
class BatchFaultsTest {
    private static final int JOBS = 300;
    private static final long SEED = Long.getLong("plotpress.faultSeed", System.nanoTime());

    @TempDir
    Path dir;

    @Test
    void sigtermStopsCleanlyWithAValidReportAndTheSummaryAndResumeFinishesTheRest() throws Exception {
        stopAndResume("TERM", 143);
    }

    @Test
    void sigintStopsCleanlyWithAValidReportAndTheSummaryAndResumeFinishesTheRest() throws Exception {
        stopAndResume("INT", 130);
    }

    @Test
    void sigkillLeavesTheLastValidReportAndResumeFinishesTheRest() throws Exception {
        stopAndResume("KILL", 137);
    }

    @Test
    void anOutOfMemoryErrorInOneWorkerIsThatJobsFailureAndTheReportCountsEveryJob() throws Exception {
        Files.writeString(dir.resolve("small.yaml"), "kind: scatter\ndata: {random: {rows: 4, columns: 2, seed: 0}}\n"
                + "size: {width: 120, height: 80, unit: px}\n");
        Files.writeString(dir.resolve("huge.yaml"), "kind: scatter\ndata: {random: {rows: 4, columns: 2, seed: 0}}\n"
                + "size: {width: 9000, height: 9000, unit: px}\n");
        Path jobs = Files.writeString(dir.resolve("jobs.yaml"), "data: {random: {count: 3, rows: 4, columns: 2, seed: 0}}\n"
                + "specs: [small.yaml, huge.yaml]\noutput: \"{index}_{spec}.png\"\n");
        Path report = dir.resolve("report.json");

        Child child = Child.start(dir, List.of("-Xmx200m"), "batch", jobs.toString(), "--out", dir.resolve("out").toString(),
                "--threads", "1", "--report", report.toString(), "-q");

        assertThat(child.waitFor(120)).isEqualTo(ExitCode.SOME_FAILED);
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("jobs")).hasSize(6);
        assertThat(json.get("totals").get("written").asLong()).isEqualTo(3);
        assertThat(json.get("totals").get("failed").asLong()).isEqualTo(3);
        for (JsonNode job : json.get("jobs")) {
            if (job.get("name").asText().endsWith("huge")) {
                assertThat(job.get("error").asText()).startsWith("out of memory drawing this chart")
                        .contains("PLOTPRESS_JAVA_OPTS=-Xmx");
            }
        }
        assertThat(child.log()).doesNotContain("Exception in thread");
    }

    @Test
    void renderRunningOutOfHeapIsExitTwoSayingWhatToDoNotABug() throws Exception {
        Path spec = Files.writeString(dir.resolve("big.yaml"), "kind: scatter\ndata: {random: {rows: 4, columns: 2, seed: 0}}\n"
                + "size: {width: 9000, height: 9000, unit: px}\n");

        Child child = Child.start(dir, List.of("-Xmx128m"), "render", spec.toString(), "-o", dir.resolve("big.png").toString());

        assertThat(child.waitFor(60)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(child.log().lines().findFirst().orElse("")).isEqualTo("plotpress: error: out of memory (the Java heap is at "
                + "most 128 MiB); draw a smaller chart (size, dpi, fewer rows or columns) or give Java more memory, e.g. "
                + "PLOTPRESS_JAVA_OPTS=-Xmx4g");
        assertThat(dir.resolve("big.png")).doesNotExist();
    }

    @Test
    void aFullDiskUnderTheOutputsStopsTheBatchWithValidJsonAndResumeFinishesOnceThereIsRoom() throws Exception {
        Path jobs = jobFile(JOBS);
        Path out = dir.resolve("out");
        Path report = dir.resolve("report.json");
        try (ScratchMount tiny = ScratchMount.tiny(out, 96)) {
            Child child = Child.start(dir, List.of(), "batch", jobs.toString(), "--out", out.toString(), "--threads", "2",
                    "--report", report.toString(), "-q");

            assertThat(child.waitFor(120)).isEqualTo(ExitCode.SOME_FAILED);
            assertThat(child.log()).contains("No space left on device", "not run (stopped: no space left")
                    .doesNotContain("Exception in thread", "\tat ");
            JsonNode json = new ObjectMapper().readTree(report.toFile());
            assertThat(json.get("complete").asBoolean()).isFalse();
            assertAgreesWithFiles(json, out);
            List<Path> before = pngs(out);
            try (Stream<Path> all = Files.list(out)) {
                assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
            copyOut(out, dir.resolve("roomy"));
            Set<Path> done = new HashSet<>(pngs(dir.resolve("roomy")));
            assertThat(done).hasSize(before.size());
            tiny.close();
            resumeAndCheck(jobs, dir.resolve("roomy"), relative(done, dir.resolve("roomy")));
        }
    }

    @Test
    void aFullDiskUnderTheReportIsAClearErrorAndTheReportStaysValidJson() throws Exception {
        Path jobs = jobFile(JOBS);
        Path reports = dir.resolve("reports");
        try (ScratchMount tiny = ScratchMount.tiny(reports, 48)) {
            Path report = reports.resolve("report.json");
            Child child = Child.start(dir, List.of(), "batch", jobs.toString(), "--out", dir.resolve("out").toString(),
                    "--threads", "2", "--report", report.toString(), "-q");

            assertThat(child.waitFor(120)).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(child.log()).contains("plotpress: error: " + report + ": cannot write the report (No space left on device)")
                    .doesNotContain("Exception in thread", "\tat ");
            JsonNode json = new ObjectMapper().readTree(report.toFile());
            assertThat(json.get("jobs").size()).isEqualTo(json.get("totals").get("jobs").asInt());
        }
    }

    private void stopAndResume(String signal, int expectedExit) throws Exception {
        Random random = new Random(SEED);
        int stopAfter = 5 + random.nextInt(JOBS / 2);
        Path jobs = jobFile(JOBS);
        Path out = dir.resolve("out");
        Path report = dir.resolve("report.json");
        Child child = Child.start(dir, List.of(), "batch", jobs.toString(), "--out", out.toString(), "--threads", "2",
                "--report", report.toString(), "-q");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (pngs(out).size() < stopAfter && System.nanoTime() < deadline && child.process.isAlive()) {
            Thread.sleep(5);
        }
        child.signal(signal);
        int exit = child.waitFor(30);

        String seed = "seed " + SEED + " (rerun with -Dplotpress.faultSeed=" + SEED + "), stopped after " + stopAfter;
        assertThat(exit).as(seed).isEqualTo(expectedExit);
        if (!signal.equals("KILL")) {
            assertThat(child.log()).as(seed).contains("not run (stopped: SIGTERM or SIGINT; rerun with --resume to finish)");
        }
        JsonNode json = new ObjectMapper().readTree(report.toFile());   // valid JSON, whatever the signal
        assertThat(json.get("complete").asBoolean()).as(seed).isFalse();
        assertAgreesWithFiles(json, out);
        Set<Path> done = new HashSet<>(pngs(out));
        assertThat(done).as(seed).hasSizeBetween(stopAfter, JOBS - 1);
        resumeAndCheck(jobs, out, relative(done, out));
    }

    /** --resume: every output complete and valid, the ones there before skipped, the rest drawn once. */
    private void resumeAndCheck(Path jobs, Path out, Set<Path> doneBefore) throws Exception {
        Path report = dir.resolve("resumed.json");
        Child rerun = Child.start(dir, List.of(), "batch", jobs.toString(), "--out", out.toString(), "--resume",
                "--report", report.toString(), "-q");
        assertThat(rerun.waitFor(120)).as(rerun.log()).isEqualTo(ExitCode.OK);
        List<Path> all = pngs(out);
        assertThat(all).hasSize(JOBS);
        for (Path png : all) {
            assertThat(ImageIO.read(png.toFile())).as(png.toString()).isNotNull();
        }
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("complete").asBoolean()).isTrue();
        Set<Path> skipped = new HashSet<>();
        Set<Path> written = new HashSet<>();
        for (JsonNode job : json.get("jobs")) {
            Path output = out.toRealPath().relativize(Path.of(job.get("output").asText()));
            assertThat((job.get("status").asText().equals("skipped") ? skipped : written).add(output)).isTrue();
        }
        assertThat(skipped).isEqualTo(doneBefore);
        assertThat(written).doesNotContainAnyElementsOf(doneBefore).hasSize(JOBS - doneBefore.size());
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** Every job the report calls written is a whole PNG on disk; the totals count the entries. */
    private static void assertAgreesWithFiles(JsonNode json, Path out) throws IOException {
        long written = 0;
        for (JsonNode job : json.get("jobs")) {
            if (job.get("status").asText().equals("written")) {
                written++;
                Path file = Path.of(job.get("output").asText());
                assertThat(file).exists();
                assertThat(Files.size(file)).isEqualTo(job.get("bytes").asLong());
                assertThat(ImageIO.read(file.toFile())).isNotNull();
            }
        }
        assertThat(json.get("totals").get("written").asLong()).isEqualTo(written);
        assertThat(json.get("totals").get("jobs").asLong()).isEqualTo(json.get("jobs").size());
        assertThat(pngs(out).size()).isGreaterThanOrEqualTo((int) written);
    }

    private Path jobFile(int tables) throws IOException {
        Files.writeString(dir.resolve("scatter.yaml"), """
                kind: scatter
                data: {random: {rows: 4, columns: 2, seed: 0}}
                size: {width: 6, height: 4, unit: in, dpi: 20}
                """);
        return Files.writeString(dir.resolve("jobs.yaml"), """
                data: {random: {count: %d, rows: 4, columns: 2, seed: 0}}
                specs: [scatter.yaml]
                output: "{index}_{spec}.png"
                """.formatted(tables));
    }

    private static Set<Path> relative(Set<Path> files, Path folder) {
        Set<Path> names = new HashSet<>();
        files.forEach(f -> names.add(folder.relativize(f)));
        return names;
    }

    private static void copyOut(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (Path png : pngs(from)) {
            Files.copy(png, to.resolve(png.getFileName()));
        }
    }

    static List<Path> pngs(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList());
        }
    }

    /** The headless CLI in its own JVM, its stdout and stderr in one log file. */
    record Child(Process process, Path logFile) {
        static Child start(Path dir, List<String> jvm, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1"));
            command.addAll(jvm);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), PlotpressCli.class.getName()));
            command.addAll(List.of(args));
            Path log = Files.createTempFile(dir, "child", ".log");
            return new Child(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(), log);
        }

        void signal(String name) throws IOException, InterruptedException {
            new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor(10, TimeUnit.SECONDS);
        }

        int waitFor(int seconds) throws InterruptedException {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the child did not end within " + seconds + " s: " + log());
            }
            return process.exitValue();
        }

        String log() {
            try {
                return Files.readString(logFile);
            } catch (IOException e) {
                return e.toString();
            }
        }
    }
}
