package dev.plotpress.app;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.fx.overlay.CrosshairOverlayFX;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.labels.StandardXYZToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Crosshair;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.function.Consumer;

/**
 * One chart on screen, live: jfreechart-fx's ChartViewer (drag a rectangle to zoom, wheel to zoom,
 * ctrl-drag to pan), double-click to reset, data values as tooltips, and a crosshair that follows the
 * pointer and reports its data coordinates.
 */
final class SingleChartView {
    private final ChartViewer viewer;
    private final AxisRanges initialRanges;

    SingleChartView(JFreeChart chart, Consumer<String> coordinates) {
        addTooltips(chart);
        // no jfreechart-fx menu: ChartView's exports go through the headless exporter
        this.viewer = new ChartViewer(chart, false);
        this.viewer.setId("chart-viewer");
        this.initialRanges = new AxisRanges(chart);
        if (chart.getPlot() instanceof XYPlot plot) {
            followPointer(plot, coordinates);
        }
        // focus the chart on a press, so Home reaches the menu's "Reset zoom" rather than a text field
        viewer.setFocusTraversable(true);
        viewer.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> viewer.requestFocus());
        viewer.addEventFilter(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                resetZoom();
            }
        });
    }

    ChartViewer node() {
        return viewer;
    }

    void resetZoom() {
        initialRanges.restore();
    }

    private void followPointer(XYPlot plot, Consumer<String> coordinates) {
        Crosshair vertical = crosshair();
        Crosshair horizontal = crosshair();
        CrosshairOverlayFX overlay = new CrosshairOverlayFX();
        overlay.addDomainCrosshair(vertical);
        overlay.addRangeCrosshair(horizontal);
        viewer.getCanvas().addOverlay(overlay);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                Rectangle2D dataArea = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
                double px = event.getTrigger().getX();
                double py = event.getTrigger().getY();
                if (!dataArea.contains(px, py)) {
                    vertical.setVisible(false);
                    horizontal.setVisible(false);
                    coordinates.accept("");
                    return;
                }
                double x = plot.getDomainAxis().java2DToValue(px, dataArea, plot.getDomainAxisEdge());
                double y = plot.getRangeAxis().java2DToValue(py, dataArea, plot.getRangeAxisEdge());
                vertical.setValue(x);
                horizontal.setValue(y);
                vertical.setVisible(true);
                horizontal.setVisible(true);
                coordinates.accept(String.format("x = %.4g   y = %.4g", x, y));
            }
        });
    }

    private static Crosshair crosshair() {
        Crosshair crosshair = new Crosshair(Double.NaN, new Color(0x80, 0x80, 0x80), new BasicStroke(0.5f));
        crosshair.setVisible(false);
        return crosshair;
    }

    /** The headless charts carry no tooltip generators (nothing shows them there); the screen adds them. */
    private static void addTooltips(JFreeChart chart) {
        if (chart.getPlot() instanceof XYPlot xy) {
            for (int i = 0; i < xy.getRendererCount(); i++) {
                XYItemRenderer renderer = xy.getRenderer(i);
                if (renderer != null && renderer.getDefaultToolTipGenerator() == null) {
                    renderer.setDefaultToolTipGenerator(renderer instanceof XYBlockRenderer
                            ? new StandardXYZToolTipGenerator() : new StandardXYToolTipGenerator());
                }
            }
        } else if (chart.getPlot() instanceof CategoryPlot category && category.getRenderer() != null
                && category.getRenderer().getDefaultToolTipGenerator() == null) {
            category.getRenderer().setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator());
        }
    }

}
