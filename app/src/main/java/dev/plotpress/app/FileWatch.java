package dev.plotpress.app;

import javafx.application.Platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches a tab's files and calls back on the JavaFX thread when one changed. Editors save in bursts
 * (truncate, write, rename), so events are debounced: the callback runs once things have been quiet for
 * {@link #QUIET_MILLIS}. A daemon thread; {@link #close()} ends it and drops the callback.
 */
final class FileWatch implements AutoCloseable {
    static final long QUIET_MILLIS = 200;

    private final WatchService service;
    private final Set<Path> files;
    private volatile Runnable onChange;

    FileWatch(List<Path> watched, Runnable onChange) {
        this.files = new HashSet<>();
        this.onChange = onChange;
        try {
            this.service = FileSystems.getDefault().newWatchService();
            for (Path file : watched) {
                Path absolute = file.toAbsolutePath().normalize();
                files.add(absolute);
                absolute.getParent().register(service, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_CREATE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread thread = new Thread(this::run, "plotpress-file-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean changed = drain(key);
                // keep draining until the burst is over
                while ((key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(key);
                }
                Runnable callback = onChange;
                if (changed && callback != null) {
                    Platform.runLater(() -> {
                        Runnable current = onChange;
                        if (current != null) {
                            current.run();
                        }
                    });
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the tab went away
        }
    }

    private boolean drain(WatchKey key) {
        boolean changed = false;
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name && files.contains(folder.resolve(name).toAbsolutePath().normalize())) {
                changed = true;
            }
        }
        key.reset();
        return changed;
    }

    @Override
    public void close() {
        onChange = null;
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
