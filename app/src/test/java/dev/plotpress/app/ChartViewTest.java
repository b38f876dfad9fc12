package dev.plotpress.app;

import dev.plotpress.Chart;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.Table;
import dev.plotpress.internal.render.GridFigure;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
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
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ChartView as an embedder uses it: in a scene of their own, with nothing of the Plotpress viewer around it. */
@ExtendWith(ApplicationExtension.class)
class ChartViewTest {
    private static final double[] XS = {1, 2, 3, 4, 5, 6, 7, 8};
    private static final double[] YS = {3, 1, 4, 1, 5, 9, 2, 6};
    private ChartView view;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        view = new ChartView(Chart.scatter(XS, YS).title("Embedded"));
        stage.setScene(new Scene(view, 640, 480));
        stage.show();
    }

    @Test
    void itZoomsWhereTheMouseDragsAndDoubleClickResets(FxRobot robot) {
        ChartViewer viewer = robot.lookup("#chart-viewer").query();
        JFreeChart chart = viewer.getChart();
        Range x = chart.getXYPlot().getDomainAxis().getRange();
        Rectangle2D data = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();

        robot.drag(screen(viewer, data.getX() + data.getWidth() * 0.3, data.getY() + data.getHeight() * 0.3), MouseButton.PRIMARY)
                .dropTo(screen(viewer, data.getX() + data.getWidth() * 0.6, data.getY() + data.getHeight() * 0.7));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getXYPlot().getDomainAxis().getRange().getLength()).isLessThan(x.getLength() * 0.5);

        robot.doubleClickOn(screen(viewer, data.getCenterX(), data.getCenterY()), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getXYPlot().getDomainAxis().getRange()).isEqualTo(x);
    }

    @Test
    void thePointerGivesItsDataCoordinates(FxRobot robot) {
        ChartViewer viewer = robot.lookup("#chart-viewer").query();
        Rectangle2D data = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();

        robot.moveTo(screen(viewer, data.getCenterX(), data.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.coordinatesProperty().get()).matches("x = [0-9.]+\\s+y = [0-9.]+");
    }

    @Test
    void setChartRedrawsAndABadChartLeavesTheOldOneShown(FxRobot robot) {
        robot.interact(() -> view.setChart(view.getChart().title("Changed")));
        ChartViewer viewer = robot.lookup("#chart-viewer").query();
        assertThat(viewer.getChart().getTitle().getText()).isEqualTo("Changed");

        Chart broken = view.getChart().y("no such column");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        robot.interact(() -> {
            try {
                view.setChart(broken);
            } catch (BadInputException e) {
                thrown.set(e);
            }
        });
        assertThat(thrown.get()).hasMessageContaining("no column 'no such column'");
        assertThat(view.getChart().spec().title()).isEqualTo("Changed");
        assertThat(robot.lookup("#chart-viewer").<ChartViewer>query().getChart().getTitle().getText()).isEqualTo("Changed");

        robot.interact(() -> view.setChart(null));
        assertThat(view.getChildren()).isEmpty();
        assertThat(view.getFigure()).isNull();
    }

    @Test
    void aMatrixCellOpensItsPairAsAScatterChart(FxRobot robot) {
        Table table = Table.builder().column("a", XS).column("b", YS).column("c", new double[]{8, 7, 6, 5, 4, 3, 2, 1}).build();
        robot.interact(() -> view.setChart(Chart.scatterMatrix(table)));
        assertThat(view.getFigure()).isInstanceOf(GridFigure.class);
        AtomicReference<Chart> opened = new AtomicReference<>();
        robot.interact(() -> view.setOnPairOpened(opened::set));

        robot.clickOn("#cell-1-2");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened.get().spec().kind()).isEqualTo(ChartKind.SCATTER);
        assertThat(opened.get().spec().x()).isEqualTo("c");
        assertThat(opened.get().spec().y()).containsExactly("b");
    }

    @Test
    void anExportIsTheChartsOwnBytesNotTheZoomedView(FxRobot robot) throws IOException {
        Path png = folder.resolve("chart.png");
        Path svg = folder.resolve("chart.svg");

        long bytes = view.export(ImageFormat.PNG, png);
        view.export(ImageFormat.SVG, svg);

        assertThat(Files.readAllBytes(png)).hasSize((int) bytes).isEqualTo(view.getChart().png());
        assertThat(Files.readAllBytes(svg)).isEqualTo(view.getChart().svg());
        assertThat(view.imgTag()).isEqualTo(view.getChart().imgTag());
        assertThatThrownBy(() -> new ChartView().imgTag()).isInstanceOf(IllegalStateException.class);
    }

    private static Point2D screen(ChartViewer viewer, double x, double y) {
        Bounds bounds = viewer.getCanvas().localToScreen(viewer.getCanvas().getBoundsInLocal());
        return new Point2D(bounds.getMinX() + x, bounds.getMinY() + y);
    }
}
