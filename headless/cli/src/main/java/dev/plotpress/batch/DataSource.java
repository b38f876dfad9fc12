package dev.plotpress.batch;

import dev.plotpress.model.DataSpec;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One data source of a batch: its position, a name for output templates and where its table comes from.
 * Cheap to create; the table itself is read or generated only when the job runs.
 */
public record DataSource(long index, String stem, DataSpec data) {

    /** A UUID that depends only on the source, so every run and every shard name its outputs alike. */
    public String uuid() {
        return UUID.nameUUIDFromBytes((index + ":" + data.describe()).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public String key(KeyKind kind) {
        return switch (kind) {
            case STEM -> stem;
            case INDEX -> Long.toString(index);
            case UUID -> uuid();
        };
    }
}
