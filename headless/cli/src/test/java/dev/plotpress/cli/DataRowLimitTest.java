package dev.plotpress.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dataRows limit is enforced while a file is read: the read stops at the first row over the limit, so a file of
 * millions of rows is refused in a small heap, in the usual words. Limits are read once per JVM, so each case runs the
 * CLI in its own JVM with {@code -Dplotpress.limits=dataRows=N}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DataRowLimitTest {
    private static final String FIX = "use a sample of the rows, or raise the limit with PLOTPRESS_LIMITS=dataRows=N, "
            + "N at least the number of rows";

    @TempDir
    Path dir;

    /** 3,000,000 rows in two numeric columns need about 60 MB once read; the child has 32 MB, so it must stop early. */
    @Test
    void aCsvFileOverTheLimitIsRefusedAtTheFirstRowPastItWithoutReadingTheRest() throws Exception {
        Path csv = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("x,y\n");
            for (int i = 0; i < 3_000_000; i++) {
                out.write(i + "," + i * 0.5 + "\n");
            }
        }

        String log = render(1000, "kind: scatter\nx: x\ny: y\ndata: {file: big.csv}\n");

        assertThat(log).startsWith("plotpress: error: " + csv + ":1002: more than 1,000 rows in a data file is over the limit "
                + "of 1,000 (dataRows); " + FIX + "\n");
    }

    @Test
    void aJsonFileOverTheLimitIsRefusedWhileItIsStreamed() throws Exception {
        Path json = dir.resolve("big.json");
        try (BufferedWriter out = Files.newBufferedWriter(json)) {
            out.write("[\n");
            for (int i = 0; i < 3_000_000; i++) {
                out.write("{\"x\": " + i + ", \"y\": " + i * 0.5 + "},\n");
            }
            out.write("{\"x\": 0, \"y\": 0}\n]\n");
        }

        String log = render(1000, "kind: scatter\nx: x\ny: y\ndata: {file: big.json}\n");

        assertThat(log).startsWith("plotpress: error: " + json + ":1002: more than 1,000 rows in a data file is over the limit "
                + "of 1,000 (dataRows); " + FIX + "\n");
    }

    @Test
    void dataWrittenInTheSpecHasTheSameLimit() throws Exception {
        StringBuilder csv = new StringBuilder("x,y\\n");
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            csv.append(i).append(',').append(i).append("\\n");
            values.append(values.isEmpty() ? "" : ", ").append("{x: ").append(i).append(", y: ").append(i).append('}');
        }

        String inlineCsv = render(20, "kind: scatter\nx: x\ny: y\ndata: {csv: \"" + csv + "\"}\n");
        String inlineValues = render(20, "kind: scatter\nx: x\ny: y\ndata: {values: [" + values + "]}\n");

        assertThat(inlineCsv).startsWith("plotpress: error: data.csv:22: more than 20 rows in a data file is over the limit of 20 (dataRows)");
        assertThat(inlineValues).startsWith("plotpress: error: data.values:21: more than 20 rows in a data file is over the limit of 20 (dataRows)");
    }

    /** Renders {@code spec} in a JVM of 32 MB with {@code dataRows} as the limit; returns what it printed. */
    private String render(long dataRows, String spec) throws IOException, InterruptedException {
        Path specFile = Files.writeString(dir.resolve("spec.yaml"), spec);
        BatchFaultsTest.Child child = BatchFaultsTest.Child.start(dir, List.of("-Xmx32m", "-Dplotpress.limits=dataRows=" + dataRows),
                "render", specFile.toString(), "-o", dir.resolve("out.png").toString());
        int code = child.waitFor(60);
        String log = child.log();
        assertThat(code).as(log).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(dir.resolve("out.png")).doesNotExist();
        return log;
    }
}
