package dev.plotpress.export;

import dev.plotpress.model.BadInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The encodings Plotpress writes, with their MIME type and usual file extension. */
public enum ImageFormat {
    PNG("image/png", "png", false),
    JPEG("image/jpeg", "jpg", false),
    SVG("image/svg+xml", "svg", true),
    PDF("application/pdf", "pdf", true);

    private final String mimeType;
    private final String extension;
    private final boolean vector;

    ImageFormat(String mimeType, String extension, boolean vector) {
        this.mimeType = mimeType;
        this.extension = extension;
        this.vector = vector;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    /** Drawn as shapes and text (SVG, PDF) rather than pixels: sharp at any zoom. */
    public boolean isVector() {
        return vector;
    }

    public String specName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ImageFormat fromName(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals("jpg")) {
            return JPEG;
        }
        return Arrays.stream(values()).filter(f -> f.specName().equals(key)).findFirst()
                .orElseThrow(() -> new BadInputException("unknown image format '" + name + "'; use one of "
                        + Arrays.stream(values()).map(ImageFormat::specName).collect(Collectors.joining(", "))));
    }
}
