/**
 * Plotpress PDF: {@code Chart.pdf()} and {@code --format pdf} through PDFBox. It exports nothing: core finds its
 * {@code PdfTarget} through {@link java.util.ServiceLoader}, here by {@code provides} and on the class path by
 * {@code META-INF/services/dev.plotpress.export.PdfEncoding}.
 */
module dev.plotpress.pdf {
    requires dev.plotpress.core;
    requires de.rototor.pdfbox.graphics2d;
    requires org.apache.pdfbox;

    provides dev.plotpress.export.PdfEncoding with dev.plotpress.pdf.PdfTarget;
}
