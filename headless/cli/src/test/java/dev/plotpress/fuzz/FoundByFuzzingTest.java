package dev.plotpress.fuzz;

import dev.plotpress.batch.JobFileReader;
import dev.plotpress.model.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Inputs the fuzzing found to escape as another exception than BadInputException, kept as regression cases. */
class FoundByFuzzingTest {
    @TempDir
    Path dir;

    /** ReaderFuzzTest.jobFilesAreReadOrRefused: an unclosed '[' in a glob was a PatternSyntaxException (exit 1). */
    @Test
    void aGlobWithAnUnclosedBracketIsBadInput() throws IOException {
        Files.writeString(dir.resolve("chart.yaml"), "kind: scatter\ndata: {random: {rows: 4, columns: 2, seed: 0}}\n");
        Path jobs = Files.writeString(dir.resolve("jobs.yaml"),
                "data: {files: \"[data/*.csv\"}\nspecs: [chart.yaml]\noutput: \"{stem}.svg\"\n");

        assertThatThrownBy(() -> JobFileReader.read(jobs)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("data.files: '[data/*.csv' is not a valid glob");
    }

    /** ReaderFuzzTest.jobFilesAreReadOrRefused: a glob over a folder holding one that cannot be listed (/proc) was an UncheckedIOException. */
    @Test
    void aGlobOverAFolderThatCannotBeListedIsBadInput() throws IOException {
        Path unlistable = Path.of("/proc/1/task/1/fdinfo");
        boolean denied;
        try (var files = Files.list(unlistable)) {
            denied = false;
        } catch (IOException e) {
            denied = e instanceof java.nio.file.AccessDeniedException;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(denied, "this machine lets us list " + unlistable);
        Files.writeString(dir.resolve("chart.yaml"), "kind: scatter\ndata: {random: {rows: 4, columns: 2, seed: 0}}\n");
        Path jobs = Files.writeString(dir.resolve("jobs.yaml"),
                "data: {files: \"/proc/1/task/**.csv\"}\nspecs: [chart.yaml]\noutput: \"{stem}.svg\"\n");

        assertThatThrownBy(() -> JobFileReader.read(jobs)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("data.files: /proc/1/task/**.csv: cannot list /proc/1/task/1/fdinfo (AccessDeniedException)");
    }

    /** ReaderFuzzTest.jobFilesAreReadOrRefused: "../*.csv" walked every folder under the parent (over 5 s in /tmp). */
    @Test
    void aGlobLooksOnlyAsDeepAsItReaches() throws IOException {
        Path jobFolder = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobFolder.resolve("chart.yaml"), "kind: scatter\ndata: {random: {rows: 4, columns: 2, seed: 0}}\n");
        Files.writeString(dir.resolve("top.csv"), "x,y\n1,2\n");
        Path deep = Files.createDirectories(dir.resolve("a/b/c"));
        Files.writeString(deep.resolve("deep.csv"), "x,y\n1,2\n");
        Path jobs = Files.writeString(jobFolder.resolve("jobs.yaml"),
                "data: {files: \"../*.csv\"}\nspecs: [chart.yaml]\noutput: \"{stem}.svg\"\n");

        var read = JobFileReader.read(jobs);

        org.assertj.core.api.Assertions.assertThat(read.jobCount()).as("top.csv only, not a/b/c/deep.csv").isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(read.outputName(0)).isEqualTo("top.svg");
    }

    /** ReaderFuzzTest.jobFilesAreReadOrRefused: a NUL character in a glob or a spec path was an InvalidPathException. */
    @Test
    void aNulCharacterInAGlobOrASpecPathIsBadInput() throws IOException {
        Files.writeString(dir.resolve("chart.yaml"), "kind: scatter\ndata: {random: {rows: 4, columns: 2, seed: 0}}\n");
        Path glob = Files.writeString(dir.resolve("glob.yaml"),
                "data: {files: \"\\0data/*.csv\"}\nspecs: [chart.yaml]\noutput: \"{stem}.svg\"\n");
        Path spec = Files.writeString(dir.resolve("spec.yaml"),
                "data: {random: {count: 1, rows: 4, columns: 2, seed: 0}}\nspecs: [\"ch\\0art.yaml\"]\noutput: \"{index}.svg\"\n");

        assertThatThrownBy(() -> JobFileReader.read(glob)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("data.files: '\\0data/*.csv' is not a file path (Nul character not allowed)");
        assertThatThrownBy(() -> JobFileReader.read(spec)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("specs: 'ch\\0art.yaml' is not a file path (Nul character not allowed)");
    }
}
