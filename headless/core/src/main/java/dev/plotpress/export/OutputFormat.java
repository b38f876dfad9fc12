package dev.plotpress.export;

import dev.plotpress.model.BadInputException;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What an export produces: an image file, a {@code data:} URI of it, or an HTML {@code <img>} tag that
 * carries the data URI (the web report's use: a chart per request, straight into a page).
 */
public record OutputFormat(ImageFormat image, Form form) {
    /** An image file, a {@code data:} URI of it, or an HTML {@code <img>} tag carrying the URI. */
    public enum Form { FILE, DATA_URI, IMG_TAG }

    public static final String NAMES = "png, jpeg, svg, pdf, datauri, html";

    /**
     * The format a user names: {@code png}, {@code jpeg}, {@code svg}, {@code pdf}, {@code datauri} or
     * {@code html}; for the last two {@code inner} is the encoding inside (a data URI of SVG is
     * {@code data:image/svg+xml;base64,...}; HTML with SVG is the inline {@code <svg>} element).
     */
    public static OutputFormat parse(String name, ImageFormat inner) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "datauri", "data-uri" -> new OutputFormat(inner, Form.DATA_URI);
            case "html", "img" -> new OutputFormat(inner, Form.IMG_TAG);
            default -> {
                try {
                    yield new OutputFormat(ImageFormat.fromName(name), Form.FILE);
                } catch (BadInputException e) {
                    throw new BadInputException("unknown format '" + name + "'; use one of " + NAMES);
                }
            }
        };
    }

    /** The format an output file's name implies: .png, .jpg/.jpeg, .svg, .pdf, .html, .txt/.uri (a data URI). */
    public static OutputFormat fromFileName(Path file, ImageFormat inner) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "png" -> new OutputFormat(ImageFormat.PNG, Form.FILE);
            case "jpg", "jpeg" -> new OutputFormat(ImageFormat.JPEG, Form.FILE);
            case "svg" -> new OutputFormat(ImageFormat.SVG, Form.FILE);
            case "pdf" -> new OutputFormat(ImageFormat.PDF, Form.FILE);
            case "html", "htm" -> new OutputFormat(inner, Form.IMG_TAG);
            case "uri", "txt" -> new OutputFormat(inner, Form.DATA_URI);
            default -> throw new BadInputException(file + ": cannot tell the format from the extension '."
                    + extension + "'; use .png, .jpg, .svg, .pdf, .html or .uri, or give --format (" + NAMES + ")");
        };
    }

    public boolean isText() {
        return form != Form.FILE;
    }

    /** The file extension for this format. */
    public String extension() {
        return switch (form) {
            case FILE -> image.extension();
            case DATA_URI -> "uri";
            case IMG_TAG -> "html";
        };
    }
}
