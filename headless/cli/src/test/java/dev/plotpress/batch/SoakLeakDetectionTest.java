package dev.plotpress.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Soak must tell a leak from a flat run. Each case runs in its own small-heap JVM so collections really
 * happen, as they do in production; the leaking cases keep every Figure in a static list (~0.5 MB each).
 */
class SoakLeakDetectionTest {
    @TempDir
    Path dir;

    @Test
    void keepingEveryFigureIsFlaggedAsALeakByItsSlope() throws Exception {
        Result result = soak("leak", "-Xmx256m", 300);

        assertThat(result.output).startsWith("LEAK: live heap +");
        assertThat(result.exit).isEqualTo(5);
    }

    @Test
    void keepingEveryFigureUntilTheHeapRunsOutIsALeakToo() throws Exception {
        Result result = soak("leak", "-Xmx32m", 3000);

        assertThat(result.output).startsWith("LEAK: the heap ran out (OutOfMemoryError) after ");
        assertThat(result.exit).isEqualTo(5);
    }

    @Test
    void keptFiguresAreAttributedToTheRendererThatMadeThemAndTheListThatKeepsThem() throws Exception {
        long start = System.nanoTime();
        Result result = soak("leak", "-Xmx256m", 300, "attribute");
        System.out.printf("soak --attribute of a leak (300 charts) in %.1f s:%n%s%n", (System.nanoTime() - start) / 1e9,
                result.output);

        assertThat(result.output).startsWith("LEAK: live heap +")
                .contains("kept: +1 GridFigure")
                .containsPattern("allocated at [A-Za-z]+\\.[a-zA-Z]+\\([A-Za-z]+\\.java:\\d+\\)")
                .contains("kept by static SoakChildProcess.KEPT -> ArrayList.elementData -> Object[] -> GridFigure");
        assertThat(result.exit).isEqualTo(5);
    }

    @Test
    void theRealRenderPathIsFlat() throws Exception {
        Result result = soak("flat", "-Xmx32m", 3000);

        assertThat(result.output).startsWith("FLAT: ");
        assertThat(result.exit).isZero();
    }

    private Result soak(String mode, String heap, int charts, String... more) throws IOException, InterruptedException {
        Path spec = Files.writeString(dir.resolve("small.yaml"), """
                kind: scatter-matrix
                data: {random: {rows: 4, columns: 8, seed: 0}}
                size: {width: 12, height: 8, unit: in, dpi: 10}
                """);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                SoakChildProcess.class.getName(), spec.toString(), Integer.toString(charts), mode, String.join(" ", more))
                .redirectError(dir.resolve(mode + ".err").toFile()).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(output).as(Files.readString(dir.resolve(mode + ".err"))).isNotEmpty();
        return new Result(output, child.exitValue());
    }

    private record Result(String output, int exit) {
    }
}
