package dev.plotpress.internal.render;

import dev.plotpress.render.Figure;
import dev.plotpress.model.Size;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Size2D;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;

/**
 * A Figure of rows x columns small charts laid out as matplotlib's GridSpec does (the scatter matrix):
 * cells of one size with small gaps between them, names under the bottom row and left of the left
 * column, an optional title above, an optional legend right of the grid (hue groups). The viewer shows each
 * {@link #cell} live inside {@link #cellArea}; a cell left blank (above the diagonal of a {@code corner} scatter
 * matrix) has no chart, and {@link #cell} returns null for it.
 */
public final class GridFigure implements Figure {
    /** matplotlib's default subplot margins, as fractions of the figure. */
    private static final double LEFT = 0.125;
    private static final double RIGHT = 0.10;
    private static final double TOP = 0.12;
    private static final double BOTTOM = 0.11;
    /** Gap between cells as a fraction of a cell (GridSpec's wspace / hspace). */
    static final double GAP = 0.1;
    /** Distance from a cell to its row name (the report's labelpad=15) and to its column name, points. */
    private static final double ROW_LABEL_PAD = 15;
    private static final double COLUMN_LABEL_PAD = 4;
    private static final double TIGHT_ROW_LABEL_PAD = 2;
    /** Space between the grid and its legend, and right of the legend, points. */
    private static final double LEGEND_GAP = 6;
    /** A tight layout's margin where nothing is written, points. */
    private static final double TIGHT_MARGIN = 8;
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private final Size size;
    private final double gap;
    private final boolean tight;
    private final String description;
    private final String title;
    private final int rows;
    private final int columns;
    private final List<JFreeChart> cells;
    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final double rowLabelWidth;
    private final double columnLabelHeight;
    private final double titleHeight;
    /** Null without a legend; drawn by JFreeChart's legend block, measured once here so the layout is fixed. */
    private final LegendTitle legend;
    private final Size2D legendSize;
    private final List<String> warnings;
    /** Room beyond the least that a column keeps left of its plots and a row below them (their tick labels), points. */
    private final AlignedAxes.Room room;

    /**
     * @param cells        row by row, {@code rows * columns} charts
     * @param rowLabels    names left of the left column, or an empty list for none
     * @param columnLabels names under the bottom row, or an empty list for none
     */
    GridFigure(Size size, String description, String title, int rows, int columns, List<JFreeChart> cells,
               List<String> rowLabels, List<String> columnLabels) {
        this(size, description, title, rows, columns, cells, rowLabels, columnLabels, null, null, List.of());
    }

    /**
     * @param cells  row by row, {@code rows * columns} charts; null for a blank cell
     * @param legend   the entries of a legend right of the grid, or null for none
     * @param legendHeading the legend's heading (the hue column), or null for none
     * @param warnings what the cells leave out of what they were asked to draw ({@link Figure#warnings()})
     */
    GridFigure(Size size, String description, String title, int rows, int columns, List<JFreeChart> cells,
               List<String> rowLabels, List<String> columnLabels, LegendItemCollection legend, String legendHeading,
               List<String> warnings) {
        this(size, description, title, rows, columns, cells, rowLabels, columnLabels, legend, legendHeading, warnings, GAP, false);
    }

    /**
     * @param legendHeading the legend's heading (the hue column, as seaborn's), or null for none
     * @param gap           the space between cells as a fraction of a cell (0 when the cells keep their own margins)
     * @param tight         margins only as wide as the names, title and legend need (seaborn's tight layout), not
     *                      matplotlib's default subplot margins
     */
    GridFigure(Size size, String description, String title, int rows, int columns, List<JFreeChart> cells,
               List<String> rowLabels, List<String> columnLabels, LegendItemCollection legend, String legendHeading,
               List<String> warnings, double gap, boolean tight) {
        this(size, description, title, rows, columns, cells, rowLabels, columnLabels, legend, legendHeading, warnings, gap,
                tight, AlignedAxes.Room.none(rows, columns));
    }

    /**
     * @param room the room each column keeps left of its plots and each row below them beyond the least (the left
     *             column's tick labels, the bottom row's), so that every plot is the same size however many labels
     *             its cell writes
     */
    GridFigure(Size size, String description, String title, int rows, int columns, List<JFreeChart> cells,
               List<String> rowLabels, List<String> columnLabels, LegendItemCollection legend, String legendHeading,
               List<String> warnings, double gap, boolean tight, AlignedAxes.Room room) {
        if (room.left().length != columns || room.below().length != rows) {
            throw new IllegalArgumentException("room for " + room.left().length + " columns and " + room.below().length
                    + " rows in a " + rows + " x " + columns + " grid");
        }
        this.room = room;
        if (cells.size() != rows * columns) {
            throw new IllegalArgumentException(cells.size() + " charts for a " + rows + " x " + columns + " grid");
        }
        this.size = Objects.requireNonNull(size);
        this.gap = gap;
        this.tight = tight;
        this.description = description;
        this.title = title == null || title.isBlank() ? null : title;
        this.rows = rows;
        this.columns = columns;
        this.cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        this.rowLabels = List.copyOf(rowLabels);
        this.columnLabels = List.copyOf(columnLabels);
        this.rowLabelWidth = tight && !this.rowLabels.isEmpty() ? lineHeight(Theme.LABEL_FONT) : this.rowLabels.stream()
                .mapToDouble(label -> Theme.LABEL_FONT.getStringBounds(label, MEASURE).getWidth()).max().orElse(0);
        this.columnLabelHeight = this.columnLabels.isEmpty() ? 0 : lineHeight(Theme.LABEL_FONT);
        this.titleHeight = this.title == null ? 0 : lineHeight(Theme.TITLE_FONT);
        this.legend = legend == null || legend.getItemCount() == 0 ? null
                : headed(Theme.legend(new LegendTitle(() -> legend)), legendHeading);
        this.legendSize = this.legend == null ? null : measure(this.legend);
        this.warnings = List.copyOf(warnings);
    }

    private static LegendTitle headed(LegendTitle legend, String heading) {
        return heading == null ? legend : Theme.headed(legend, heading);
    }

    private static Size2D measure(LegendTitle legend) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = scratch.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            return legend.arrange(g2, RectangleConstraint.NONE);
        } finally {
            g2.dispose();
        }
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /**
     * The chart in a cell, counted from the top left; it belongs to this figure alone. Null for a blank cell
     * (the upper triangle of a {@code corner: true} scatter matrix): draw nothing there, not even a frame.
     */
    public JFreeChart cell(int row, int column) {
        Objects.checkIndex(row, rows);
        Objects.checkIndex(column, columns);
        return cells.get(row * columns + column);
    }

    /** The name left of a row (for a scatter matrix: the column plotted on y in that row). */
    public String rowLabel(int row) {
        return rowLabels.isEmpty() ? "" : rowLabels.get(row);
    }

    /** The name under a column (for a scatter matrix: the column plotted on x in that column). */
    public String columnLabel(int column) {
        return columnLabels.isEmpty() ? "" : columnLabels.get(column);
    }

    /** Where {@link #draw} puts a cell when the whole figure is drawn into {@code area}. */
    public Rectangle2D cellArea(int row, int column, Rectangle2D area) {
        Objects.checkIndex(row, rows);
        Objects.checkIndex(column, columns);
        Rectangle2D grid = gridArea(area);
        double[] left = room.left();
        double[] below = room.below();
        double cellWidth = Math.max(1, (grid.getWidth() - sum(left, columns)) / (columns + gap * (columns - 1)));
        double cellHeight = Math.max(1, (grid.getHeight() - sum(below, rows)) / (rows + gap * (rows - 1)));
        return new Rectangle2D.Double(grid.getX() + column * cellWidth * (1 + gap) + sum(left, column),
                grid.getY() + row * cellHeight * (1 + gap) + sum(below, row),
                cellWidth + left[column], cellHeight + below[row]);
    }

    @Override
    public Size size() {
        return size;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        Color savedPaint = (Color) g2.getColor();
        Font savedFont = g2.getFont();
        g2.setPaint(Color.WHITE);
        g2.fill(area);
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                JFreeChart chart = cell(row, column);
                if (chart != null) {
                    chart.draw(g2, cellArea(row, column, area));
                }
            }
        }
        g2.setPaint(Color.BLACK);
        g2.setFont(Theme.fontFor(Theme.LABEL_FONT, String.join("", rowLabels) + String.join("", columnLabels)));
        for (int row = 0; row < rowLabels.size(); row++) {
            Rectangle2D cell = cellArea(row, 0, area);
            if (tight) { // turned, as matplotlib's y label, beside the cell's own tick labels
                TextUtils.drawRotatedString(rowLabels.get(row), g2, (float) (cell.getMinX() - TIGHT_ROW_LABEL_PAD),
                        (float) cell.getCenterY(), TextAnchor.BOTTOM_CENTER, -Math.PI / 2, TextAnchor.BOTTOM_CENTER);
            } else {
                TextUtils.drawAlignedString(rowLabels.get(row), g2, (float) (cell.getMinX() - ROW_LABEL_PAD),
                        (float) cell.getCenterY(), TextAnchor.CENTER_RIGHT);
            }
        }
        for (int column = 0; column < columnLabels.size(); column++) {
            Rectangle2D cell = cellArea(rows - 1, column, area);
            TextUtils.drawAlignedString(columnLabels.get(column), g2, (float) cell.getCenterX(),
                    (float) (cell.getMaxY() + COLUMN_LABEL_PAD), TextAnchor.TOP_CENTER);
        }
        if (legend != null) {
            Rectangle2D grid = gridArea(area);
            Rectangle2D box = new Rectangle2D.Double(grid.getMaxX() + LEGEND_GAP, grid.getMinY(),
                    legendSize.getWidth(), legendSize.getHeight());
            legend.arrange(g2, new RectangleConstraint(box.getWidth(), box.getHeight()));
            legend.draw(g2, box);
        }
        if (title != null) {
            Rectangle2D grid = gridArea(area);
            g2.setFont(Theme.fontFor(Theme.TITLE_FONT, title));
            TextUtils.drawAlignedString(title, g2, (float) grid.getCenterX(),
                    (float) (grid.getMinY() - titleHeight * 0.6), TextAnchor.BOTTOM_CENTER);
        }
        g2.setFont(savedFont);
        g2.setPaint(savedPaint);
    }

    /** matplotlib's margins, widened where the names or the title would not fit; or tight, as they need. */
    private Rectangle2D gridArea(Rectangle2D area) {
        double w = area.getWidth();
        double h = area.getHeight();
        double leftNames = rowLabels.isEmpty() ? 0 : rowLabelWidth + (tight ? TIGHT_ROW_LABEL_PAD : ROW_LABEL_PAD) + 4;
        double bottomNames = columnLabels.isEmpty() ? 0 : columnLabelHeight + COLUMN_LABEL_PAD + 4;
        double legendWidth = legend == null ? 0 : legendSize.getWidth() + 2 * LEGEND_GAP;
        double left = Math.max(tight ? TIGHT_MARGIN : LEFT * w, leftNames);
        double bottom = Math.max(tight ? TIGHT_MARGIN : BOTTOM * h, bottomNames);
        double top = Math.max(tight ? TIGHT_MARGIN : TOP * h, titleHeight * 1.8);
        double right = Math.max(tight ? TIGHT_MARGIN : RIGHT * w, legendWidth);
        return new Rectangle2D.Double(area.getX() + left, area.getY() + top,
                Math.max(1, w - left - right), Math.max(1, h - top - bottom));
    }

    /** The first {@code count} values. */
    private static double sum(double[] values, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += values[i];
        }
        return sum;
    }

    private static double lineHeight(Font font) {
        return font.getLineMetrics("Ag", MEASURE).getHeight();
    }
}
