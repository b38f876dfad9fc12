package dev.plotpress.internal.render;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Size;
import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GridFigureTest {
    private static final ChartSpec MATRIX = ChartSpec.builder(ChartKind.SCATTER_MATRIX)
            .scatterMatrix(new ScatterMatrixOptions(List.of("2", "0", "5"), false, true))
            .size(Size.inches(6, 4, 100)).build();

    @Test
    void exposesEachCellAsItsOwnChartForTheViewer() {
        GridFigure grid = (GridFigure) Renderer.render(MATRIX, Samples.random(4, 8, 1));

        assertThat(grid.rows()).isEqualTo(3);
        assertThat(grid.columns()).isEqualTo(3);
        Set<Object> charts = new HashSet<>();
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                charts.add(grid.cell(row, column));
            }
        }
        assertThat(charts).hasSize(9);
        assertThat(List.of(grid.columnLabel(0), grid.columnLabel(1), grid.columnLabel(2))).containsExactly("2", "0", "5");
        assertThat(grid.rowLabel(1)).isEqualTo("0");
        assertThatThrownBy(() -> grid.cell(3, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void laysCellsOutLeftToRightTopToBottomInsideTheAreaWithGapsBetween() {
        GridFigure grid = (GridFigure) Renderer.render(MATRIX, Samples.random(4, 8, 1));
        Rectangle2D area = new Rectangle2D.Double(10, 20, 600, 400);

        Rectangle2D first = grid.cellArea(0, 0, area);
        Rectangle2D right = grid.cellArea(0, 1, area);
        Rectangle2D below = grid.cellArea(1, 0, area);
        Rectangle2D last = grid.cellArea(2, 2, area);
        assertThat(area.contains(first)).isTrue();
        assertThat(area.contains(last)).isTrue();
        assertThat(right.getMinX()).isGreaterThan(first.getMaxX());
        assertThat(below.getMinY()).isGreaterThan(first.getMaxY());
        assertThat(right.getWidth()).isEqualTo(first.getWidth());
        assertThat(last.getHeight()).isEqualTo(first.getHeight());
    }
}
