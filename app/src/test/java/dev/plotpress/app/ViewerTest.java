package dev.plotpress.app;

import dev.plotpress.cli.PlotpressCli;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.model.ChartKind;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The viewer as a person uses it, on Monocle's headless glass (see the Surefire argLine in app/pom.xml). */
@ExtendWith(ApplicationExtension.class)
class ViewerTest {
    private ViewerWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = new ViewerWindow(stage, 1100, 760, false);
        stage.show();
    }

    private Path csv() throws IOException {
        return ViewerRobot.peopleCsv(folder);
    }

    private ChartTab open(FxRobot robot, Path file) {
        return ViewerRobot.open(robot, window, file);
    }

    private static void edit(FxRobot robot, ChartTab tab, String name, Object value) {
        ViewerRobot.edit(robot, tab, name, value);
    }

    @Test
    void aCsvOpensAsAScatterMatrixOfItsNumericColumnsAndTheEditorTurnsItIntoAScatterOfTwo(FxRobot robot) throws IOException {
        ChartTab tab = open(robot, csv());

        assertThat(tab.spec().kind()).isEqualTo(ChartKind.SCATTER_MATRIX);
        assertThat(robot.lookup("#matrix-view").tryQuery()).isPresent();
        assertThat(window.stage().getTitle()).isEqualTo("Plotpress - people.csv");
        assertThat(robot.lookup("#status-backends").queryLabeled().getText())
                .contains("screen: JavaFX (jfreechart-fx)").contains("export: headless Java2D");

        edit(robot, tab, "Kind", ChartKind.SCATTER);
        edit(robot, tab, "X column", "age");
        edit(robot, tab, "Y column", "weight");

        assertThat(tab.spec().kind()).isEqualTo(ChartKind.SCATTER);
        assertThat(tab.spec().x()).isEqualTo("age");
        assertThat(tab.spec().y()).containsExactly("weight");
        ChartViewer viewer = robot.lookup("#chart-viewer").query();
        XYPlot plot = viewer.getChart().getXYPlot();
        assertThat(plot.getDataset().getXValue(0, 0)).isEqualTo(20.0);
        assertThat(plot.getDataset().getYValue(0, 0)).isEqualTo(50.0);
    }

    @Test
    void theEditorAddsSeriesAsMoreYColumns(FxRobot robot) throws IOException {
        ChartTab tab = open(robot, csv());
        edit(robot, tab, "Kind", ChartKind.LINE);
        edit(robot, tab, "X column", "age");
        edit(robot, tab, "Y column", "weight");
        edit(robot, tab, "More Y columns", "height");

        assertThat(tab.spec().y()).containsExactly("weight", "height");
        ChartViewer viewer = robot.lookup("#chart-viewer").query();
        assertThat(viewer.getChart().getXYPlot().getDataset().getSeriesCount()).isEqualTo(2);

        edit(robot, tab, "More Y columns", "shoe size");
        assertThat(tab.spec().y()).as("an unknown column leaves the chart as it was").containsExactly("weight", "height");
        assertThat(window.status().message()).contains("shoe size");
    }

    @Test
    void aBadValueInTheEditorKeepsTheChartAndSaysWhy(FxRobot robot) throws IOException {
        ChartTab tab = open(robot, csv());
        edit(robot, tab, "Alpha", "2");

        assertThat(tab.spec().style().alpha()).isNull();
        assertThat(window.status().message()).contains("style.alpha").contains("between 0 and 1");
    }

    @Test
    void draggingARectangleZoomsInAndHomeResetsTheAxes(FxRobot robot) throws IOException {
        ChartTab tab = open(robot, csv());
        edit(robot, tab, "Kind", ChartKind.SCATTER);
        ChartViewer viewer = robot.lookup("#chart-viewer").query();
        JFreeChart chart = viewer.getChart();
        Range x = chart.getXYPlot().getDomainAxis().getRange();
        Range y = chart.getXYPlot().getRangeAxis().getRange();

        Rectangle2D data = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        robot.drag(screen(viewer, data.getX() + data.getWidth() * 0.3, data.getY() + data.getHeight() * 0.3), MouseButton.PRIMARY)
                .dropTo(screen(viewer, data.getX() + data.getWidth() * 0.6, data.getY() + data.getHeight() * 0.7));
        WaitForAsyncUtils.waitForFxEvents();

        Range zoomedX = chart.getXYPlot().getDomainAxis().getRange();
        assertThat(zoomedX.getLength()).isLessThan(x.getLength() * 0.5);
        assertThat(zoomedX.getLowerBound()).isGreaterThan(x.getLowerBound());
        assertThat(chart.getXYPlot().getRangeAxis().getRange().getLength()).isLessThan(y.getLength() * 0.6);

        robot.clickOn(viewer).type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chart.getXYPlot().getDomainAxis().getRange()).isEqualTo(x);
        assertThat(chart.getXYPlot().getRangeAxis().getRange()).isEqualTo(y);

        robot.drag(screen(viewer, data.getCenterX(), data.getCenterY()), MouseButton.PRIMARY)
                .dropTo(screen(viewer, data.getMaxX() - 5, data.getMaxY() - 5));
        assertThat(chart.getXYPlot().getDomainAxis().getRange()).isNotEqualTo(x);
        robot.doubleClickOn(screen(viewer, data.getCenterX(), data.getCenterY()), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getXYPlot().getDomainAxis().getRange()).isEqualTo(x);
    }

    @Test
    void hoveringADataPointShowsItsValuesAsATooltipAndTheCoordinatesInTheStatusBar(FxRobot robot) throws IOException {
        ChartTab tab = open(robot, csv());
        edit(robot, tab, "Kind", ChartKind.SCATTER);
        edit(robot, tab, "X column", "height");
        edit(robot, tab, "Y column", "weight");
        ChartViewer viewer = robot.lookup("#chart-viewer").query();
        XYPlot plot = viewer.getChart().getXYPlot();
        Rectangle2D data = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        double px = plot.getDomainAxis().valueToJava2D(160, data, plot.getDomainAxisEdge());
        double py = plot.getRangeAxis().valueToJava2D(50 + 70 % 30, data, plot.getRangeAxisEdge());

        robot.moveTo(screen(viewer, px + 10, py + 10)).moveTo(screen(viewer, px, py));
        WaitForAsyncUtils.waitForFxEvents();

        Tooltip tooltip = (Tooltip) viewer.getCanvas().getProperties().get("javafx.scene.control.Tooltip");
        assertThat(tooltip).isNotNull();
        assertThat(tooltip.getText()).contains("160").contains("60");
        assertThat(window.status().coordinates()).matches("x = 1(59|60)(\\.\\d*)?\\s+y = (59|60)(\\.\\d*)?");
    }

    @Test
    void closingATabRemovesItAndClickingAMatrixCellOpensThatPair(FxRobot robot) throws IOException {
        open(robot, csv());
        robot.clickOn("#cell-1-2");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.tabs().getTabs()).hasSize(2);
        ChartTab pair = window.selected().orElseThrow();
        assertThat(pair.spec().kind()).isEqualTo(ChartKind.SCATTER);
        assertThat(pair.spec().x()).isEqualTo("age");
        assertThat(pair.spec().y()).containsExactly("weight");

        robot.type(KeyCode.W, 1).press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.tabs().getTabs()).hasSize(1);
        assertThat(pair.tab().getContent()).isNull();
    }

    @Test
    void anExportInEveryFormatIsByteForByteWhatTheHeadlessCliRendersFromTheSavedSpec(FxRobot robot) throws IOException {
        ChartTab tab = open(robot, csv());
        edit(robot, tab, "Kind", ChartKind.SCATTER);
        edit(robot, tab, "Title", "People");
        edit(robot, tab, "Width (px)", 500);
        Path spec = folder.resolve("people.yaml");
        Path exported = folder.resolve("viewer.png");
        Path rendered = folder.resolve("cli.png");

        ExportActions export = new ExportActions();
        robot.interact(() -> {
            export.saveSpec(tab.spec(), spec);
            export.exportImage(tab.spec(), tab.table(), ImageFormat.PNG, exported);
            export.exportImage(tab.spec(), tab.table(), ImageFormat.SVG, folder.resolve("viewer.svg"));
            export.exportImage(tab.spec(), tab.table(), ImageFormat.PDF, folder.resolve("viewer.pdf"));
        });
        int exit = PlotpressCli.run("render", spec.toString(), "-o", rendered.toString());
        int svgExit = PlotpressCli.run("render", spec.toString(), "-o", folder.resolve("cli.svg").toString());
        int pdfExit = PlotpressCli.run("render", spec.toString(), "-o", folder.resolve("cli.pdf").toString());

        assertThat(exit).isZero();
        assertThat(Files.readAllBytes(exported)).isEqualTo(Files.readAllBytes(rendered));
        assertThat(svgExit + pdfExit).isZero();
        assertThat(Files.readAllBytes(folder.resolve("viewer.svg"))).isEqualTo(Files.readAllBytes(folder.resolve("cli.svg")));
        assertThat(Files.readAllBytes(folder.resolve("viewer.pdf"))).isEqualTo(Files.readAllBytes(folder.resolve("cli.pdf")));
        assertThat(export.imgTag(tab.spec(), tab.table())).startsWith("<img src=\"data:image/png;base64,")
                .contains("alt=\"People\"").contains("width=\"500\"");
    }

    @Test
    void aBadFileOpensNoTabAndShowsTheCliMessage(FxRobot robot) throws IOException {
        Path bad = folder.resolve("broken.yaml");
        Files.writeString(bad, "kind: pie\n");
        robot.interact(() -> assertThat(window.open(bad)).isEmpty());

        assertThat(window.tabs().getTabs()).isEmpty();
        assertThat(window.lastError()).contains("pie").contains("scatter");
        assertThat(window.status().message()).startsWith("Error: ");
    }

    private static Point2D screen(ChartViewer viewer, double x, double y) {
        Bounds bounds = viewer.getCanvas().localToScreen(viewer.getCanvas().getBoundsInLocal());
        return new Point2D(bounds.getMinX() + x, bounds.getMinY() + y);
    }
}
