package dev.plotpress.app;

import dev.plotpress.Chart;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.export.OutputFormat;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Column;
import dev.plotpress.internal.render.ChartFigure;
import dev.plotpress.render.Figure;
import dev.plotpress.internal.render.GridFigure;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@link Chart} on screen, live, as a JavaFX node an application puts in its own scene:
 * <pre>{@code
 * ChartView view = new ChartView(Chart.scatter(xs, ys).title("Sales"));
 * stage.setScene(new Scene(view, 800, 600));
 * view.setChart(view.getChart().hue("region"));   // redraws
 * }</pre>
 * Drag a rectangle or turn the wheel to zoom, Ctrl+drag to pan, double-click to reset; tooltips give the data
 * values under the pointer and {@link #coordinatesProperty()} its data coordinates. A scatter matrix shows every cell
 * as its own live chart; a click on one hands that pair to {@link #setOnPairOpened}. The context menu exports PNG,
 * JPEG, SVG and PDF and copies an {@code <img>} data URI, all through the headless exporter from a fresh render of the
 * chart (not the zoomed view), so a file is byte for byte what {@link Chart#writeTo(Path)} writes. The Plotpress
 * viewer's tabs are built from this control.
 *
 * <p>Use it on the JavaFX application thread, as every node. It holds exactly the chart it shows: {@code setChart(null)}
 * lets go of the chart, its figure and its nodes.
 */
public class ChartView extends StackPane {
    private final ReadOnlyStringWrapper coordinates = new ReadOnlyStringWrapper(this, "coordinates", "");
    private Chart chart;
    private Figure figure;
    private SingleChartView single;
    private Consumer<Chart> onPairOpened = pair -> setChart(pair);

    /** An empty view; {@link #setChart} gives it something to show. */
    public ChartView() {
        setStyle("-fx-background-color: white;");
        getStyleClass().add("chart-view");
        setOnContextMenuRequested(event -> {
            if (chart != null) {
                contextMenu().show(this, event.getScreenX(), event.getScreenY());
                event.consume();
            }
        });
    }

    public ChartView(Chart chart) {
        this();
        setChart(chart);
    }

    /**
     * Shows {@code next} (null: nothing). It is drawn before anything changes: a chart that cannot be drawn
     * throws {@link BadInputException} and the view keeps showing the chart it had.
     */
    public void setChart(Chart next) {
        if (next == null) {
            getChildren().clear();
            chart = null;
            figure = null;
            single = null;
            coordinates.set("");
            return;
        }
        Figure drawn = next.figure();
        chart = next;
        figure = drawn;
        single = null;
        coordinates.set("");
        if (drawn instanceof ChartFigure one) {
            single = new SingleChartView(one.chart(), coordinates::set);
            getChildren().setAll(single.node());
        } else if (drawn instanceof GridFigure grid) {
            getChildren().setAll(new MatrixView(grid, (row, column) -> {
                if (chart.spec().kind() == ChartKind.SCATTER_MATRIX) { // a facet panel is already the chart it shows
                    onPairOpened.accept(pair(row, column));
                }
            }));
        } else {
            getChildren().setAll(new Label(drawn.description()));
        }
    }

    /** The chart shown, or null. */
    public Chart getChart() {
        return chart;
    }

    /** What is drawn on screen now: the shown chart's figure, with its {@link Figure#warnings()}; null when empty. */
    public Figure getFigure() {
        return figure;
    }

    /** The data coordinates under the pointer ("x = 12.5   y = 3.2"), empty when it is outside the data area. */
    public ReadOnlyStringProperty coordinatesProperty() {
        return coordinates.getReadOnlyProperty();
    }

    /**
     * What a click on a scatter-matrix cell does with the scatter chart of that pair of columns; by default the view
     * shows it instead of the matrix.
     */
    public void setOnPairOpened(Consumer<Chart> action) {
        onPairOpened = Objects.requireNonNull(action, "action");
    }

    /** Back to the chart's own ranges after zooming and panning. */
    public void resetZoom() {
        if (single != null) {
            single.resetZoom();
        }
    }

    /** Writes the chart as {@code format} at its own size (not the zoomed view) to {@code file}; returns the bytes written. */
    public long export(ImageFormat format, Path file) {
        return export(requireChart(), format, file);
    }

    /** The chart as an {@code <img>} element carrying a PNG data URI. */
    public String imgTag() {
        return requireChart().imgTag();
    }

    /** Puts {@link #imgTag()} on the system clipboard. */
    public void copyImgTag() {
        ClipboardContent content = new ClipboardContent();
        content.putString(imgTag());
        Clipboard.getSystemClipboard().setContent(content);
    }

    static long export(Chart chart, ImageFormat format, Path file) {
        byte[] bytes = chart.render(new OutputFormat(format, OutputFormat.Form.FILE)).bytes();
        OutputFile.write(file, bytes);
        return bytes.length;
    }

    private Chart requireChart() {
        if (chart == null) {
            throw new IllegalStateException("this ChartView shows no chart; call setChart first");
        }
        return chart;
    }

    /** The scatter chart of the matrix cell at (row, column): y is the row's column, x the column's. */
    private Chart pair(int row, int column) {
        ChartSpec spec = chart.spec();
        List<String> names = spec.scatterMatrix().columns().isEmpty()
                ? chart.table().numericColumns().stream().map(Column::name).toList() : spec.scatterMatrix().columns();
        String x = names.get(column);
        String y = names.get(row);
        if (row == column) { // the diagonal counts the column: its histogram, never the column against itself
            return Chart.of(KindChange.to(spec, ChartKind.HISTOGRAM, chart.table()).toBuilder().x(x).y(List.of()).xLabel(x)
                    .title(x).seriesStyles(null).build(), chart.table());
        }
        ChartSpec pair = KindChange.to(spec, ChartKind.SCATTER, chart.table()).toBuilder().x(x).y(y).xLabel(x).yLabel(y)
                .title(y + " against " + x).seriesStyles(null).build();
        return Chart.of(pair, chart.table());
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        for (ImageFormat format : ImageFormat.values()) {
            MenuItem item = new MenuItem("Export " + format.specName().toUpperCase() + "...");
            item.setOnAction(event -> chooseAndExport(format));
            menu.getItems().add(item);
        }
        MenuItem copy = new MenuItem("Copy as data URI");
        copy.setOnAction(event -> copyImgTag());
        MenuItem reset = new MenuItem("Reset zoom");
        reset.setOnAction(event -> resetZoom());
        menu.getItems().addAll(copy, new SeparatorMenuItem(), reset);
        return menu;
    }

    private void chooseAndExport(ImageFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + format.specName().toUpperCase());
        chooser.setInitialFileName("chart." + format.extension());
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            export(format, file.toPath());
        }
    }
}
