package dev.plotpress.internal.render;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScatterMatrixTest {
    private static final Table REPORT_DATA = Samples.random(4, 8, 42);
    /** The report's look: no tick values (examples/scatter_matrix.yaml says ticks: false; the default writes them). */
    private static final ChartSpec REPORT = ChartSpec.builder(ChartKind.SCATTER_MATRIX)
            .scatterMatrix(ScatterMatrixOptions.DEFAULT.withTicks(false)).size(Size.inches(12, 8, 100)).build();

    @Test
    void drawsAnEightByEightGridOfFramedPanels() {
        BufferedImage image = RasterFixture.draw(Renderer.render(REPORT, REPORT_DATA));
        RasterFixture.save(image, "test_scatter_matrix");

        // a panel's frame is a dark line as long as the panel; dots and names are far shorter
        List<Integer> verticalLines = longDarkLines(image, true, 60);
        List<Integer> horizontalLines = longDarkLines(image, false, 80);

        assertThat(verticalLines).hasSize(16);
        assertThat(horizontalLines).hasSize(16);
    }

    @Test
    void putsEachRowsPointsInItsCellWithColumnJAcrossAndColumnIUp() {
        GridFigure figure = (GridFigure) Renderer.render(REPORT, REPORT_DATA);
        BufferedImage image = RasterFixture.draw(figure);
        Rectangle2D area = new Rectangle2D.Double(0, 0, REPORT.size().pointWidth(), REPORT.size().pointHeight());
        double scale = REPORT.size().scale();

        assertThat(figure.rows()).isEqualTo(8);
        assertThat(figure.columns()).isEqualTo(8);
        for (int i : new int[]{0, 3, 7}) {
            for (int j : new int[]{1, 4, 6}) {
                Rectangle2D cell = inset(figure.cellArea(i, j, area), Theme.FRAME_WIDTH / 2);
                NumericColumn x = (NumericColumn) REPORT_DATA.column(Integer.toString(j));
                NumericColumn y = (NumericColumn) REPORT_DATA.column(Integer.toString(i));
                for (int row = 0; row < REPORT_DATA.rowCount(); row++) {
                    int px = (int) (scale * at(x.get(row), x, cell.getMinX(), cell.getWidth()));
                    int py = (int) (scale * (cell.getMaxY() - (at(y.get(row), y, cell.getMinY(), cell.getHeight()) - cell.getMinY())));
                    assertThat(darkestAround(image, px, py))
                            .as("dot of row %d in cell (%d, %d) at pixel %d,%d", row, i, j, px, py).isLessThan(200);
                }
            }
        }
    }

    @Test
    void leavesTheCellEmptyWhereThereIsNoData() {
        double[] corners = {0, 1, 0, 1};
        double[] ups = {0, 0, 1, 1};
        Table table = new Table("corners.csv", List.of(new NumericColumn("a", corners), new NumericColumn("b", ups)));
        GridFigure figure = (GridFigure) Renderer.render(REPORT, table);
        BufferedImage image = RasterFixture.draw(figure);
        Rectangle2D cell = figure.cellArea(0, 1, new Rectangle2D.Double(0, 0, REPORT.size().pointWidth(), REPORT.size().pointHeight()));
        double scale = REPORT.size().scale();

        int darkInTheMiddle = Pixels.count(image, (int) (scale * (cell.getMinX() + cell.getWidth() * 0.2)),
                (int) (scale * (cell.getMinY() + cell.getHeight() * 0.2)), (int) (scale * (cell.getMaxX() - cell.getWidth() * 0.2)),
                (int) (scale * (cell.getMaxY() - cell.getHeight() * 0.2)), rgb -> (rgb & 0xFF) < 200);
        int darkNearTheCorners = Pixels.count(image, (int) (scale * cell.getMinX()) + 3, (int) (scale * cell.getMinY()) + 3,
                (int) (scale * cell.getMaxX()) - 3, (int) (scale * cell.getMaxY()) - 3, rgb -> (rgb & 0xFF) < 200);
        assertThat(darkInTheMiddle).isZero();
        assertThat(darkNearTheCorners).isGreaterThanOrEqualTo(4);
    }

    @Test
    void namesTheColumnsUnderTheBottomRowAndLeftOfTheLeftColumnOnlyWhenAsked() {
        BufferedImage labelled = RasterFixture.draw(Renderer.render(REPORT, REPORT_DATA));
        ChartSpec bare = REPORT.toBuilder().scatterMatrix(new ScatterMatrixOptions(List.of(), false, false)).build();
        BufferedImage unlabelled = RasterFixture.draw(Renderer.render(bare, REPORT_DATA));

        int belowGrid = 720;
        assertThat(darkIn(labelled, 150, belowGrid, 1090, 745)).isGreaterThan(20);
        assertThat(darkIn(unlabelled, 150, belowGrid, 1090, 745)).isZero();
        assertThat(darkIn(labelled, 100, 95, 145, 715)).isGreaterThan(20);
        assertThat(darkIn(unlabelled, 100, 95, 145, 715)).isZero();
    }

    @Test
    void isTheSamePictureAtTenAndAHundredDpi() {
        ChartSpec small = REPORT.toBuilder().size(Size.inches(12, 8, 10)).build();
        BufferedImage tiny = RasterFixture.draw(Renderer.render(small, REPORT_DATA));
        BufferedImage large = RasterFixture.draw(Renderer.render(REPORT, REPORT_DATA));

        assertThat(tiny.getWidth()).isEqualTo(120);
        assertThat(tiny.getHeight()).isEqualTo(80);
        assertThat(large.getWidth()).isEqualTo(1200);
        assertThat(large.getHeight()).isEqualTo(800);
        // the grid occupies the same fraction of the picture at both resolutions
        assertThat(drawnIn(tiny, 0, 0, 12, 80)).isZero();
        assertThat(drawnIn(tiny, 108, 0, 120, 80)).isZero();
        assertThat(drawnIn(tiny, 15, 9, 108, 72)).isGreaterThan(500);
    }

    @Test
    void usesTheSpecsStyleForTheDots() {
        ChartSpec red = REPORT.toBuilder().style(new dev.plotpress.model.Style("#ff0000", 1.0, 30.0, null)).build();
        BufferedImage image = RasterFixture.draw(Renderer.render(red, REPORT_DATA));

        int redPixels = Pixels.count(image, 0, 0, image.getWidth(), image.getHeight(),
                rgb -> (rgb >> 16 & 0xFF) > 200 && (rgb >> 8 & 0xFF) < 60 && (rgb & 0xFF) < 60);
        assertThat(redPixels).isGreaterThan(64 * 4 * 10);
    }

    private static Rectangle2D inset(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() + by, r.getY() + by, r.getWidth() - 2 * by, r.getHeight() - 2 * by);
    }

    private static double darkestAround(BufferedImage image, int x, int y) {
        double darkest = 255;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                darkest = Math.min(darkest, Pixels.brightness(image, x + dx, y + dy));
            }
        }
        return darkest;
    }

    /** Where a value lands across a cell: the data's range plus 5% each side fills the cell. */
    private static double at(double value, NumericColumn column, double start, double length) {
        double range = column.max() - column.min();
        double low = column.min() - 0.05 * range;
        return start + (value - low) / (range * 1.1) * length;
    }

    private static int drawnIn(BufferedImage image, int x0, int y0, int x1, int y1) {
        return Pixels.count(image, x0, y0, x1, y1, rgb -> (rgb & 0xFF) < 250);
    }

    private static int darkIn(BufferedImage image, int x0, int y0, int x1, int y1) {
        return Pixels.count(image, x0, y0, x1, y1, rgb -> (rgb & 0xFF) < 160);
    }

    /** Positions (x for vertical, y for horizontal) of dark straight lines at least {@code minRun} pixels long. */
    private static List<Integer> longDarkLines(BufferedImage image, boolean vertical, int minRun) {
        int across = vertical ? image.getWidth() : image.getHeight();
        int along = vertical ? image.getHeight() : image.getWidth();
        List<Integer> lines = new ArrayList<>();
        int previous = -10;
        for (int p = 0; p < across; p++) {
            int run = 0;
            int longest = 0;
            for (int q = 0; q < along; q++) {
                boolean dark = vertical ? Pixels.isDark(image, p, q) : Pixels.isDark(image, q, p);
                run = dark ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
            if (longest >= minRun) {
                if (p - previous > 1) {
                    lines.add(p);
                }
                previous = p;
            }
        }
        return lines;
    }
}
