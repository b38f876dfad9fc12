package dev.plotpress.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.plotpress.model.BadInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CSV of a memory profile (Plotpress's own {@code mprof run}): a header and a row per sample, flushed as
 * it goes so a killed run still leaves its profile.
 */
public final class MemoryProfile implements AutoCloseable {
    public static final String[] HEADER = {"charts", "elapsed_ms", "heap_after_gc_bytes", "heap_committed_bytes", "rss_bytes", "after_full_gc"};
    private final Path file;
    private final CsvWriter csv;

    public MemoryProfile(Path file) {
        this.file = file;
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            this.csv = CsvWriter.builder().autoFlush(true).build(file);
            csv.writeRecord(HEADER);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot write the memory profile: " + e.getMessage()
                    + "; choose a writable path for --memory-profile", e);
        }
    }

    public synchronized void add(MemorySample s) {
        try {
            csv.writeRecord(Long.toString(s.charts()), Long.toString(s.elapsedMillis()), Long.toString(s.heapAfterGc()),
                    Long.toString(s.heapCommitted()), Long.toString(s.rss()), Boolean.toString(s.afterFullGc()));
        } catch (UncheckedIOException e) {
            throw new BadInputException(file + ": writing the memory profile failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new BadInputException(file + ": closing the memory profile failed: " + e.getMessage(), e);
        }
    }
}
