package dev.plotpress.internal.render;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.BorderArrangement;
import org.jfree.chart.block.LabelBlock;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.Map;

/**
 * The plain, matplotlib-like look every chart shares: white background, a thin dark frame, outward ticks,
 * no grid, DejaVu Sans (else the "SansSerif" logical font). Every length here is in points, because a Figure is
 * drawn in points and the target scales points to its pixels.
 */
final class Theme {
    static final Color INK = new Color(0x262626);
    static final Font TITLE_FONT = sans(Font.BOLD).deriveFont(12f);
    static final Font LABEL_FONT = sans(Font.PLAIN).deriveFont(10f);
    static final Font TICK_FONT = sans(Font.PLAIN).deriveFont(9f);
    static final float FRAME_WIDTH = 0.8f;
    static final float TICK_LENGTH = 3.5f;
    /** matplotlib's default line width, points. */
    static final double LINE_WIDTH = 1.5;
    /** seaborn's regplot line: 2 pt. */
    static final double FIT_LINE_WIDTH = 2;
    /** matplotlib's default scatter marker area (6 pt across), points squared. */
    static final double MARKER_AREA = 36;
    private static final double MARKER_EDGE = 1;

    private static final RectangleInsets CHART_PADDING = new RectangleInsets(12, 10, 10, 16);

    private Theme() {
    }

    /**
     * DejaVu Sans by name where it is installed: the "SansSerif" logical font is whatever fontconfig prefers, and
     * installing another family (Noto comes with matplotlib's Debian packages) would change every chart's pixels.
     */
    private static Font sans(int style) {
        Font dejavu = new Font("DejaVu Sans", style, 1);
        return dejavu.getFamily(java.util.Locale.ROOT).equals("DejaVu Sans") ? dejavu : new Font(Font.SANS_SERIF, style, 1);
    }

    /**
     * {@code font} when it draws every character of {@code text}, else the same style and size of the "SansSerif"
     * logical font, whose fontconfig fallbacks (Noto CJK, emoji, Devanagari ...) draw the rest: DejaVu keeps Latin
     * text's pixels stable, and no title in another script turns into empty boxes.
     */
    static Font fontFor(Font font, String text) {
        if (text == null || font.canDisplayUpTo(text) == -1) {
            return font;
        }
        return new Font(Font.SANS_SERIF, font.getStyle(), 1).deriveFont(font.getSize2D());
    }

    /** A chart around {@code plot} with the shared look; a legend only when asked for. */
    static JFreeChart chart(String title, Plot plot, boolean legend) {
        return chart(title, plot, legend, null);
    }

    /** As {@link #chart(String, Plot, boolean)}, the legend headed by {@code legendHeading} (the hue column) when not null. */
    static JFreeChart chart(String title, Plot plot, boolean legend, String legendHeading) {
        JFreeChart chart = new JFreeChart(null, TITLE_FONT, plot, legend);
        chart.setNotify(false);
        chart.setRenderingHints(new RenderingHints(Map.of(
                RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON,
                RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON,
                RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE,
                RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(CHART_PADDING);
        if (title != null && !title.isBlank()) {
            TextTitle text = new TextTitle(title, fontFor(TITLE_FONT, title));
            text.setPaint(Color.BLACK);
            text.setPadding(new RectangleInsets(0, 0, 6, 0));
            chart.setTitle(text);
        }
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legend(legendTitle);
            StringBuilder names = new StringBuilder();
            org.jfree.chart.LegendItemCollection items = plot.getLegendItems();
            for (int i = 0; i < items.getItemCount(); i++) {
                names.append(items.get(i).getLabel());
            }
            legendTitle.setItemFont(fontFor(LABEL_FONT, names.toString()));
            if (legendHeading != null) {
                headed(legendTitle, legendHeading);
            }
        }
        return chart;
    }

    /** A legend with its heading above the entries, as matplotlib's legend title (seaborn puts the hue column there). */
    static LegendTitle headed(LegendTitle legendTitle, String heading) {
        BlockContainer wrapper = new BlockContainer(new BorderArrangement());
        LabelBlock label = new LabelBlock(heading, fontFor(LABEL_FONT, heading), Color.BLACK);
        label.setPadding(new RectangleInsets(2, 4, 2, 4));
        label.setContentAlignmentPoint(TextBlockAnchor.CENTER_LEFT);
        label.setTextAnchor(org.jfree.chart.ui.RectangleAnchor.LEFT);
        wrapper.add(label, RectangleEdge.TOP);
        wrapper.add(legendTitle.getItemContainer());
        legendTitle.setWrapper(wrapper);
        return legendTitle;
    }

    /** The legend look: 10 pt names in a thin grey box, right of the plot and top aligned. */
    static LegendTitle legend(LegendTitle legendTitle) {
        legendTitle.setItemFont(LABEL_FONT);
        legendTitle.setItemPaint(Color.BLACK);
        legendTitle.setPosition(RectangleEdge.RIGHT);
        legendTitle.setVerticalAlignment(VerticalAlignment.TOP);
        legendTitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legendTitle.setFrame(new BlockBorder(new RectangleInsets(0.8, 0.8, 0.8, 0.8), new Color(0xCCCCCC)));
        legendTitle.setItemLabelPadding(new RectangleInsets(2, 4, 2, 4));
        legendTitle.setPadding(new RectangleInsets(4, 4, 4, 4));
        legendTitle.setMargin(new RectangleInsets(0, 8, 0, 0));
        legendTitle.setBackgroundPaint(Color.WHITE);
        return legendTitle;
    }

    /** White plot, thin dark frame as matplotlib's spines, no grid, axes right at the frame. */
    static void plot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.BLACK);
        plot.setOutlineStroke(new BasicStroke(FRAME_WIDTH));
        plot.setInsets(RectangleInsets.ZERO_INSETS);
        if (plot instanceof XYPlot xy) {
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            xy.setDomainGridlinesVisible(false);
            xy.setRangeGridlinesVisible(false);
            xy.setDomainZeroBaselineVisible(false);
            xy.setRangeZeroBaselineVisible(false);
        } else if (plot instanceof CategoryPlot category) {
            category.setAxisOffset(RectangleInsets.ZERO_INSETS);
            category.setDomainGridlinesVisible(false);
            category.setRangeGridlinesVisible(false);
        }
    }

    /** Outward ticks, 9 pt tick labels, 10 pt axis label; the frame stands in for the axis line. */
    static <A extends Axis> A axis(A axis) {
        axis.setAxisLineVisible(false);
        axis.setLabelFont(fontFor(LABEL_FONT, axis.getLabel()));
        axis.setLabelPaint(Color.BLACK);
        axis.setLabelInsets(new RectangleInsets(3, 3, 3, 3));
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(Color.BLACK);
        axis.setTickLabelInsets(new RectangleInsets(2, 2, 2, 2));
        axis.setTickMarkPaint(Color.BLACK);
        axis.setTickMarkStroke(new BasicStroke(FRAME_WIDTH));
        axis.setTickMarkInsideLength(0f);
        axis.setTickMarkOutsideLength(TICK_LENGTH);
        axis.setMinorTickMarksVisible(false);
        if (axis instanceof ValueAxis value) {
            value.setLowerMargin(0.05);
            value.setUpperMargin(0.05);
        }
        if (axis instanceof NumberAxis number) {
            number.setAutoRangeIncludesZero(false);
            number.setAutoRangeStickyZero(false);
            number.setStandardTickUnits(new PlainTickUnits(number instanceof SymbolAxis));
        }
        return axis;
    }

    /** A value axis as matplotlib draws one: data plus 5% each side, round ticks. */
    static NumberAxis numberAxis(String label) {
        return axis(new AutoTickAxis(label, false));
    }

    static Stroke line(double widthPoints) {
        return new BasicStroke((float) widthPoints, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    }

    /**
     * A round marker for matplotlib's scatter size {@code s} (points squared), centred on 0,0: sqrt(s) across
     * plus the 1 pt edge in the face colour that matplotlib draws around it.
     */
    static Shape dot(double size) {
        double diameter = Math.sqrt(size) + MARKER_EDGE;
        return new Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter);
    }
}
