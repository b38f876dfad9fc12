package dev.plotpress.internal.model;

import dev.plotpress.model.BadInputException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A bound on the work one input can ask for. Each has a default and a name; a user raises one with
 * {@code PLOTPRESS_LIMITS=name=value,name=value} (or the system property {@code plotpress.limits}, e.g. in
 * PLOTPRESS_JAVA_OPTS). The values are read once when the class loads and never change afterwards.
 */
public enum Limit {
    TITLE_CHARS("titleChars", 1_000, "characters in a title"),
    LABEL_CHARS("labelChars", 500, "characters in an axis label"),
    FORMAT_CHARS("formatChars", 50, "characters in a number or date format"),
    FORMAT_WIDTH("formatWidth", 50, "width or precision in a number format"),
    CATEGORIES("categories", 5_000, "categories on one axis"),
    HUE_GROUPS("hueGroups", 50, "values in a hue column (a colour and a legend entry each)"),
    FACET_PANELS("facetPanels", 100, "panels in a facet grid (one per value of facet.column times facet.row)"),
    HEATMAP_CELLS("heatmapCells", 250_000, "cells in a heatmap"),
    ANNOTATED_CELLS("annotatedCells", 10_000, "annotated cells in a heatmap"),
    SCATTER_MATRIX_CELLS("scatterMatrixCells", 400, "cells in a scatter matrix"),
    DATA_ROWS("dataRows", 2_000_000, "rows in a data file"),
    DATA_BYTES("dataBytes", 256L << 20, "bytes in a data file"),
    SPEC_BYTES("specBytes", 1L << 20, "bytes in a spec or job file"),
    IMAGE_BYTES("imageBytes", 256L << 20, "bytes in an image to compare"),
    IMAGE_PIXELS_IN("imagePixelsIn", 100_000_000, "pixels in an image to compare"),
    IMAGE_PIXELS_OUT("imagePixelsOut", 100_000_000, "pixels in a chart drawn"),
    THREADS("threads", 256, "worker threads"),
    BATCH_JOBS("batchJobs", 10_000_000, "jobs in a batch"),
    GLOB_ENTRIES("globEntries", 200_000, "files and folders looked through for a glob");

    /** The environment variable and system property that raise limits. */
    public static final String VARIABLE = "PLOTPRESS_LIMITS";
    public static final String PROPERTY = "plotpress.limits";

    private final String key;
    private final long defaultValue;
    private final String what;
    private final long value;

    Limit(String key, long defaultValue, String what) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.what = what;
        this.value = Configured.VALUES.getOrDefault(key, defaultValue);
    }

    public String key() {
        return key;
    }

    public long defaultValue() {
        return defaultValue;
    }

    public String what() {
        return what;
    }

    public long value() {
        return value;
    }

    public boolean allows(long amount) {
        return amount <= value;
    }

    /**
     * e.g. {@code 5000 characters in a title is over the limit of 1,000 (titleChars); shorten it, or raise the
     * limit with PLOTPRESS_LIMITS=titleChars=5000}
     */
    public String exceeded(long amount, String instead) {
        return String.format(Locale.ROOT, "%,d %s is over the limit of %,d (%s); %s, or raise the limit with %s=%s=%d",
                amount, what, value, key, instead, VARIABLE, key, amount);
    }

    /** Throws a BadInputException naming {@code subject} when {@code amount} is over the limit. */
    public void check(long amount, String subject, String instead) {
        if (!allows(amount)) {
            throw new BadInputException(subject + ": " + exceeded(amount, instead));
        }
    }

    /** Parsed once from the property or the environment; a malformed entry is ignored with a warning. */
    private static final class Configured {
        static final Map<String, Long> VALUES = parse(System.getProperty(PROPERTY, System.getenv(VARIABLE)));

        static Map<String, Long> parse(String text) {
            Map<String, Long> values = new HashMap<>();
            if (text == null || text.isBlank()) {
                return values;
            }
            for (String entry : text.split(",")) {
                String[] parts = entry.trim().split("=", 2);
                try {
                    values.put(parts[0].trim(), Long.parseLong(parts[1].trim().replace("_", "")));
                } catch (RuntimeException e) {
                    System.err.println("plotpress: warning: " + VARIABLE + ": ignoring '" + entry.trim()
                            + "'; write name=number, e.g. titleChars=5000");
                }
            }
            return values;
        }
    }
}
