package dev.plotpress.app;

import dev.plotpress.internal.render.GridFigure;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.fx.FXGraphics2D;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid figure (the scatter matrix) on screen: the whole figure drawn once as the backdrop (title and
 * column names, exactly as exported; the cells blanked out), each cell on top as its own live chart canvas (tooltips, wheel
 * zoom) laid out where the figure puts it. A click on a cell opens that pair as a full chart.
 */
final class MatrixView extends Pane {
    /** Called with (row, column) of the clicked cell. */
    interface CellClick {
        void open(int row, int column);
    }

    private final GridFigure figure;
    private final Canvas backdrop = new Canvas();
    private final List<ChartCanvas> cells = new ArrayList<>();

    MatrixView(GridFigure figure, CellClick click) {
        this.figure = figure;
        setId("matrix-view");
        setStyle("-fx-background-color: white;");
        getChildren().add(backdrop);
        for (int row = 0; row < figure.rows(); row++) {
            for (int column = 0; column < figure.columns(); column++) {
                ChartCanvas cell = new ChartCanvas(figure.cell(row, column));
                cell.setId("cell-" + row + "-" + column);
                cell.setTooltipEnabled(true);
                int r = row;
                int c = column;
                boolean blank = figure.cell(row, column) == null; // the empty upper triangle of a corner pairplot
                cell.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
                    if (!blank && event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
                        click.open(r, c);
                    }
                });
                cells.add(cell);
                getChildren().add(cell);
            }
        }
    }

    List<ChartCanvas> cells() {
        return cells;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (width < 1 || height < 1) {
            return;
        }
        if (width == backdrop.getWidth() && height == backdrop.getHeight()) {
            return; // laid out and drawn at this size already
        }
        backdrop.setWidth(width);
        backdrop.setHeight(height);
        GraphicsContext context = backdrop.getGraphicsContext2D();
        context.clearRect(0, 0, width, height);
        FXGraphics2D g2 = new FXGraphics2D(context);
        // one screen pixel per point: the figure's own coordinate space
        Rectangle2D area = new Rectangle2D.Double(0, 0, width, height);
        figure.draw(g2, area);
        g2.dispose();
        context.setFill(Color.WHITE);
        for (int row = 0; row < figure.rows(); row++) {
            for (int column = 0; column < figure.columns(); column++) {
                Rectangle2D cell = figure.cellArea(row, column, area);
                // the live canvas draws this cell; keep the backdrop's copy from doubling its semi-transparent dots
                context.fillRect(cell.getX() - 1, cell.getY() - 1, cell.getWidth() + 2, cell.getHeight() + 2);
                ChartCanvas canvas = cells.get(row * figure.columns() + column);
                // a Canvas ignores resize(); its size is its width and height
                canvas.relocate(Math.round(cell.getX()), Math.round(cell.getY()));
                canvas.setWidth(Math.round(cell.getWidth()));
                canvas.setHeight(Math.round(cell.getHeight()));
            }
        }
    }
}
