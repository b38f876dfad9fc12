package dev.plotpress.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Live reload's trigger: a burst of saves is one reload, on the JavaFX thread; a closed watch is silent. */
@ExtendWith(ApplicationExtension.class)
class FileWatchTest {
    @TempDir
    Path folder;

    @Test
    void aBurstOfWritesIsOneChangeOnTheFxThreadAndNothingAfterClose() throws Exception {
        Path data = folder.resolve("data.csv");
        Files.writeString(data, "x,y\n1,2\n");
        Files.writeString(folder.resolve("other.csv"), "a\n1\n");
        AtomicInteger changes = new AtomicInteger();
        AtomicInteger offThread = new AtomicInteger();
        FileWatch watch = new FileWatch(List.of(data), () -> {
            changes.incrementAndGet();
            if (!javafx.application.Platform.isFxApplicationThread()) {
                offThread.incrementAndGet();
            }
        });
        Thread.sleep(300);
        for (int i = 0; i < 5; i++) {
            Files.writeString(data, "x,y\n1," + i + "\n");
        }
        Files.writeString(folder.resolve("other.csv"), "a\n2\n");
        waitFor(() -> changes.get() > 0);
        Thread.sleep(3 * FileWatch.QUIET_MILLIS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(changes).hasValue(1);
        assertThat(offThread).hasValue(0);

        watch.close();
        Files.writeString(data, "x,y\n9,9\n");
        Thread.sleep(5 * FileWatch.QUIET_MILLIS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(changes).hasValue(1);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
