package dev.plotpress.batch;

import dev.plotpress.export.ImageFormat;
import dev.plotpress.export.OutputFormat;
import dev.plotpress.model.Size;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Whether an output already on disk is a whole file of its format, for {@code --resume}: outputs are written
 * atomically, but a file copied in, cut by a full disk elsewhere or written by another tool may be cut short.
 * PNG: signature, IHDR first with the chart's size, every chunk whole, IEND last; JPEG: SOI ... EOI; SVG ends
 * with {@code </svg>}, PDF with {@code %%EOF}; a data URI or {@code <img>} tag holds a whole image.
 */
final class CompleteOutput {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private CompleteOutput() {
    }

    /** Null when {@code file} is complete; otherwise what is wrong with it. */
    static String problem(Path file, OutputFormat format, Size size) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
        return switch (format.form()) {
            case FILE -> imageProblem(bytes, format.image(), size);
            case DATA_URI -> dataUriProblem(new String(bytes, StandardCharsets.UTF_8).strip(), format.image(), size);
            case IMG_TAG -> tagProblem(new String(bytes, StandardCharsets.UTF_8).strip(), format.image(), size);
        };
    }

    static String imageProblem(byte[] bytes, ImageFormat image, Size size) {
        return switch (image) {
            case PNG -> pngProblem(bytes, size);
            case JPEG -> bytes.length >= 4 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8
                    && (bytes[bytes.length - 2] & 0xff) == 0xff && (bytes[bytes.length - 1] & 0xff) == 0xd9
                    ? null : "not a whole JPEG (no start or end marker)";
            case SVG -> new String(bytes, StandardCharsets.UTF_8).strip().endsWith("</svg>") ? null
                    : "not a whole SVG (no closing </svg>)";
            case PDF -> startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))
                    && new String(bytes, Math.max(0, bytes.length - 1024), Math.min(1024, bytes.length),
                    StandardCharsets.ISO_8859_1).contains("%%EOF") ? null : "not a whole PDF (no %%EOF at the end)";
        };
    }

    private static String pngProblem(byte[] bytes, Size size) {
        if (!startsWith(bytes, PNG_SIGNATURE)) {
            return "not a PNG (no PNG signature)";
        }
        int at = PNG_SIGNATURE.length;
        boolean first = true;
        while (at + 12 <= bytes.length) {
            long length = readInt(bytes, at) & 0xffffffffL;
            String type = new String(bytes, at + 4, 4, StandardCharsets.US_ASCII);
            if (first) {
                if (!type.equals("IHDR") || length != 13) {
                    return "not a valid PNG (IHDR is not the first chunk)";
                }
                long width = readInt(bytes, at + 8) & 0xffffffffL;
                long height = readInt(bytes, at + 12) & 0xffffffffL;
                if (size != null && (width != size.pixelWidth() || height != size.pixelHeight())) {
                    return "is " + width + "x" + height + " px, the spec asks for " + size.pixelWidth() + "x"
                            + size.pixelHeight();
                }
                first = false;
            }
            long end = at + 12 + length;
            if (end > bytes.length) {
                return "a truncated PNG (chunk " + type + " runs past the end of the file)";
            }
            if (type.equals("IEND")) {
                return end == bytes.length ? null : "not a valid PNG (bytes after IEND)";
            }
            at = (int) end;
        }
        return "a truncated PNG (no IEND chunk)";
    }

    private static String dataUriProblem(String uri, ImageFormat image, Size size) {
        int comma = uri.indexOf(',');
        if (!uri.startsWith("data:") || comma < 0) {
            return "not a data URI";
        }
        byte[] inner;
        try {
            inner = Base64.getDecoder().decode(uri.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            return "a broken data URI (" + e.getMessage() + ")";
        }
        String problem = imageProblem(inner, image, size);
        return problem == null ? null : "a data URI holding " + problem;
    }

    private static String tagProblem(String html, ImageFormat image, Size size) {
        if (image == ImageFormat.SVG) {
            return html.endsWith("</svg>") ? null : "not a whole <svg> element";
        }
        int src = html.indexOf("src=\"");
        int close = src < 0 ? -1 : html.indexOf('"', src + 5);
        if (close < 0 || !html.endsWith(">")) {
            return "not a whole <img> tag";
        }
        return dataUriProblem(html.substring(src + 5, close), image, size);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
