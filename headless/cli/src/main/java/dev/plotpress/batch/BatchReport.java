package dev.plotpress.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.model.BadInputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The JSON report: {@code {"complete", "jobs": [{index, name, output, status, bytes, ms, error, warnings?}...], "totals"}}; {@code warnings}
 * (the rows a chart left out, one sentence each) only when there are some.
 * Jobs are appended, as they finish, to a temporary file beside the report (so the report never holds the batch
 * in memory); the report itself is only ever replaced whole, by a rename, from that file: at the start, then at
 * most once a second (less often when copying costs more than a tenth of the time) and at the end. A crash or a
 * full disk leaves the last complete report, valid JSON, never half of one.
 */
public final class BatchReport implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();
    private static final long MIN_INTERVAL_NANOS = 1_000_000_000L;

    private final Path file;
    private final Path folder;
    private final Path jobs;
    private final OutputStream jobsOut;
    private long entries;
    private long nextSnapshot;
    private boolean broken;

    public BatchReport(Path file, BatchTotals start) {
        this.file = file.toAbsolutePath();
        this.folder = this.file.getParent();
        try {
            if (Files.isDirectory(this.file)) {
                throw new BadInputException(file + ": --report names a folder; give a file name such as "
                        + file.resolve("report.json"));
            }
            Files.createDirectories(folder);
            jobs = Files.createTempFile(folder, OutputFile.TEMP_PREFIX + "report-", ".tmp");
            jobsOut = Files.newOutputStream(jobs, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        snapshot(start, false);
    }

    /** Appends one job; may replace the report with a fresh snapshot holding it. */
    public synchronized void add(JobResult r, BatchTotals totals) {
        if (broken) {
            return;
        }
        try {
            ByteArrayOutputStream entry = new ByteArrayOutputStream(256);
            if (entries > 0) {
                entry.write(',');
            }
            entry.write('\n');
            try (JsonGenerator json = JSON.createGenerator(entry, JsonEncoding.UTF8)) {
                json.writeStartObject();
                json.writeNumberField("index", r.index());
                json.writeStringField("name", r.name());
                json.writeStringField("output", r.output() == null ? null : r.output().toString());
                json.writeStringField("status", r.status().name().toLowerCase(Locale.ROOT));
                json.writeNumberField("bytes", r.bytes());
                json.writeNumberField("ms", r.millis());
                json.writeStringField("error", r.error());
                if (!r.warnings().isEmpty()) {
                    json.writeArrayFieldStart("warnings");
                    for (String warning : r.warnings()) {
                        json.writeString(warning);
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            entry.writeTo(jobsOut);
            entries++;
        } catch (IOException e) {
            broken = true;
            throw cannotWrite(e);
        }
        if (System.nanoTime() - nextSnapshot >= 0) {
            snapshot(totals, false);
        }
    }

    /** The final report: every job, the totals, {@code complete: true} unless the batch was stopped. */
    public synchronized void finish(BatchTotals totals) {
        if (!broken) {
            snapshot(totals, totals.stopped() == null);
        }
    }

    private void snapshot(BatchTotals totals, boolean complete) {
        long start = System.nanoTime();
        Path temp = null;
        try {
            jobsOut.flush();
            temp = Files.createTempFile(folder, OutputFile.TEMP_PREFIX, ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = java.nio.channels.Channels.newOutputStream(channel);
                out.write(("{\"complete\": " + complete + ",\n\"jobs\": [").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                Files.copy(jobs, out);
                out.write(("\n],\n\"totals\": " + totals(totals) + "}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.flush();
                channel.force(true);
            }
            OutputFile.makeReadable(temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            broken = true;
            throw cannotWrite(e);
        } finally {
            deleteQuietly(temp);
        }
        long cost = System.nanoTime() - start;
        nextSnapshot = System.nanoTime() + Math.max(MIN_INTERVAL_NANOS, 10 * cost);
    }

    private static String totals(BatchTotals t) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("planned", t.planned());
            json.writeNumberField("jobs", t.jobs());
            json.writeNumberField("written", t.written());
            json.writeNumberField("skipped", t.skipped());
            json.writeNumberField("failed", t.failed());
            json.writeNumberField("notRun", t.notRun());
            json.writeStringField("stopped", t.stopped());
            json.writeNumberField("bytes", t.bytes());
            json.writeNumberField("ms", t.millis());
            json.writeNumberField("chartsPerSecond", Math.round(t.chartsPerSecond() * 10) / 10.0);
            json.writeEndObject();
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private BadInputException cannotWrite(IOException e) {
        String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage();
        return new BadInputException(file + ": cannot write the report (" + reason + "); it keeps the jobs written "
                + "before, as valid JSON. Free space or choose a writable --report, and rerun with --resume", e);
    }

    @Override
    public synchronized void close() {
        try {
            jobsOut.close();
        } catch (IOException ignored) {
            // the entries are in the last snapshot or lost with the disk; the file goes either way
        }
        deleteQuietly(jobs);
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover .plotpress-*.tmp is removed by the next --resume in that folder
            }
        }
    }
}
