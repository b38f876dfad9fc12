package dev.plotpress.pdf;

import dev.plotpress.internal.export.PdfEncoding;
import dev.plotpress.model.Size;
import dev.plotpress.render.Figure;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The PDF target: a Figure drawn as vector paths through PDFBox and pdfbox-graphics2d, on one page exactly the
 * chart's size in points. Text is real text in an embedded DejaVu Sans subset (see {@link EmbeddedFonts}); the
 * document title is the figure's description. No creation date, and the file identifier is a hash of the
 * content instead of PDFBox's clock-seeded one, so the same figure always gives the same bytes.
 */
public final class PdfTarget implements PdfEncoding {
    /** For {@link java.util.ServiceLoader}: {@code META-INF/services/dev.plotpress.internal.export.PdfEncoding} and {@code provides} in module-info. */
    public PdfTarget() {
    }

    @Override
    public byte[] document(Figure figure, Size size) {
        float width = (float) size.pointWidth();
        float height = (float) size.pointHeight();
        try (PDDocument document = new PDDocument(); EmbeddedFonts fonts = new EmbeddedFonts(document)) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(document, width, height);
            try {
                g2.setFontTextDrawer(fonts);
                g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
                g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                figure.draw(g2, new Rectangle2D.Double(0, 0, width, height));
            } finally {
                g2.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g2.getXFormObject());
            }
            String title = figure.description() == null ? "" : figure.description();
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setCreator("Plotpress");
            PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
            preferences.setDisplayDocTitle(true);
            document.getDocumentCatalog().setViewerPreferences(preferences);
            try (InputStream content = g2.getXFormObject().getContentStream().createInputStream()) {
                setContentId(document, content.readAllBytes(), title);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            // classic cross-reference table: PDFBox's object-stream writer reports a /Size qpdf warns about
            document.save(bytes, CompressParameters.NO_COMPRESSION);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the PDF failed", e);
        }
    }

    /**
     * A PDF needs an /ID, and PDFBox seeds a missing one from the clock; this one is a hash of what is drawn
     * and the title, so equal figures get equal ids.
     */
    private static void setContentId(PDDocument document, byte[] content, String title) {
        MessageDigest md5 = md5();
        md5.update(content);
        md5.update(title.getBytes(StandardCharsets.UTF_8));
        byte[] id = md5.digest();
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
