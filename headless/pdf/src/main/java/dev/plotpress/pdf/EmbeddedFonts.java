package dev.plotpress.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses the PDF font for each Java font: a subset of the DejaVu TrueType file that Java itself draws with, so
 * the text in the PDF is real, selectable text with the same widths as in the PNG. A font with no matching file
 * (or one Java does not draw with DejaVu) gets {@code null}, and pdfbox-graphics2d draws its glyphs as vector
 * outlines: still exact, just not selectable. One instance per document; nothing is shared between renders.
 */
final class EmbeddedFonts extends PdfBoxGraphics2DFontTextDrawer {
    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final String PROBE = "Plotpress 0123456789 -.,%";

    private final PDDocument document;
    private final Map<String, PDFont> loaded = new HashMap<>();

    EmbeddedFonts(PDDocument document) {
        this.document = document;
    }

    @Override
    protected boolean hasDynamicFontMapping() {
        return true;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
        String file = dejaVuFile(font);
        if (file == null) {
            return null;
        }
        if (!loaded.containsKey(file)) {
            Path path = DEJAVU.resolve(file);
            loaded.put(file, Files.isReadable(path) && drawsLike(font, dejaVuFamily(file))
                    ? PDType0Font.load(document, path.toFile()) : null);
        }
        return loaded.get(file);
    }

    /** The DejaVu file for a Java font family and style, or null when there is none. */
    static String dejaVuFile(Font font) {
        String family = font.getFamily(Locale.ROOT).toLowerCase(Locale.ROOT);
        String base = switch (family) {
            case "sansserif", "dialog", "dejavu sans", "sans-serif" -> "DejaVuSans";
            case "monospaced", "dialoginput", "dejavu sans mono" -> "DejaVuSansMono";
            case "serif", "dejavu serif" -> "DejaVuSerif";
            default -> null;
        };
        if (base == null) {
            return null;
        }
        boolean serif = base.equals("DejaVuSerif");
        String style = font.isBold() && font.isItalic() ? (serif ? "-BoldItalic" : "-BoldOblique")
                : font.isBold() ? "-Bold" : font.isItalic() ? (serif ? "-Italic" : "-Oblique") : "";
        return base + style + ".ttf";
    }

    private static String dejaVuFamily(String file) {
        return file.startsWith("DejaVuSansMono") ? "DejaVu Sans Mono"
                : file.startsWith("DejaVuSerif") ? "DejaVu Serif" : "DejaVu Sans";
    }

    /** True when Java lays out {@code font} exactly as DejaVu: only then do embedded glyphs land where Java measured. */
    private static boolean drawsLike(Font font, String dejaVuFamily) {
        FontRenderContext context = new FontRenderContext(null, true, true);
        Font probe = font.deriveFont(12f);
        Font dejaVu = new Font(dejaVuFamily, font.getStyle(), 12);
        return dejaVu.getFamily(Locale.ROOT).equals(dejaVuFamily)
                && probe.getStringBounds(PROBE, context).getWidth() == dejaVu.getStringBounds(PROBE, context).getWidth();
    }
}
