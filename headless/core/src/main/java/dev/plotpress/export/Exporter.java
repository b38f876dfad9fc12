package dev.plotpress.export;

import dev.plotpress.internal.export.JpegEncoding;
import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.internal.export.PdfEncoding;
import dev.plotpress.internal.export.PngEncoding;
import dev.plotpress.internal.export.Raster;
import dev.plotpress.internal.export.RasterCanvas;
import dev.plotpress.internal.export.SvgTarget;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.Size;
import dev.plotpress.render.Figure;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Deque;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Figure to bytes: image files (raster PNG/JPEG through {@code Raster}, vector SVG/PDF through {@code SvgTarget}
 * and the {@code PdfEncoding} plotpress-pdf installs), data URIs and {@code <img>} tags. Thread-safe. The only thing kept between calls is
 * the PNG path's pixel and scanline arrays ({@code RasterCanvas}, one per concurrent caller, at most 16 + 16 MiB each); every
 * chart, figure and encoder state is the call's own and is let go when it returns.
 */
public final class Exporter {
    /** Stateless and looked up once: sharing it keeps nothing between charts. Null when no PDF encoder is installed. */
    private static final PdfEncoding PDF = ServiceLoader.load(PdfEncoding.class, Exporter.class.getClassLoader())
            .findFirst().orElse(null);
    private final ExportOptions options;
    /** Pixel arrays between charts: one per caller drawing at the same time, so a batch of N workers keeps N. */
    private final Deque<RasterCanvas> idleCanvases = new ConcurrentLinkedDeque<>();

    public Exporter(ExportOptions options) {
        this.options = options;
    }

    public Exporter() {
        this(ExportOptions.DEFAULT);
    }

    /** The encoded image (PNG, JPEG, SVG, PDF), at the figure's own size. */
    public byte[] image(Figure figure, ImageFormat format) {
        return image(figure, format, figure.size());
    }

    public byte[] image(Figure figure, ImageFormat format, Size size) {
        return switch (format) {
            case PNG -> png(figure, size);
            case JPEG -> JpegEncoding.encode(Raster.draw(figure, size, BufferedImage.TYPE_3BYTE_BGR), options.jpegQuality());
            case SVG -> SvgTarget.document(figure, size).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf().document(figure, size);
        };
    }

    private static PdfEncoding pdf() {
        if (PDF == null) {
            throw new BadInputException("PDF export needs the PDF encoder on the class path, the jar "
                    + "dev.plotpress:plotpress-pdf (module dev.plotpress.pdf; it brings PDFBox); add that dependency, or export png, jpeg or svg");
        }
        return PDF;
    }

    /** Draws on an idle canvas of this exporter (or a new one) and gives it back for the next chart. */
    private byte[] png(Figure figure, Size size) {
        RasterCanvas canvas = Objects.requireNonNullElseGet(idleCanvases.pollFirst(), RasterCanvas::new);
        try {
            return PngEncoding.encode(Raster.drawOn(canvas.image(size.pixelWidth(), size.pixelHeight()), figure, size), size.dpi(),
                    canvas::scanlines);
        } finally {
            idleCanvases.offerFirst(canvas);
        }
    }

    /** {@code data:image/png;base64,...} */
    public String dataUri(Figure figure, ImageFormat format, Size size) {
        return "data:" + format.mimeType() + ";base64," + Base64.getEncoder().encodeToString(image(figure, format, size));
    }

    /**
     * An {@code <img>} element carrying the data URI, with the figure's description as alt text. For SVG it is the
     * {@code <svg>} element itself, inline: its text stays searchable in the page.
     */
    public String imgTag(Figure figure, ImageFormat format, Size size) {
        if (format == ImageFormat.SVG) {
            return SvgTarget.element(figure, size);
        }
        if (format == ImageFormat.PDF) {
            throw new BadInputException("an HTML <img> cannot show a PDF; embed png, jpeg or svg instead (--image svg)");
        }
        return "<img src=\"" + dataUri(figure, format, size) + "\" alt=\"" + escapeAttribute(figure.description())
                + "\" width=\"" + size.pixelWidth() + "\" height=\"" + size.pixelHeight() + "\">";
    }

    /** The bytes of {@code format}: image bytes, or the UTF-8 text of a data URI or tag. */
    public byte[] bytes(Figure figure, OutputFormat format, Size size) {
        return switch (format.form()) {
            case FILE -> image(figure, format.image(), size);
            case DATA_URI -> (dataUri(figure, format.image(), size) + "\n").getBytes(StandardCharsets.UTF_8);
            case IMG_TAG -> (imgTag(figure, format.image(), size) + "\n").getBytes(StandardCharsets.UTF_8);
        };
    }

    /** Writes the export to {@code file} atomically: a crash never leaves half an image. */
    public long write(Figure figure, OutputFormat format, Size size, Path file) {
        byte[] data = bytes(figure, format, size);
        OutputFile.write(file, data);
        return data.length;
    }

    private static String escapeAttribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
