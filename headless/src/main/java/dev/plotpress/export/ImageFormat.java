package dev.plotpress.export;

import dev.plotpress.model.BadInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The encodings Plotpress writes, with their MIME type and usual file extension. */
public enum ImageFormat {
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    private final String mimeType;
    private final String extension;

    ImageFormat(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
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
