package dev.plotpress.app;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An X server of a test class's own (Xvfb on a free display from :90), for tests that open real windows:
 * {@code @RegisterExtension static final XvfbDisplay DISPLAY = new XvfbDisplay();}. The tests are skipped,
 * saying why, where Xvfb is not installed.
 */
final class XvfbDisplay implements BeforeAllCallback, AfterAllCallback {
    private Process process;
    private String name;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException, InterruptedException {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void start() throws IOException, InterruptedException {
        assumeTrue(onPath("Xvfb"), "Xvfb is not on the PATH: real-window tests need it "
                + "(apt-get install xvfb libgtk-3-0; .ci/run installs them)");
        for (int n = 90; n < 200; n++) {
            if (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                continue;
            }
            Process started = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int wait = 0; wait < 100 && started.isAlive() && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)); wait++) {
                Thread.sleep(50);
            }
            if (started.isAlive()) {
                process = started;
                name = ":" + n;
                return;
            }
        }
        assumeTrue(false, "could not start Xvfb on any display from :90 to :199");
    }

    /** The value for the DISPLAY variable of a child process. */
    String name() {
        return name;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
