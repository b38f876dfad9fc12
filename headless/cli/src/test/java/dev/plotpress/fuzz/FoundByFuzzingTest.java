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
}
