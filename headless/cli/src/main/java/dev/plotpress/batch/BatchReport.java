package dev.plotpress.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.plotpress.model.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON report, streamed: {@code {"jobs": [{index, name, output, status, bytes, ms, error}...], "totals": {...}}}.
 * Each job is written as it finishes, so the report never holds the batch in memory.
 */
public final class BatchReport implements AutoCloseable {
    private final Path file;
    private final JsonGenerator json;

    public BatchReport(Path file) {
        this.file = file;
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8).useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("jobs");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot write the report: " + e.getMessage()
                    + "; choose a writable path for --report", e);
        }
    }

    public synchronized void add(JobResult r) {
        try {
            json.writeStartObject();
            json.writeNumberField("index", r.index());
            json.writeStringField("name", r.name());
            json.writeStringField("output", r.output() == null ? null : r.output().toString());
            json.writeStringField("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
            json.writeNumberField("bytes", r.bytes());
            json.writeNumberField("ms", r.millis());
            json.writeStringField("error", r.error());
            json.writeEndObject();
        } catch (IOException e) {
            throw new BadInputException(file + ": writing the report failed: " + e.getMessage(), e);
        }
    }

    public synchronized void finish(BatchTotals totals) {
        try {
            json.writeEndArray();
            json.writeObjectFieldStart("totals");
            json.writeNumberField("jobs", totals.jobs());
            json.writeNumberField("written", totals.written());
            json.writeNumberField("skipped", totals.skipped());
            json.writeNumberField("failed", totals.failed());
            json.writeNumberField("bytes", totals.bytes());
            json.writeNumberField("ms", totals.millis());
            json.writeNumberField("chartsPerSecond", Math.round(totals.chartsPerSecond() * 10) / 10.0);
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new BadInputException(file + ": writing the report failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            json.close();
        } catch (IOException e) {
            throw new BadInputException(file + ": closing the report failed: " + e.getMessage(), e);
        }
    }
}
