/**
 * Plotpress PDF: {@code Chart.pdf()} and {@code --format pdf} through PDFBox. It exports nothing: core finds its
 * {@code PdfTarget} through {@link java.util.ServiceLoader}, here by {@code provides} and on the class path by
 * {@code META-INF/services/dev.plotpress.internal.export.PdfEncoding}.
 */
module dev.plotpress.pdf {
    requires dev.plotpress.core;
    requires de.rototor.pdfbox.graphics2d;
    requires org.apache.pdfbox;
    // PDFBox is an automatic module and names no dependencies: on a module path, commons-logging (a named module)
    // would be left out of the graph and PDDocument would fail to load (NoClassDefFoundError: LogFactory)
    requires org.apache.commons.logging;

    provides dev.plotpress.internal.export.PdfEncoding with dev.plotpress.pdf.PdfTarget;
}
