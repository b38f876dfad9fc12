package dev.plotpress.render;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.FacetOptions;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Small multiples ({@code facet:}): the table's rows split by the values of a column (and a row column), one
 * panel each, drawn by the kind's own chart and laid out as a {@link GridFigure}. Panels are titled "Series = I",
 * share their axes' ranges unless told not to (seaborn's sharex / sharey), write tick labels only along the
 * bottom row and the left column when shared, and keep the same space for their axes so their plots line up.
 * The hue colours are the whole table's, so a group keeps its colour in every panel; there is one legend.
 */
final class Facets {
    /** seaborn's FacetGrid default panel: height 3 in; ours a little wider, for axis labels. */
    private static final double PANEL_WIDTH_INCHES = 3.2;
    private static final double PANEL_HEIGHT_INCHES = 2.6;
    /** Panels keep room for their axes whether they label them or not: that room is the gap between them. */
    private static final double PANEL_GAP = 0.04;
    private static final float SMALLEST_TITLE = 7f;
    private static final RectangleInsets PANEL_PADDING = new RectangleInsets(2, 2, 2, 2);

    private Facets() {
    }

    static GridFigure build(ChartSpec spec, Table table, String description) {
        FacetOptions facet = spec.facet();
        if (!spec.y2().isEmpty()) {
            throw new InvalidSpecException("facet", "cannot be combined with y2 yet; remove y2 or facet");
        }
        HueGroups columns = facet.column() == null ? null : HueGroups.of(table, facet.column());
        HueGroups rows = facet.row() == null ? null : HueGroups.of(table, facet.row());
        int panelCount = (columns == null ? 1 : columns.size()) * (rows == null ? 1 : rows.size());
        if (panelCount > FacetOptions.MAX_PANELS) {
            throw new InvalidSpecException("facet", panelCount + " panels are more than the " + FacetOptions.MAX_PANELS
                    + " a figure can show; facet by a column with fewer values, or filter the rows first");
        }
        int gridColumns;
        int gridRows;
        if (rows == null) {
            gridColumns = facet.wrap() == null ? columns.size() : Math.min(facet.wrap(), columns.size());
            gridRows = (columns.size() + gridColumns - 1) / gridColumns;
        } else {
            gridColumns = columns == null ? 1 : columns.size();
            gridRows = rows.size();
        }
        Size size = spec.size().equals(Size.DEFAULT)
                ? Size.inches(PANEL_WIDTH_INCHES * gridColumns + 0.8, PANEL_HEIGHT_INCHES * gridRows + 0.6, Size.DEFAULT_DPI)
                : spec.size();
        ChartSpec panelSpec = panelSpec(spec, table);
        List<Panel> panels = panels(columns, rows, table.rowCount());
        List<JFreeChart> charts = new ArrayList<>();
        Warnings warnings = new Warnings(table.source(), table.rowCount());
        for (int p = 0; p < panels.size(); p++) {
            Panel panel = panels.get(p);
            warnings.panel(p, panels.size());
            if (panel.rows().length == 0) {
                charts.add(null); // a pairing of row and column values that no row has: a blank cell
                continue;
            }
            ChartFigure figure = (ChartFigure) Renderer.panel(panelSpec.toBuilder().title(null).build(),
                    table.select(panel.rows()).withSource(table.source() + " (" + panel.title() + ")"), warnings);
            JFreeChart chart = figure.chart();
            chart.setTitle(panelTitle(panel.title(), size.pointWidth() / gridColumns));
            chart.getTitle().setPadding(new RectangleInsets(0, 0, 4, 0));
            chart.setPadding(PANEL_PADDING);
            charts.add(chart);
        }
        LegendItemCollection legend = legend(charts);
        charts.stream().filter(java.util.Objects::nonNull).forEach(JFreeChart::removeLegend);
        if (facet.sharesX()) {
            share(charts, Facets::xAxis);
        }
        if (facet.sharesY()) {
            share(charts, Facets::yAxis);
        }
        List<JFreeChart> cells = new ArrayList<>(charts);
        while (cells.size() < gridRows * gridColumns) {
            cells.add(null); // a wrapped grid's last row may be short
        }
        alignAxes(cells, gridRows, gridColumns, facet, size);
        return new GridFigure(size, description, spec.title(), gridRows, gridColumns, cells, List.of(), List.of(), legend,
                spec.hue(), warnings.messages(), PANEL_GAP);
    }

    /** One line, in a smaller font when the panel is narrow, so every panel's plot starts at the same height. */
    private static TextTitle panelTitle(String text, double panelWidth) {
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        java.awt.Font font = Theme.fontFor(Theme.LABEL_FONT, text);
        double width = font.getStringBounds(text, frc).getWidth();
        double room = panelWidth * 0.9;
        if (width > room) {
            font = font.deriveFont((float) Math.max(SMALLEST_TITLE, font.getSize2D() * room / width));
        }
        TextTitle title = new TextTitle(text, font);
        title.setPaint(Color.BLACK);
        title.setMaximumLinesToDisplay(1);
        return title;
    }

    /** What every panel draws: the spec without the facet, hue values in the whole table's order. */
    private static ChartSpec panelSpec(ChartSpec spec, Table table) {
        ChartSpec.Builder panel = spec.toBuilder().facet(null).size(Size.DEFAULT);
        if (spec.hue() != null) {
            panel.hueOrder(HueGroups.of(table, spec.hue(), spec.hueOrder()).names());
        }
        return panel.build();
    }

    private record Panel(String title, int[] rows) {
    }

    /** Column values across, row values down: every pairing, even one without rows (an empty panel says so). */
    private static List<Panel> panels(HueGroups columns, HueGroups rows, int rowCount) {
        List<Panel> panels = new ArrayList<>();
        int rowGroups = rows == null ? 1 : rows.size();
        int columnGroups = columns == null ? 1 : columns.size();
        for (int r = 0; r < rowGroups; r++) {
            for (int c = 0; c < columnGroups; c++) {
                List<String> title = new ArrayList<>();
                int[] picked = null;
                if (rows != null) {
                    title.add(rows.column() + " = " + rows.names().get(r));
                    picked = rows.rows().get(r);
                }
                if (columns != null) {
                    title.add(columns.column() + " = " + columns.names().get(c));
                    picked = picked == null ? columns.rows().get(c) : both(picked, columns.rows().get(c), rowCount);
                }
                panels.add(new Panel(String.join(" | ", title), picked));
            }
        }
        return panels;
    }

    private static int[] both(int[] a, int[] b, int rowCount) {
        boolean[] inA = new boolean[rowCount];
        for (int row : a) {
            inA[row] = true;
        }
        return java.util.Arrays.stream(b).filter(row -> inA[row]).toArray();
    }

    /** One entry per series name over all panels, in order of first appearance. */
    private static LegendItemCollection legend(List<JFreeChart> charts) {
        if (charts.stream().allMatch(chart -> chart == null || chart.getLegend() == null)) {
            return null;
        }
        LegendItemCollection items = new LegendItemCollection();
        Set<String> seen = new LinkedHashSet<>();
        for (JFreeChart chart : charts) {
            if (chart == null) {
                continue;
            }
            LegendItemCollection panelItems = chart.getPlot().getLegendItems();
            for (int i = 0; i < panelItems.getItemCount(); i++) {
                LegendItem item = panelItems.get(i);
                if (seen.add(item.getLabel())) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    private static ValueAxis xAxis(Plot plot) {
        return plot instanceof XYPlot xy ? xy.getDomainAxis() : null; // a category axis has no range to share
    }

    private static ValueAxis yAxis(Plot plot) {
        return plot instanceof XYPlot xy ? xy.getRangeAxis() : ((CategoryPlot) plot).getRangeAxis();
    }

    /** Every panel's axis takes the range that covers all of them. */
    private static void share(List<JFreeChart> charts, Function<Plot, ValueAxis> axisOf) {
        Range union = null;
        for (JFreeChart chart : charts) {
            if (chart == null) {
                continue;
            }
            ValueAxis axis = axisOf.apply(chart.getPlot());
            if (axis != null) {
                union = Range.combine(union, axis.getRange());
            }
        }
        if (union == null) {
            return;
        }
        for (JFreeChart chart : charts) {
            ValueAxis axis = chart == null ? null : axisOf.apply(chart.getPlot());
            if (axis != null) {
                axis.setRange(union, true, false);
            }
        }
    }

    /**
     * Shared axes are labelled once, along the bottom row and the left column; every panel keeps the same room for
     * its axes, measured on a labelled one, so the plots line up however many labels a panel writes.
     */
    private static void alignAxes(List<JFreeChart> cells, int rows, int columns, FacetOptions facet, Size size) {
        Rectangle2D cell = new Rectangle2D.Double(0, 0, size.pointWidth() / columns, size.pointHeight() / rows);
        double left = 0;
        double bottom = 0;
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = scratch.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            for (int i = 0; i < cells.size(); i++) {
                JFreeChart chart = cells.get(i);
                if (chart == null) {
                    continue;
                }
                boolean leftColumn = i % columns == 0;
                boolean bottomRow = i + columns >= cells.size() || cells.get(i + columns) == null;
                Plot plot = chart.getPlot();
                if (facet.sharesY() && !leftColumn) {
                    hideLabels(yAxisOf(plot));
                }
                if (facet.sharesX() && !bottomRow) {
                    hideLabels(xAxisOf(plot));
                }
                left = Math.max(left, yAxisOf(plot).reserveSpace(g2, plot, cell, RectangleEdge.LEFT, new AxisSpace()).getLeft());
                bottom = Math.max(bottom, xAxisOf(plot).reserveSpace(g2, plot, cell, RectangleEdge.BOTTOM, new AxisSpace()).getBottom());
            }
        } finally {
            g2.dispose();
        }
        for (JFreeChart chart : cells) {
            if (chart == null) {
                continue;
            }
            AxisSpace x = new AxisSpace();
            x.setBottom(bottom);
            AxisSpace y = new AxisSpace();
            y.setLeft(left);
            if (chart.getPlot() instanceof XYPlot xy) {
                xy.setFixedDomainAxisSpace(x);
                xy.setFixedRangeAxisSpace(y);
            } else if (chart.getPlot() instanceof CategoryPlot category) {
                category.setFixedDomainAxisSpace(x);
                category.setFixedRangeAxisSpace(y);
            }
        }
    }

    private static Axis xAxisOf(Plot plot) {
        return plot instanceof XYPlot xy ? xy.getDomainAxis() : ((CategoryPlot) plot).getDomainAxis();
    }

    private static Axis yAxisOf(Plot plot) {
        return plot instanceof XYPlot xy ? xy.getRangeAxis() : ((CategoryPlot) plot).getRangeAxis();
    }

    private static void hideLabels(Axis axis) {
        axis.setTickLabelsVisible(false);
        axis.setLabel(null);
    }
}
