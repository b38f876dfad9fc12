package dev.plotpress.cli;

import dev.plotpress.data.ReadProgress;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** A long read shows the bytes of the file and the rows on a terminal, and leaves piped stderr (CI) untouched. */
class ReadProgressBarTest {
    @TempDir
    Path dir;

    @Test
    void theBarShowsTheFileTheMegabytesOfItsSizeAndTheRowsAndIsWipedAtTheEnd() throws InterruptedException {
        List<String> shown = new CopyOnWriteArrayList<>();
        ReadProgress progress = new ReadProgressBar(Duration.ZERO, () -> new DelegatingProgressBarConsumer(shown::add, 100));

        progress.read("/data/big.csv", 50L << 20, 200L << 20, 1_234_567);
        Thread.sleep(500);
        progress.finished();

        assertThat(shown).anySatisfy(line -> assertThat(line).contains("reading big.csv", " 25%", "50/200 MiB", "1,234,567 rows"));
        assertThat(shown.get(shown.size() - 1)).as("the last thing shown wipes the bar").isBlank();
    }

    @Test
    void aReadShorterThanTheDelayShowsNothing() {
        List<String> shown = new CopyOnWriteArrayList<>();
        ReadProgress progress = new ReadProgressBar(Duration.ofHours(1), () -> new DelegatingProgressBarConsumer(shown::add, 100));

        progress.read("/data/big.csv", 50L << 20, 200L << 20, 1_234_567);
        progress.finished();

        assertThat(shown).isEmpty();
    }

    @Test
    void rowsReadWithThousandsSeparators() {
        assertThat(ReadProgressBar.rowsText(5_000_000)).isEqualTo("5,000,000 rows");
    }

    /** Surefire's stderr is a pipe, as CI's is: no bar, and render prints only its one "wrote" line. */
    @Test
    void whenStderrIsNotATerminalRenderPrintsNoProgress() throws IOException {
        Path csv = dir.resolve("rows.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("x,y\n");
            for (int i = 0; i < 100_000; i++) {
                out.write(i + "," + (i % 97) + "\n");
            }
        }
        Path spec = Files.writeString(dir.resolve("spec.yaml"), "kind: histogram\nx: x\ndata: {file: rows.csv}\n");

        CliRun run = CliRun.of("render", spec.toString(), "-o", dir.resolve("out.png").toString());

        assertThat(ReadProgressBar.stderrIsTerminal()).isFalse();
        assertThat(ReadProgressBar.forStderr(false)).isSameAs(ReadProgress.NONE);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line).startsWith("wrote "));
        assertThat(run.err()).doesNotContain("\r", "MiB", "rows");
    }
}
