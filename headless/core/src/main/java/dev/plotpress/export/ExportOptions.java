package dev.plotpress.export;

import dev.plotpress.model.BadInputException;

/** Encoder settings that are not part of the chart: JPEG quality (0-1, default 0.9). */
public record ExportOptions(float jpegQuality) {
    public static final ExportOptions DEFAULT = new ExportOptions(0.9f);

    public ExportOptions {
        if (!(jpegQuality > 0 && jpegQuality <= 1)) {
            throw new BadInputException("--quality must be above 0 and at most 1, got " + jpegQuality);
        }
    }
}
