package dev.plotpress.cli;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * Folders the tests need the kernel's help for: a read-only folder (a read-only tmpfs when root, since root
 * writes through chmod 555; chmod otherwise) and a tiny tmpfs that fills up (root only: skipped, saying so,
 * elsewhere).
 */
final class ScratchMount implements AutoCloseable {
    private final Path folder;
    private final boolean mounted;

    private ScratchMount(Path folder, boolean mounted) {
        this.folder = folder;
        this.mounted = mounted;
    }

    Path folder() {
        return folder;
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static ScratchMount readOnly(Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        if (isRoot()) {
            Assumptions.assumeTrue(mount(folder, "ro,size=64k"), "cannot mount a read-only tmpfs here");
            return new ScratchMount(folder, true);
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        return new ScratchMount(folder, false);
    }

    /** A tmpfs of {@code kib} KiB: writes past it fail with "No space left on device". */
    static ScratchMount tiny(Path folder, int kib) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Assumptions.assumeTrue(isRoot(), "skipped: a full disk needs a tmpfs, which only root can mount");
        Assumptions.assumeTrue(mount(folder, "size=" + kib + "k"), "skipped: cannot mount a tmpfs here");
        return new ScratchMount(folder, true);
    }

    private static boolean mount(Path folder, String options) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder.toString())
                .redirectErrorStream(true).start();
        return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (mounted) {
            new ProcessBuilder("umount", "-l", folder.toString()).redirectErrorStream(true).start().waitFor(20, TimeUnit.SECONDS);
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
