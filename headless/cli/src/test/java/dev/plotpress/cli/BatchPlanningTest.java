package dev.plotpress.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything a batch can know about its outputs is checked before it draws anything: exit 2, nothing written. */
class BatchPlanningTest {
    @TempDir
    Path dir;

    @Test
    void twoJobsMappingToOneOutputAreRefusedUpFrontNamingBothJobsAndTheTemplate() throws IOException {
        threeCsvFiles();
        Path jobs = jobFile("data: {files: \"data/*.csv\"}\nspecs: [line.yaml]\noutput: \"{spec}.png\"\n");

        CliRun run = batch(jobs);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).startsWith("plotpress: error: " + jobs + ": output: '{spec}.png' gives 3 jobs the same file line.png")
                .contains("job 0 (a x line)", "job 1 (b x line)", "{key} or {stem}");
        assertThat(filesIn(dir.resolve("out"))).isZero();
    }

    @Test
    void dataFilesWithTheSameStemInTwoFoldersAreACollisionToo() throws IOException {
        threeCsvFiles();
        Files.createDirectories(dir.resolve("data/more"));
        Files.writeString(dir.resolve("data/more/a.csv"), "x,y\n1,2\n2,3\n");
        Path jobs = jobFile("data: {files: \"data/**.csv\"}\nspecs: [line.yaml]\noutput: \"{stem}.png\"\n");

        CliRun run = batch(jobs);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("gives 2 jobs the same file a.png", "(a x line)");
        assertThat(filesIn(dir.resolve("out"))).isZero();
    }

    @Test
    void anOutputExtensionPlotpressDoesNotWriteIsRefusedBeforeAnyRender() throws IOException {
        Path jobs = randomJob("{index}.gif", 3);

        CliRun run = batch(jobs);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("output: '{index}.gif' ends in '.gif', a format Plotpress does not write",
                ".png, .jpg, .svg, .pdf, .html or .uri");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aTemplateWithoutExtensionIsRefused() throws IOException {
        CliRun run = batch(randomJob("{index}", 3));

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("output: '{index}' has no extension");
    }

    @Test
    void outNamingAFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("out.png"), "x");

        CliRun run = CliRun.of("batch", randomJob("{index}.png", 2).toString(), "--out", file.toString(), "-q");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).isEqualTo("plotpress: error: --out " + file + ": is a file, not a folder; give a folder "
                + "for the outputs, e.g. --out charts");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aReadOnlyOutputFolderIsRefusedBeforeAnyRender() throws Exception {
        Path jobs = randomJob("{index}.png", 2);
        try (ScratchMount readOnly = ScratchMount.readOnly(dir.resolve("ro"))) {
            CliRun run = CliRun.of("batch", jobs.toString(), "--out", readOnly.folder().toString(), "-q");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(firstLine(run)).startsWith("plotpress: error: --out " + readOnly.folder() + ": cannot write there");
        }
    }

    @Test
    void aSymlinkInsideOutLeadingOutsideIsRefusedAndNothingIsWrittenThroughIt() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("sub"), outside);

        CliRun run = CliRun.of("batch", randomJob("sub/{index}.png", 2).toString(), "--out", out.toString(), "-q");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("output 'sub/0.png' would be written through " + out.toRealPath().resolve("sub"),
                "outside --out", "symbolic link");
        assertThat(filesIn(outside)).isZero();
    }

    @Test
    void anOutputThatIsASymlinkIsThatJobsFailureAndItsTargetIsLeftAlone() throws IOException {
        Path target = Files.writeString(dir.resolve("precious.txt"), "keep me");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("0.png"), target);

        CliRun run = CliRun.of("batch", randomJob("{index}.png", 2).toString(), "--out", out.toString(), "-q");

        assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(Files.isSymbolicLink(out.resolve("0.png"))).isTrue();
        assertThat(Files.readString(target)).isEqualTo("keep me");
        assertThat(out.resolve("1.png")).isRegularFile();
    }

    @Test
    void anOutFolderThatIsItselfASymlinkIsFollowedOnce() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);

        CliRun run = CliRun.of("batch", randomJob("{index}.png", 2).toString(), "--out", link.toString(), "-q");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(filesIn(real)).isEqualTo(2);
    }

    @Test
    void aJobCountNearTwoToTheSixtyThreeIsRefusedNeverZeroJobsWithExitZero() throws IOException {
        Files.writeString(dir.resolve("other.yaml"), "kind: heatmap\ndata: {random: {rows: 2, columns: 2, seed: 0}}\n");
        Path jobs = jobFile("data: {random: {count: 9223372036854775807, rows: 2, columns: 2, seed: 0}}\n"
                + "specs: [chart.yaml, other.yaml]\noutput: \"{index}_{spec}.png\"\n");

        CliRun run = batch(jobs);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("data.random.count", "9223372036854775807 tables would run past numpy's largest seed");
    }

    @Test
    void aSeedNearTwoToTheSixtyThreeIsRefusedAtItsLine() throws IOException {
        CliRun run = batch(jobFile("data: {random: {count: 3, rows: 2, columns: 2, seed: 9223372036854775806}}\n"
                + "specs: [chart.yaml]\noutput: \"{index}.png\"\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("jobs.yaml:1:", "data.random.seed: must be between 0 and 4294967295");
    }

    @Test
    void anUnknownKeyIsBadInputListingTheAllowedValues() throws IOException {
        CliRun run = batch(jobFile("data: {random: {count: 2, rows: 2, columns: 2, seed: 0}}\nspecs: [chart.yaml]\n"
                + "output: \"{key}.png\"\nkey: colour\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("key: unknown key 'colour'; use one of stem, index, uuid");
    }

    @Test
    void anEmptyJobFileIsAnsweredInPlotpressWords() throws IOException {
        CliRun run = batch(jobFile(""));

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("the job file is empty; give data, specs and output").doesNotContain("No content");
    }

    @Test
    void aRandomSourceWithoutSeedNamesTheMissingKey() throws IOException {
        CliRun run = batch(jobFile("data: {random: {count: 2, rows: 2, columns: 2}}\nspecs: [chart.yaml]\noutput: \"{index}.png\"\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("data.random: give count, rows, columns and seed", "missing: seed")
                .doesNotContain("Cannot map", "null");
    }

    @Test
    void aSecondYamlDocumentInAJobFileIsRefused() throws IOException {
        CliRun run = batch(jobFile("data: {random: {count: 2, rows: 2, columns: 2, seed: 0}}\nspecs: [chart.yaml]\n"
                + "output: \"{index}.png\"\n---\noutput: \"{key}.png\"\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("a second YAML document");
    }

    @Test
    void noMessagePrintsAJavaRecord() throws IOException {
        Files.writeString(dir.resolve("other.yaml"), "kind: heatmap\ndata: {random: {rows: 2, columns: 2, seed: 0}}\n");
        CliRun run = batch(jobFile("data: {random: {count: 2, rows: 2, columns: 2, seed: 0}}\n"
                + "specs: [chart.yaml, other.yaml]\noutput: \"{index}.png\"\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("output: '{index}.png' has no {spec}").doesNotContainPattern("[A-Z]\\w+\\[\\w+=");
    }

    private CliRun batch(Path jobs) {
        return CliRun.of("batch", jobs.toString(), "--out", dir.resolve("out").toString(), "-q");
    }

    static String firstLine(CliRun run) {
        return run.err().lines().findFirst().orElse("");
    }

    private void threeCsvFiles() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        for (String name : new String[] {"a", "b", "c"}) {
            Files.writeString(dir.resolve("data/" + name + ".csv"), "x,y\n1,2\n2,3\n");
        }
        Files.writeString(dir.resolve("line.yaml"), "kind: line\ndata: {file: data/a.csv}\nsize: {width: 4, height: 3, unit: in, dpi: 20}\n");
    }

    private Path randomJob(String template, int count) throws IOException {
        return jobFile("data: {random: {count: " + count + ", rows: 4, columns: 2, seed: 0}}\nspecs: [chart.yaml]\n"
                + "output: \"" + template + "\"\n");
    }

    private Path jobFile(String text) throws IOException {
        Files.writeString(dir.resolve("chart.yaml"), "kind: scatter\ndata: {random: {rows: 4, columns: 2, seed: 0}}\n"
                + "size: {width: 4, height: 3, unit: in, dpi: 20}\n");
        return Files.writeString(dir.resolve("jobs.yaml"), text);
    }

    private static long filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
