package dev.plotpress.app;

import dev.plotpress.compare.ChartSource;
import dev.plotpress.model.BadInputException;
import dev.plotpress.spec.SpecFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@code plotpress check --viewer}: each chart is a snapshot of the real viewer window, taken by
 * {@code plotpress --screenshot} in a JVM of its own, so every chart starts from a fresh window exactly as a
 * person would open it, and a crash or hang in one does not take the check down.
 */
final class ViewerScreenshots implements Function<SpecFiles.NamedSpec, ChartSource> {
    static final String WINDOW_SIZE = "1100x760";
    private static final long TIMEOUT_SECONDS = 120;

    @Override
    public ChartSource apply(SpecFiles.NamedSpec spec) {
        return ChartSource.of(spec.name(), spec.file(), () -> snapshot(spec.file()));
    }

    private static byte[] snapshot(Path spec) {
        Path png = null;
        try {
            png = Files.createTempFile("plotpress-window-", ".png");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    Launcher.class.getName(), "--screenshot", png.toString(), spec.toString(), "--window-size", WINDOW_SIZE)
                    .redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new BadInputException(spec + ": the viewer did not draw it within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                String message = new String(output, StandardCharsets.UTF_8).strip();
                throw new BadInputException(message.isEmpty() ? spec + ": the viewer exited with " + process.exitValue()
                        : message.replace("plotpress: error: ", ""));
            }
            return Files.readAllBytes(png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the viewer", e);
        } finally {
            deleteQuietly(png);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file in the temp folder; the OS cleans it
            }
        }
    }
}
