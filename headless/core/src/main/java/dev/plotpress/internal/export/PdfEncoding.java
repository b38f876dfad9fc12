package dev.plotpress.internal.export;

import dev.plotpress.export.Exporter;
import dev.plotpress.model.Size;
import dev.plotpress.render.Figure;

/**
 * How a Figure becomes a PDF document. The {@link Exporter} finds it with {@link java.util.ServiceLoader}
 * (plotpress-pdf's {@code META-INF/services/dev.plotpress.internal.export.PdfEncoding} on the class path, its module-info's
 * {@code provides} on the module path) instead of linking to it: the PDF encoder (PDFBox, 3.9 MB of jars) is the one
 * export a PNG-only program does not need, and a jar of its own can bring it. Internal: outside the
 * semantic-versioning promise (README "Embedding").
 */
public interface PdfEncoding {
    /** The PDF of {@code figure}, one page of {@code size} in points, the same bytes for the same figure. */
    byte[] document(Figure figure, Size size);
}
