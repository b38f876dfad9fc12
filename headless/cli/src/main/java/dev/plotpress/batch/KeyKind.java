package dev.plotpress.batch;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the {@code {key}} placeholder of an output name stands for. */
public enum KeyKind {
    /** The data file's name without its extension; {@code random_<seed>} for generated tables. */
    STEM,
    /** The data source's position, 0-based. */
    INDEX,
    /** A UUID derived from the data source (stable across runs, so --resume and shards agree). */
    UUID;

    static KeyKind parse(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("key: unknown key '" + name + "'; use one of "
                        + Arrays.stream(values()).map(k -> k.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))));
    }
}
