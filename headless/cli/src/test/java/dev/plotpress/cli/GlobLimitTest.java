package dev.plotpress.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job file's glob may ask for the whole machine ({@code /**.csv}): the walk stops at the globEntries limit with how
 * to narrow it, before anything is drawn. Run in its own JVM, since limits are read once when a JVM starts.
 */
class GlobLimitTest {
    @TempDir
    Path dir;

    @Test
    void aGlobThatLooksThroughMoreThanTheLimitIsRefusedBeforeAnythingIsDrawn() throws IOException, InterruptedException {
        Path data = Files.createDirectories(dir.resolve("data/deep/er"));
        for (int i = 0; i < 60; i++) {
            Files.writeString(data.resolve(i + ".txt"), "not a csv");
        }
        Files.writeString(dir.resolve("chart.yaml"), "kind: scatter\ndata: {random: {rows: 4, columns: 2, seed: 0}}\n");
        Path jobs = Files.writeString(dir.resolve("jobs.yaml"), "data: {files: \"data/**.csv\"}\nspecs: [chart.yaml]\noutput: \"{stem}.svg\"\n");

        BatchFaultsTest.Child child = BatchFaultsTest.Child.start(dir, List.of("-Dplotpress.limits=globEntries=50"),
                "batch", jobs.toString(), "--out", dir.resolve("out").toString());
        int code = child.waitFor(60);

        assertThat(code).as(child.log()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(child.log()).contains("plotpress: error: data.files: data/**.csv: 51 files and folders looked through "
                + "for a glob is over the limit of 50 (globEntries); narrow the glob (a ** under a large folder looks "
                + "through all of it), or raise the limit with PLOTPRESS_LIMITS=globEntries=51");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
