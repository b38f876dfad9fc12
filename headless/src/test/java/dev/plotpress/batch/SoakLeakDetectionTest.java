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
 * Soak must tell a leak from a flat run. Each case runs in its own JVM with a 32 MB heap so collections
 * really happen, as they do in production; the leaking case keeps every Figure in a static list.
 */
class SoakLeakDetectionTest {
    @TempDir
    Path dir;

    @Test
    void keepingEveryFigureIsFlaggedAsALeak() throws Exception {
        Result result = soak("leak");

        assertThat(result.output).startsWith("LEAK: heap after GC +");
        assertThat(result.exit).isEqualTo(5);
    }

    @Test
    void theRealRenderPathIsFlat() throws Exception {
        Result result = soak("flat");

        assertThat(result.output).startsWith("FLAT: ");
        assertThat(result.exit).isZero();
    }

    private Result soak(String mode) throws IOException, InterruptedException {
        Path spec = Files.writeString(dir.resolve("small.yaml"), """
                kind: scatter-matrix
                data: {random: {rows: 4, columns: 8, seed: 0}}
                size: {width: 12, height: 8, unit: in, dpi: 10}
                """);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                SoakChildProcess.class.getName(), spec.toString(), "3000", mode)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(output, child.exitValue());
    }

    private record Result(String output, int exit) {
    }
}
