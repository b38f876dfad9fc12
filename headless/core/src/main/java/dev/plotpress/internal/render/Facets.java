package dev.plotpress.internal.render;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.FacetOptions;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.internal.model.Limit;
import dev.plotpress.internal.model.Suggestion;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Small multiples ({@code facet:}): the table's rows split by the values of a column (and a row column), one
 * panel each, drawn by the kind's own chart and laid out as a {@link GridFigure}. Panels are titled "Series = I",
 * share their axes' ranges unless told not to (seaborn's sharex / sharey), write tick labels only along the
 * bottom row and the left column when shared, and keep room for them only there, so every plot is one size and lines
 * up with its row and column. A pairing of row and column values that no row has is an empty panel, as seaborn's.
 * The hue colours are the whole table's, so a group keeps its colour in every panel; there is one legend.
 */
final class Facets {
    /** seaborn's FacetGrid default panel: height 3 in; ours a little wider, for the y axis' labels. */
    private static final double PANEL_WIDTH_INCHES = 3.2;
    private static final double PANEL_HEIGHT_INCHES = 3.0;
    /** Around the grid: tight margins (seaborn's tight_layout), and a line for the figure's title. */
    private static final double MARGIN_INCHES = 0.4;
    private static final double TITLE_INCHES = 0.3;
    private static final double LEGEND_INCHES = 1.0;
    /** Between panels, as a share of a panel: the tick labels of the outer ones have room of their own. */
    private static final double PANEL_GAP = 0.06;
    private static final float SMALLEST_TITLE = 7f;
    private static final RectangleInsets PANEL_PADDING = new RectangleInsets(2, 2, 2, 2);
    /** How far an x tick label may reach past its panel's plot: the padding and a little of the gap beside it. */
    private static final double END_LABEL_ROOM = 5;

    private Facets() {
    }

    static GridFigure build(ChartSpec spec, Table table, String description) {
        FacetOptions facet = spec.facet();
        if (!spec.y2().isEmpty()) {
            throw new InvalidSpecException("facet", "cannot be combined with y2 yet; remove y2 or facet");
        }
        HueGroups columns = facet.column() == null ? null
                : ordered(table, "facet.column", facet.column(), facet.columnOrder(), "columnOrder");
        HueGroups rows = facet.row() == null ? null : ordered(table, "facet.row", facet.row(), facet.rowOrder(), "rowOrder");
        int panelCount = (columns == null ? 1 : columns.size()) * (rows == null ? 1 : rows.size());
        if (!Limit.FACET_PANELS.allows(panelCount)) {
            throw new BadInputException(table.source() + ": facet: " + columns.size() + " columns x " + rows.size() + " rows: "
                    + Limit.FACET_PANELS.exceeded(panelCount, "facet by columns with fewer values (bin, top or filter them first)"));
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
        ChartSpec panelSpec = panelSpec(spec, table);
        Warnings warnings = new Warnings(table.source(), table.rowCount());
        for (HueGroups split : java.util.Arrays.asList(columns, rows)) {
            if (split != null) { // as seaborn's FacetGrid, rows without the value are in no panel: said, not silent
                warnings.rows(table.rowCount() - split.rows().stream().mapToLong(r -> r.length).sum(),
                        "have no " + split.column() + " value and are in no facet panel");
            }
        }
        double[] binEdges = binEdges(panelSpec, table, warnings);
        List<Panel> panels = panels(columns, rows, table.rowCount());
        List<JFreeChart> charts = new ArrayList<>();
        for (int p = 0; p < panels.size(); p++) {
            warnings.panel(p, panels.size());
            charts.add(panels.get(p).rows().length == 0 ? null
                    : panel(panelSpec, table, panels.get(p), warnings, binEdges));
        }
        LegendItemCollection legend = legend(charts);
        boolean titled = spec.title() != null && !spec.title().isBlank();
        Size size = spec.size().equals(Size.DEFAULT) // the panels, and beside them the legend, as seaborn's legend_out
                ? Size.inches(PANEL_WIDTH_INCHES * gridColumns + MARGIN_INCHES + (legend != null ? LEGEND_INCHES : 0),
                PANEL_HEIGHT_INCHES * gridRows + MARGIN_INCHES + (titled ? TITLE_INCHES : 0), Size.DEFAULT_DPI)
                : spec.size();
        List<JFreeChart> drawn = new ArrayList<>(charts); // with the empty panels of a row and column grid
        for (int p = 0; p < panels.size(); p++) {
            if (charts.get(p) == null) {
                drawn.set(p, empty(panelSpec, table, panels, charts, p, gridColumns, binEdges, facet));
            }
        }
        drawn.stream().filter(java.util.Objects::nonNull).forEach(JFreeChart::removeLegend);
        if (facet.sharesX()) {
            share(charts, drawn, Facets::xAxis);
        }
        if (facet.sharesY()) {
            share(charts, drawn, Facets::yAxis);
        }
        List<JFreeChart> cells = new ArrayList<>(drawn);
        while (cells.size() < gridRows * gridColumns) {
            cells.add(null); // a wrapped grid's last row may be short
        }
        Rectangle2D area = new Rectangle2D.Double(0, 0, size.pointWidth(), size.pointHeight());
        Function<AlignedAxes.Room, GridFigure> grid = room -> new GridFigure(size, description, spec.title(), gridRows,
                gridColumns, cells, List.of(), List.of(), legend, spec.hue(), List.of(), PANEL_GAP, true, room);
        AlignedAxes.Room room = alignAxes(cells, gridRows, gridColumns, facet,
                grid.apply(AlignedAxes.Room.none(gridRows, gridColumns)).cellArea(0, 0, area));
        double panelWidth = grid.apply(room).cellArea(0, gridColumns - 1, area).getWidth(); // the narrowest: no y labels
        titlePanels(drawn, panels, panelWidth - PANEL_PADDING.getLeft() - PANEL_PADDING.getRight());
        List<String> said = new ArrayList<>(warnings.messages());
        said.addAll(LeftOutNames.ofPanels(charts, panels.stream().map(p -> table.source() + " (" + p.title() + ")").toList()));
        return new GridFigure(size, description, spec.title(), gridRows, gridColumns, cells, List.of(), List.of(), legend,
                spec.hue(), said, PANEL_GAP, true, room);
    }

    private static JFreeChart panel(ChartSpec panelSpec, Table table, Panel panel, Warnings warnings, double[] binEdges) {
        ChartFigure figure = Renderer.panel(panelSpec.toBuilder().title(null).build(),
                table.select(panel.rows()).withSource(table.source() + " (" + panel.title() + ")"), warnings, binEdges);
        JFreeChart chart = figure.chart();
        chart.setPadding(PANEL_PADDING);
        return chart;
    }

    /**
     * A pairing of row and column values that no row has, drawn as seaborn draws it: an empty panel with its title,
     * frame and ticks, so its row still writes its y labels and its column its x labels. It is a panel of the same
     * column (else the first) drawn with nothing in it: the same axes, categories and shared ranges; an unshared value
     * axis shows 0 to 1, as matplotlib's empty axes.
     */
    private static JFreeChart empty(ChartSpec panelSpec, Table table, List<Panel> panels, List<JFreeChart> charts, int p,
                                    int gridColumns, double[] binEdges, FacetOptions facet) {
        int donor = -1;
        for (int other = p % gridColumns; other < panels.size() && donor < 0; other += gridColumns) {
            donor = charts.get(other) != null ? other : -1;
        }
        for (int other = 0; other < panels.size() && donor < 0; other++) {
            donor = charts.get(other) != null ? other : -1;
        }
        if (donor < 0) {
            return null;
        }
        JFreeChart chart = panel(panelSpec, table, panels.get(donor), new Warnings(table.source(), table.rowCount()), binEdges);
        Plot plot = chart.getPlot();
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getRendererCount(); i++) {
                xy.setRenderer(i, new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(false, false));
            }
            xy.clearAnnotations();
        } else if (plot instanceof CategoryPlot category) {
            for (int i = 0; i < category.getRendererCount(); i++) {
                category.setRenderer(i, new org.jfree.chart.renderer.category.LineAndShapeRenderer(false, false));
            }
            category.clearAnnotations();
        }
        for (ValueAxis axis : new ValueAxis[] {facet.sharesX() ? null : xAxis(plot), facet.sharesY() ? null : yAxis(plot)}) {
            if (axis != null) {
                axis.setRange(0, 1);
            }
        }
        return chart;
    }

    /**
     * The panels of a facet column: the listed values first (seaborn's col_order / row_order), the rest in their
     * usual order, as {@code order:} arranges categories; a listed value no row has is refused, not left blank.
     */
    private static HueGroups ordered(Table table, String facetField, String column, List<String> order, String field) {
        List<String> values = HueGroups.facet(table, facetField, column, List.of()).names();
        for (String listed : order) {
            if (!values.contains(listed)) {
                throw new BadInputException(table.source() + ": facet." + field + ": " + column + " has no value '" + listed
                        + "'" + Suggestion.didYouMean(listed, values) + "; its values are " + String.join(", ", values));
            }
        }
        return HueGroups.facet(table, facetField, column, order);
    }

    /**
     * A histogram's bins over the whole table's values, so every panel counts in the same bins (seaborn's displot);
     * null for other kinds, and for histograms of several columns (each column keeps its own bins).
     */
    private static double[] binEdges(ChartSpec panelSpec, Table table, Warnings warnings) {
        if (panelSpec.kind() != ChartKind.HISTOGRAM) {
            return null;
        }
        List<NumericColumn> counted = HistogramChart.counted(panelSpec, table);
        if (counted.size() != 1) {
            return null;
        }
        double[] values = Arrays.stream(DrawnValues.on(counted.get(0).toArray(), counted.get(0).name(),
                panelSpec.axes().logX(), "x", new Warnings(table.source(), table.rowCount())))
                .filter(Double::isFinite).toArray();
        return values.length == 0 ? null : HistogramChart.edges(panelSpec, table, counted.get(0).name(), values, warnings);
    }

    /**
     * One line each, all in one font: the largest (up to the axis label's) at which every title fits its panel,
     * no smaller than {@link #SMALLEST_TITLE}; only a title that does not fit even then is shortened.
     */
    private static void titlePanels(List<JFreeChart> charts, List<Panel> panels, double room) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double fits = room * 0.98; // the title block's own rounding: what measures just inside must not be cut
        float size = Theme.LABEL_FONT.getSize2D();
        for (int i = 0; i < panels.size(); i++) {
            if (charts.get(i) != null) {
                String text = panels.get(i).title();
                double width = Theme.fontFor(Theme.LABEL_FONT, text).getStringBounds(text, frc).getWidth();
                size = (float) Math.min(size, Math.max(SMALLEST_TITLE, Theme.LABEL_FONT.getSize2D() * fits / width));
            }
        }
        CategoryLabels oneLine = new CategoryLabels(0, 1, fits, 1, 0);
        for (int i = 0; i < panels.size(); i++) {
            if (charts.get(i) == null) {
                continue;
            }
            String text = panels.get(i).title();
            Font font = Theme.fontFor(Theme.LABEL_FONT, text).deriveFont(size);
            TextTitle title = new TextTitle(oneLine.text(text, font, frc), font);
            title.setPaint(Color.BLACK);
            title.setMaximumLinesToDisplay(1);
            title.setPadding(new RectangleInsets(0, 0, 4, 0));
            charts.get(i).setTitle(title);
        }
    }

    /** What every panel draws: the spec without the facet, hue values in the whole table's order. */
    private static ChartSpec panelSpec(ChartSpec spec, Table table) {
        ChartSpec.Builder panel = spec.toBuilder().facet(null).size(Size.DEFAULT);
        if (spec.hue() != null && spec.kind() == ChartKind.SCATTER && NumericHue.drawsNumbers(spec, table)) {
            panel.hueOrder(NumericHue.levelNames(table, spec.hue())); // coloured by value: as many as there are
        } else if (spec.hue() != null) {
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

    /**
     * Every panel's axis takes the range that covers all of them: of those with rows, on all drawn. A panel whose data
     * is one value (one year per panel) adds that value, not the 5% either side a lone chart spreads it over, and the
     * union then takes the margins, as matplotlib's shared axes autoscale on the data of all.
     */
    private static void share(List<JFreeChart> charts, List<JFreeChart> drawn, Function<Plot, ValueAxis> axisOf) {
        Range union = null;
        Range points = null;
        for (JFreeChart chart : charts) {
            if (chart == null) {
                continue;
            }
            ValueAxis axis = axisOf.apply(chart.getPlot());
            Range data = axis == null || !(chart.getPlot() instanceof org.jfree.chart.plot.ValueAxisPlot plot) ? null
                    : plot.getDataRange(axis);
            if (data != null && data.getLength() == 0) {
                points = Range.combine(points, data);
            } else if (axis != null) {
                union = Range.combine(union, axis.getRange());
            }
        }
        if (points != null && points.getLength() > 0) { // lone values in several panels: their span, with margins
            points = Range.expand(points, 0.05, 0.05);
        } else if (points != null && union == null) { // the same lone value everywhere: as one chart shows it
            union = charts.stream().filter(java.util.Objects::nonNull).map(c -> axisOf.apply(c.getPlot()))
                    .filter(java.util.Objects::nonNull).findFirst().map(ValueAxis::getRange).orElse(null);
        }
        union = points != null && points.getLength() > 0 ? Range.combine(union, points) : union;
        if (union == null) {
            return;
        }
        for (JFreeChart chart : drawn) {
            ValueAxis axis = chart == null ? null : axisOf.apply(chart.getPlot());
            if (axis != null) {
                axis.setRange(union, true, false);
            }
        }
    }

    /**
     * Shared axes are labelled once, along the bottom row (and under a panel with none below it) and the left column;
     * only the rows and columns that write labels keep room for them, and every plot is the same size.
     */
    private static AlignedAxes.Room alignAxes(List<JFreeChart> cells, int rows, int columns, FacetOptions facet, Rectangle2D cell) {
        boolean sameXNames = sameNames(cells, AlignedAxes::xAxisOf);
        boolean sameYNames = sameNames(cells, AlignedAxes::yAxisOf);
        for (int i = 0; i < cells.size(); i++) {
            JFreeChart chart = cells.get(i);
            if (chart == null) {
                continue;
            }
            boolean leftColumn = i % columns == 0;
            boolean bottomRow = i + columns >= cells.size() || cells.get(i + columns) == null;
            Plot plot = chart.getPlot();
            if (facet.sharesY() && !leftColumn && sameYNames) {
                hideLabels(AlignedAxes.yAxisOf(plot));
            }
            if (facet.sharesX() && !bottomRow && sameXNames) {
                hideLabels(AlignedAxes.xAxisOf(plot));
            }
            if (AlignedAxes.xAxisOf(plot) instanceof AutoTickAxis numbers) {
                numbers.keepEndLabelsWithin(END_LABEL_ROOM);
            }
        }
        return AlignedAxes.align(cells, rows, columns, cell);
    }

    /**
     * False when the panels' category axes name different categories (each panel draws the categories its rows have,
     * in their order): a panel must then write its own names, or a reader would read its neighbour's.
     */
    private static boolean sameNames(List<JFreeChart> cells, Function<Plot, Axis> axisOf) {
        return cells.stream().filter(java.util.Objects::nonNull)
                .map(chart -> names(chart.getPlot(), axisOf.apply(chart.getPlot()))).distinct().count() <= 1;
    }

    /** The names along a category axis, in order; empty for a number or date axis. */
    private static List<String> names(Plot plot, Axis axis) {
        if (axis instanceof org.jfree.chart.axis.SymbolAxis symbols) {
            return List.of(symbols.getSymbols());
        }
        if (axis instanceof org.jfree.chart.axis.CategoryAxis && plot instanceof CategoryPlot category
                && category.getCategories() != null) {
            return ((List<?>) category.getCategories()).stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static void hideLabels(Axis axis) {
        axis.setTickLabelsVisible(false);
        axis.setLabel(null);
    }
}
