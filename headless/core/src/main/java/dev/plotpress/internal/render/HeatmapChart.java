package dev.plotpress.internal.render;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Column;
import dev.plotpress.model.HeatmapOptions;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.ValueFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * A heatmap as seaborn draws one: the table's numeric columns but its {@link Table#keys() keys} are the matrix (a
 * pivot's groupBy names the rows, whatever its type, as pandas' index does), row 0 at the top, one
 * coloured cell per value, optionally the value written in the cell (dark or white, whichever reads on
 * that colour) and a colour bar on the right.
 */
final class HeatmapChart {
    /** seaborn's threshold: text on a cell lighter than this is dark, else white. */
    private static final double LIGHT_CELL = 0.408;
    private static final Color DARK_TEXT = new Color(0x262626);

    private HeatmapChart() {
    }

    static JFreeChart build(ChartSpec spec, Table table) {
        HeatmapOptions options = spec.heatmap();
        List<NumericColumn> columns = SeriesColumns.named(List.of(), withoutKeys(table));
        int rows = table.rowCount();
        int cols = columns.size();
        double vmin = options.vmin() != null ? options.vmin() : columns.stream().mapToDouble(NumericColumn::min).min().orElseThrow();
        double vmax = options.vmax() != null ? options.vmax() : columns.stream().mapToDouble(NumericColumn::max).max().orElseThrow();
        if (Double.isNaN(vmin) || Double.isNaN(vmax)) {
            throw new BadInputException(table.source() + ": has no numbers to plot: every cell is missing");
        }
        ColormapScale scale = ColormapScale.over(options.colormap(), vmin, vmax);

        HeatmapOptions.Mask mask = options.mask();
        int shown = 0;
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                shown += mask.hides(row, col) ? 0 : 1;
            }
        }
        double[][] cells = new double[3][shown];
        int at = 0;
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                if (!mask.hides(row, col)) {
                    cells[0][at] = col;
                    cells[1][at] = row;
                    cells[2][at] = columns.get(col).get(row);
                    at++;
                }
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("cells", cells);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        renderer.setPaintScale(scale);

        SymbolAxis xAxis = Theme.axis(new ReadableMatrixAxis(spec.xLabel(),
                columns.stream().map(NumericColumn::name).toArray(String[]::new), "x"));
        String yLabel = spec.yLabel() != null || table.keys().isEmpty() ? spec.yLabel() : String.join("-", table.keys());
        SymbolAxis yAxis = Theme.axis(new ReadableMatrixAxis(yLabel, rowLabels(table), "y"));
        yAxis.setInverted(true);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        Theme.plot(plot);
        plot.setOutlineVisible(false);
        if (options.annotate()) {
            annotate(plot, columns, scale, labels(columns, rows, options.valueFormat()), spec);
        }

        JFreeChart chart = Theme.chart(spec.title(), plot, false);
        if (options.colorbar()) {
            chart.addSubtitle(colorBar(spec, scale));
        }
        return chart;
    }

    /** The table with its keys left out: they name the rows and are never drawn as values. */
    private static Table withoutKeys(Table table) {
        return table.keys().isEmpty() ? table
                : new Table(table.source(), table.columns().stream().filter(c -> !table.keys().contains(c.name())).toList());
    }

    /**
     * The keys name the rows, several joined by "-" as seaborn writes a MultiIndex; else the first text column (the
     * correlation's "" column); else their numbers.
     */
    private static String[] rowLabels(Table table) {
        List<Column> names = !table.keys().isEmpty() ? table.keys().stream().map(table::column).toList()
                : table.textColumns().stream().limit(1).map(Column.class::cast).toList();
        String[] labels = new String[table.rowCount()];
        for (int row = 0; row < labels.length; row++) {
            if (names.isEmpty()) {
                labels[row] = Integer.toString(row);
                continue;
            }
            List<String> parts = new java.util.ArrayList<>();
            for (Column column : names) {
                String name = Categories.nameOf(column, row);
                parts.add(name == null ? "" : name);
            }
            labels[row] = String.join("-", parts);
        }
        return labels;
    }

    /** Each cell's value as the spec formats it, by row then column; empty for a missing value. */
    private static String[][] labels(List<NumericColumn> columns, int rows, ValueFormat format) {
        String[][] labels = new String[rows][columns.size()];
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < columns.size(); col++) {
                labels[row][col] = format.format(columns.get(col).get(row));
            }
        }
        return labels;
    }

    private static void annotate(XYPlot plot, List<NumericColumn> columns, ColormapScale scale, String[][] labels,
                                 ChartSpec spec) {
        Font font = annotationFont(spec, labels);
        for (int row = 0; row < labels.length; row++) {
            for (int col = 0; col < columns.size(); col++) {
                if (labels[row][col].isEmpty() || spec.heatmap().mask().hides(row, col)) {
                    continue;
                }
                XYTextAnnotation label = new XYTextAnnotation(labels[row][col], col, row);
                label.setFont(font);
                label.setTextAnchor(TextAnchor.CENTER);
                label.setPaint(textOn((Color) scale.getPaint(columns.get(col).get(row))));
                plot.addAnnotation(label, false);
            }
        }
    }

    /** 10 pt like seaborn, smaller when the cells (estimated from the figure size) would not hold the text. */
    private static Font annotationFont(ChartSpec spec, String[][] labels) {
        int rows = labels.length;
        int cols = labels[0].length;
        double cellWidth = spec.size().pointWidth() * 0.7 / cols;
        double cellHeight = spec.size().pointHeight() * 0.75 / rows;
        int longest = 1;
        for (String[] row : labels) {
            for (String label : row) {
                longest = Math.max(longest, label.length());
            }
        }
        double size = Math.min(10, Math.min(cellHeight * 0.5, cellWidth * 0.9 / (longest * 0.62)));
        return Theme.LABEL_FONT.deriveFont((float) Math.max(3, size));
    }

    /** Dark text on light cells, white on dark ones, by the cell colour's relative luminance (as seaborn). */
    static Color textOn(Color cell) {
        double luminance = 0.2126 * linear(cell.getRed()) + 0.7152 * linear(cell.getGreen()) + 0.0722 * linear(cell.getBlue());
        return luminance > LIGHT_CELL ? DARK_TEXT : Color.WHITE;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static PaintScaleLegend colorBar(ChartSpec spec, ColormapScale scale) {
        NumberAxis axis = Theme.numberAxis(null);
        axis.setRange(scale.lower(), scale.upper());
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        PaintScaleLegend bar = new PaintScaleLegend(scale, axis);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        bar.setAxisOffset(0);
        bar.setSubdivisionCount(256);
        bar.setStripOutlineVisible(false);
        bar.setBackgroundPaint(Color.WHITE);
        // seaborn's bar is as tall as the cells and a twentieth as wide; the bottom margin skips the x axis
        double plotHeight = spec.size().pointHeight() * 0.77;
        bar.setStripWidth(Math.max(8, Math.min(24, plotHeight / 20)));
        double xAxisHeight = Theme.TICK_LENGTH + 4 + Theme.TICK_FONT.getSize2D() * 1.2
                + (spec.xLabel() != null ? 6 + Theme.LABEL_FONT.getSize2D() * 1.2 : 0);
        bar.setMargin(new RectangleInsets(0, 18, xAxisHeight, 0));
        return bar;
    }
}
