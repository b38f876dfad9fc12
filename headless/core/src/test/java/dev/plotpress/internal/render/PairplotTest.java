package dev.plotpress.internal.render;

import dev.plotpress.Chart;
import dev.plotpress.DataFolder;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Palette;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.ScatterMatrixOptions.Diagonal;
import dev.plotpress.model.Size;
import dev.plotpress.model.Style;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import dev.plotpress.SpecSyntax;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The scatter matrix as seaborn's pairplot: histograms on the diagonal, the lower triangle only, hue colours. */
class PairplotTest {
    private static final ChartSpec MATRIX = ChartSpec.builder(ChartKind.SCATTER_MATRIX)
            .size(Size.pixels(600, 600, 100)).build();
    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, MATRIX.size().pointWidth(), MATRIX.size().pointHeight());
    private static final double SCALE = MATRIX.size().scale();

    /** Column a: four values in the lower half, one in the upper; with 2 bins, bars of 4 and 1. */
    private static final Table SKEWED = new Table("skewed.csv", List.of(
            new NumericColumn("a", new double[]{0, 0.1, 0.2, 0.3, 1}),
            new NumericColumn("b", new double[]{1, 0, 1, 0, 1})));

    private static ChartSpec matrix(Diagonal diagonal, boolean corner) {
        return MATRIX.toBuilder().bins(diagonal == Diagonal.HISTOGRAM ? Integer.valueOf(2) : ChartSpec.DEFAULT_BINS).scatterMatrix(new ScatterMatrixOptions(List.of(), false, true, diagonal, corner)).build();
    }

    @Test
    void drawsAHistogramOfTheColumnInEachDiagonalCell() {
        GridFigure figure = (GridFigure) Renderer.render(matrix(Diagonal.HISTOGRAM, false), SKEWED);
        BufferedImage image = RasterFixture.draw(figure);
        RasterFixture.save(image, "pairplot_histogram_diagonal");
        Rectangle2D cell = figure.cellArea(0, 0, AREA);

        // the tall bar (4 of 5 values) left, reaching near the top; the short one (1) right, a quarter as high
        assertThat(isBar(image, cell, 0.25, 0.80)).as("tall bar at 80%% of the height").isTrue();
        assertThat(isBar(image, cell, 0.25, 0.05)).as("tall bar at its foot").isTrue();
        assertThat(isBar(image, cell, 0.75, 0.10)).as("short bar at its foot").isTrue();
        assertThat(isBar(image, cell, 0.75, 0.50)).as("nothing above the short bar").isFalse();
    }

    @Test
    void keepsTheColumnAgainstItselfOnTheDiagonalByDefault() {
        GridFigure figure = (GridFigure) Renderer.render(matrix(Diagonal.NONE, false), SKEWED);
        BufferedImage image = RasterFixture.draw(figure);
        Rectangle2D cell = figure.cellArea(0, 0, AREA);

        // a dot at (0.3, 0.3) but no bar filling the cell's lower left as a histogram would
        assertThat(isBar(image, cell, 0.25, 0.80)).isFalse();
        assertThat(ScatterMatrixOptions.DEFAULT.diagonal()).isEqualTo(Diagonal.NONE);
        assertThat(ScatterMatrixOptions.DEFAULT.corner()).isFalse();
    }

    @Test
    void cornerLeavesTheCellsAboveTheDiagonalBlankWithoutAFrame() {
        GridFigure figure = (GridFigure) Renderer.render(matrix(Diagonal.HISTOGRAM, true), SKEWED);
        BufferedImage image = RasterFixture.draw(figure);
        RasterFixture.save(image, "pairplot_corner");

        assertThat(figure.cell(0, 1)).isNull();
        assertThat(figure.cell(1, 0)).isNotNull();
        assertThat(figure.cell(1, 1)).isNotNull();
        Rectangle2D upper = figure.cellArea(0, 1, AREA);
        Rectangle2D lower = figure.cellArea(1, 0, AREA);
        assertThat(nonWhite(image, upper)).as("upper cell").isZero();
        assertThat(nonWhite(image, lower)).as("lower cell, with its frame").isGreaterThan(100);
    }

    @Test
    void huePaintsEachGroupsDotsInItsPaletteColourAndAddsALegend() {
        Table flowers = new Table("flowers.csv", List.of(
                new TextColumn("species", new String[]{"setosa", "setosa", "setosa", "virginica", "virginica", "virginica"}),
                new NumericColumn("length", new double[]{1, 1.2, 1.1, 5, 5.5, 5.2}),
                new NumericColumn("width", new double[]{0.2, 0.3, 0.25, 2, 2.2, 2.1})));
        ChartSpec spec = MATRIX.toBuilder().hue("species").style(new Style(null, 1.0, 30.0, null)).build();
        GridFigure figure = (GridFigure) Renderer.render(spec, flowers);
        BufferedImage image = RasterFixture.draw(figure);
        RasterFixture.save(image, "pairplot_hue");
        Color setosa = Palette.OKABE_ITO.color(0);
        Color virginica = Palette.OKABE_ITO.color(1);
        Rectangle2D cell = figure.cellArea(1, 0, AREA);

        assertThat(colored(image, cell, setosa)).as("setosa dots").isGreaterThan(20);
        assertThat(colored(image, cell, virginica)).as("virginica dots").isGreaterThan(20);
        Rectangle2D plot = plotAreas(figure, AREA)[1][0]; // the cell less its tick values
        Rectangle2D insideFrame = new Rectangle2D.Double(plot.getX() + 2, plot.getY() + 2, plot.getWidth() - 4, plot.getHeight() - 4);
        assertThat(colored(image, insideFrame, Color.BLACK)).as("no black report dots").isZero();
        // the legend right of the grid: both colours and dark text
        Rectangle2D rightOfGrid = new Rectangle2D.Double(figure.cellArea(0, 1, AREA).getMaxX() + 1, 0,
                AREA.getWidth(), AREA.getHeight());
        assertThat(colored(image, rightOfGrid, setosa)).isGreaterThan(10);
        assertThat(colored(image, rightOfGrid, virginica)).isGreaterThan(10);
        assertThat(colored(image, rightOfGrid, Color.BLACK)).as("legend names").isGreaterThan(20);
    }

    @Test
    void overlapsOneHalfTransparentHistogramPerHueGroupOnTheDiagonal() {
        Table two = new Table("two.csv", List.of(
                new TextColumn("g", new String[]{"low", "low", "low", "high", "high", "high"}),
                new NumericColumn("v", new double[]{0, 0.1, 0.2, 0.8, 0.9, 1}),
                new NumericColumn("w", new double[]{1, 2, 3, 4, 5, 6})));
        ChartSpec spec = matrix(Diagonal.HISTOGRAM, false).toBuilder().hue("g").build();
        GridFigure figure = (GridFigure) Renderer.render(spec, two);
        BufferedImage image = RasterFixture.draw(figure);
        Rectangle2D cell = figure.cellArea(0, 0, AREA);

        Color left = Pixels.at(image, px(cell.getMinX() + cell.getWidth() * 0.25), px(cell.getMaxY() - cell.getHeight() * 0.3));
        Color right = Pixels.at(image, px(cell.getMinX() + cell.getWidth() * 0.75), px(cell.getMaxY() - cell.getHeight() * 0.3));
        assertThat(Pixels.distance(left, halfOverWhite(Palette.OKABE_ITO.color(0)))).as("low group bar %s", left).isLessThan(12);
        assertThat(Pixels.distance(right, halfOverWhite(Palette.OKABE_ITO.color(1)))).as("high group bar %s", right).isLessThan(12);
    }

    @Test
    void aKdeDiagonalIsEachGroupsDensityScaledByItsShareOfTheRowsAsSeabornsPairplot() {
        Table cars = dev.plotpress.data.DataReader.read(dev.plotpress.model.DataSpec.file(
                java.nio.file.Path.of("../../examples/tidy/data/cars.json")));
        ChartSpec spec = ChartSpec.builder(dev.plotpress.model.ChartKind.SCATTER_MATRIX).hue("Origin")
                .scatterMatrix(new ScatterMatrixOptions(List.of("Miles_per_Gallon", "Horsepower"), true, true, Diagonal.KDE, false)).build();
        GridFigure figure = (GridFigure) Renderer.render(spec, cars);
        org.jfree.data.xy.XYDataset curves = figure.cell(0, 0).getXYPlot().getDataset(1);
        int usa = curves.indexOf("USA");

        // u = cars[cars.Origin == "USA"]["Miles_per_Gallon"].dropna(); k = scipy.stats.gaussian_kde(u)
        // bw = np.sqrt(k.covariance.squeeze()); g = np.linspace(u.min() - 3 * bw, u.max() + 3 * bw, 200)
        // g[0], g[199], k(g)[100] * 249 / 398 (kdeplot's cut=3 and common_norm)
        assertThat(curves.getXValue(usa, 0)).isCloseTo(2.6282670886668598, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(curves.getXValue(usa, 199)).isCloseTo(45.37173291133314, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(curves.getYValue(usa, 100)).isCloseTo(0.021482945831622653, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(curves.getSeriesCount()).isEqualTo(3);
    }

    /** The new user's pairplot (issue 10): penguins by species, corner, ticks, 900 x 800. */
    private static final String PENGUIN_PAIRPLOT = """
            kind: scatter-matrix
            title: Penguins
            hue: Species
            scatterMatrix: {diagonal: histogram, corner: true, ticks: true}
            data: {file: penguins.json}
            size: {width: 900, height: 800}
            """;

    @Test
    void everyPlotOfAColumnSharesItsLeftAndRightEdgesAndEveryPlotOfARowItsTopAndBottom() {
        Chart chart = Chart.fromSpec(PENGUIN_PAIRPLOT, "pairplot", SpecSyntax.YAML,
                DataFolder.inside(Path.of("../../examples/tidy/data")));
        GridFigure figure = (GridFigure) chart.figure();
        Rectangle2D area = new Rectangle2D.Double(0, 0, chart.spec().size().pointWidth(), chart.spec().size().pointHeight());
        Rectangle2D[][] plots = plotAreas(figure, area);

        for (int row = 0; row < 4; row++) {
            for (int column = 0; column <= row; column++) {
                Rectangle2D plot = plots[row][column];
                Rectangle2D diagonalOfColumn = plots[column][column];
                Rectangle2D firstOfRow = plots[row][0];
                assertThat(plot.getMinX()).as("left edge of cell (%d, %d)", row, column).isCloseTo(diagonalOfColumn.getMinX(), within(0.5));
                assertThat(plot.getMaxX()).as("right edge of cell (%d, %d)", row, column).isCloseTo(diagonalOfColumn.getMaxX(), within(0.5));
                assertThat(plot.getMinY()).as("top edge of cell (%d, %d)", row, column).isCloseTo(firstOfRow.getMinY(), within(0.5));
                assertThat(plot.getMaxY()).as("bottom edge of cell (%d, %d)", row, column).isCloseTo(firstOfRow.getMaxY(), within(0.5));
            }
        }
        // seaborn's tight layout: the cells fill the figure but for the names, the title and the legend
        assertThat(plots[0][0].getMinY()).as("room above the first row: the title's").isLessThan(area.getHeight() * 0.08);
        assertThat(area.getMaxY() - plots[3][0].getMaxY()).as("room below the last row: ticks and names")
                .isLessThan(area.getHeight() * 0.09);
    }

    /**
     * The trial's pairplot (issue 10) showed no tick values: seaborn's pairplot writes them on its outer cells only,
     * y values on the left column and x values on the bottom row, in cells 2.5 in square when no size is given; the
     * diagonal histograms' counts have no axis of their own, so the left column's values on a diagonal cell are its
     * row's scale.
     */
    @Test
    void byDefaultTheOuterCellsWriteTickValuesAsSeabornsPairplotInCellsOfTwoAndAHalfInches() {
        Chart chart = Chart.fromSpec("""
                kind: scatter-matrix
                hue: Origin
                scatterMatrix:
                  columns: [Miles_per_Gallon, Horsepower, Weight_in_lbs, Acceleration]
                  diagonal: histogram
                data: {file: cars.json}
                """, "cars", SpecSyntax.YAML, DataFolder.inside(Path.of("../../examples/tidy/data")));
        GridFigure figure = (GridFigure) chart.figure();
        RasterFixture.save(RasterFixture.draw(figure), "pairplot_outer_ticks");

        // 4 cells of 2.5 in, 0.7 in for the names and tick values, 1.2 in for the legend, at 100 dpi
        assertThat(figure.size().pixelWidth()).isEqualTo(1190);
        assertThat(figure.size().pixelHeight()).isEqualTo(1070);
        for (int row = 0; row < 4; row++) {
            for (int column = 0; column < 4; column++) {
                XYPlot plot = figure.cell(row, column).getXYPlot();
                assertThat(plot.getDomainAxis().isTickLabelsVisible()).as("x values of (%d, %d)", row, column).isEqualTo(row == 3);
                assertThat(plot.getRangeAxis().isTickLabelsVisible()).as("y values of (%d, %d)", row, column).isEqualTo(column == 0);
                assertThat(plot.getDomainAxis().getRange()).as("column %d's x range", column)
                        .isEqualTo(figure.cell(0, column).getXYPlot().getDomainAxis().getRange());
                assertThat(plot.getRangeAxis().getRange()).as("row %d's y range, on the diagonal too", row)
                        .isEqualTo(figure.cell(row, (row + 1) % 4).getXYPlot().getRangeAxis().getRange());
            }
        }
        // cars["Miles_per_Gallon"].agg(["min", "max"]): 9.0, 46.6; the histogram's counts reach 100 or so
        org.jfree.data.Range mpg = figure.cell(0, 0).getXYPlot().getRangeAxis().getRange();
        assertThat(mpg.getLowerBound()).isBetween(5.0, 9.0);
        assertThat(mpg.getUpperBound()).isBetween(46.6, 50.0);

        List<String> texts = LabelLayoutTest.assertReadable(figure, figure.size()).stream()
                .map(TextRecordingGraphics.DrawnText::text).toList();
        assertThat(texts).as("the row's scale left of the first histogram, and x values under the bottom row")
                .contains("10", "20", "30", "40", "100", "200", "2000", "5000");
        Rectangle2D area = new Rectangle2D.Double(0, 0, figure.size().pointWidth(), figure.size().pointHeight());
        Rectangle2D[][] plots = plotAreas(figure, area);
        for (int row = 0; row < 4; row++) {
            for (int column = 0; column < 4; column++) {
                assertThat(plots[row][column].getHeight()).as("plot (%d, %d) one size", row, column)
                        .isCloseTo(plots[0][0].getHeight(), within(1.0));
                assertThat(plots[row][column].getWidth()).isCloseTo(plots[0][0].getWidth(), within(1.0));
            }
        }
    }

    @Test
    void ticksFalseKeepsTheReportsBareCells() {
        ChartSpec bare = MATRIX.toBuilder().scatterMatrix(ScatterMatrixOptions.DEFAULT.withTicks(false)).build();
        GridFigure figure = (GridFigure) Renderer.render(bare, SKEWED);

        assertThat(figure.cell(1, 0).getXYPlot().getDomainAxis().isVisible()).isFalse();
        assertThat(figure.cell(1, 0).getXYPlot().getRangeAxis().isVisible()).isFalse();
    }

    @Test
    void theLegendIsHeadedByTheHueColumn() {
        Chart chart = Chart.fromSpec(PENGUIN_PAIRPLOT, "pairplot", SpecSyntax.YAML,
                DataFolder.inside(Path.of("../../examples/tidy/data")));

        List<String> texts = LabelLayoutTest.drawnTexts(chart.figure(), chart.spec().size()).stream()
                .map(TextRecordingGraphics.DrawnText::text).toList();

        assertThat(texts).contains("Species", "Adelie", "Chinstrap", "Gentoo");
    }

    /** Each cell's plot (inside its axes), drawn where the grid draws it. */
    static Rectangle2D[][] plotAreas(GridFigure figure, Rectangle2D area) {
        Rectangle2D[][] plots = new Rectangle2D[figure.rows()][figure.columns()];
        BufferedImage image = new BufferedImage((int) area.getWidth(), (int) area.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = image.createGraphics();
        try {
            for (int row = 0; row < figure.rows(); row++) {
                for (int column = 0; column < figure.columns(); column++) {
                    if (figure.cell(row, column) != null) {
                        ChartRenderingInfo info = new ChartRenderingInfo();
                        figure.cell(row, column).draw(g2, figure.cellArea(row, column, area), info);
                        plots[row][column] = info.getPlotInfo().getDataArea();
                    }
                }
            }
        } finally {
            g2.dispose();
        }
        return plots;
    }

    private static Color halfOverWhite(Color c) {
        return new Color((c.getRed() + 255) / 2, (c.getGreen() + 255) / 2, (c.getBlue() + 255) / 2);
    }

    /** Grey of the report's half-transparent black at (fx across, fy up) of the cell. */
    private static boolean isBar(BufferedImage image, Rectangle2D cell, double fx, double fy) {
        double b = Pixels.brightness(image, px(cell.getMinX() + cell.getWidth() * fx), px(cell.getMaxY() - cell.getHeight() * fy));
        return b > 60 && b < 200;
    }

    private static int nonWhite(BufferedImage image, Rectangle2D cell) {
        return Pixels.count(image, px(cell.getMinX()), px(cell.getMinY()), px(cell.getMaxX()), px(cell.getMaxY()),
                rgb -> rgb != 0xFFFFFF);
    }

    private static int colored(BufferedImage image, Rectangle2D area, Color color) {
        return Pixels.count(image, px(area.getMinX()), px(area.getMinY()), px(area.getMaxX()), px(area.getMaxY()),
                rgb -> Pixels.distance(new Color(rgb), color) < 40);
    }

    private static int px(double points) {
        return (int) (points * SCALE);
    }
}
