package dev.plotpress.internal.export;

import dev.plotpress.model.Size;
import dev.plotpress.render.Figure;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

import java.awt.RenderingHints;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.awt.geom.Rectangle2D;

/**
 * The SVG target: a Figure drawn through JFreeSVG's {@link SVGGraphics2D}. Text stays {@code <text>} (searchable,
 * selectable), the description becomes {@code <title>} and {@code <desc>} for screen readers, the element is
 * sized in pixels at the size's dpi while its viewBox is in points, and every id has a fixed prefix so the same
 * figure always gives the same bytes (JFreeSVG's default prefix is a clock reading).
 */
public final class SvgTarget {
    static final String ID_PREFIX = "plotpress-";

    private SvgTarget() {
    }

    /** A standalone SVG file: XML declaration and the {@code <svg>} element. */
    public static String document(Figure figure, Size size) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(figure, size) + "\n";
    }

    /** The {@code <svg>} element alone, for inline use in an HTML page. */
    public static String element(Figure figure, Size size) {
        SVGGraphics2D g2 = new SVGGraphics2D(size.pixelWidth(), size.pixelHeight(), SVGUnits.PX);
        try {
            g2.setDefsKeyPrefix(ID_PREFIX);
            // JFreeChart asks for normalised strokes on frames; JFreeSVG turns that into shape-rendering:crispEdges,
            // and librsvg then rounds a 0.8 pt frame to zero pixels at 72 dpi: the scatter-matrix frames vanished
            g2.setCheckStrokeControlHint(false);
            g2.setGeomDoubleConverter(value -> decimal(value, 3));
            g2.setTransformDoubleConverter(value -> decimal(value, 6));
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            figure.draw(g2, new Rectangle2D.Double(0, 0, size.pointWidth(), size.pointHeight()));
            String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, size.pointWidth(), size.pointHeight()), null, null);
            return withTitle(svg, figure.description(), size);
        } finally {
            g2.dispose();
        }
    }

    /** Puts {@code role="img"} on the root and {@code <title>}/{@code <desc>} as its first children. */
    private static String withTitle(String svg, String description, Size size) {
        String title = escape(description == null ? "" : description);
        String desc = title + " (chart, " + size.pixelWidth() + " by " + size.pixelHeight() + " pixels)";
        int openEnd = svg.indexOf('>');
        return "<svg role='img' aria-labelledby='" + ID_PREFIX + "title'" + svg.substring("<svg".length(), openEnd)
                + "><title id='" + ID_PREFIX + "title'>" + title + "</title><desc>" + desc + "</desc>"
                + svg.substring(openEnd + 1);
    }

    /** Short, locale-free numbers: 300 not 300.0, and no 17-digit noise from binary fractions. */
    private static String decimal(double value, int places) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        String text = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
