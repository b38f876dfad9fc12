package dev.plotpress.fuzz;

import dev.plotpress.model.BadInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The property every fuzz test states: an input either works or is a BadInputException with a message, quickly. */
final class Hostile {
    /** The bound on one input: the readers take milliseconds; a hang or a runaway takes forever. */
    static final Duration BOUND = Duration.ofSeconds(5);

    private Hostile() {
    }

    static void worksOrIsBadInput(String input, Callable<?> action) {
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                action.call();
            } catch (BadInputException documented) {
                assertThat(documented.getMessage()).as("the message for %s", input).isNotBlank();
            }
        }, () -> "more than " + BOUND + " for " + input);
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            Path file = Files.createTempDirectory(dir, "case").resolve(name);
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder for one property's files, removed by the JVM's temp cleanup of surefire's target folder. */
    static Path scratch() {
        try {
            return Files.createDirectories(Path.of("target", "fuzz"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
