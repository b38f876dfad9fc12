package dev.plotpress.internal.render;

import dev.plotpress.Chart;
import dev.plotpress.DataFolder;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.FacetOptions;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Palette;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import dev.plotpress.SpecSyntax;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** facet: one panel per value, titled "Series = I", on shared axes, with one legend and the whole table's hue colours. */
class FacetTest {
    /** Anscombe's quartet (Anscombe 1973), long format as vega-datasets ships it. */
    private static final Table ANSCOMBE = anscombe();
    private static final ChartSpec QUARTET = ChartSpec.builder(ChartKind.SCATTER).x("X").y("Y")
            .facet(FacetOptions.byColumn("Series", 2)).build();

    private static Table anscombe() {
        double[] x123 = {10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5};
        double[][] ys = {
                {8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68},
                {9.14, 8.14, 8.74, 8.77, 9.26, 8.1, 6.13, 3.1, 9.13, 7.26, 4.74},
                {7.46, 6.77, 12.74, 7.11, 7.81, 8.84, 6.08, 5.39, 8.15, 6.42, 5.73},
                {6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.5, 5.56, 7.91, 6.89}};
        double[] x4 = {8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8};
        String[] names = {"I", "II", "III", "IV"};
        String[] series = new String[44];
        double[] x = new double[44];
        double[] y = new double[44];
        for (int s = 0; s < 4; s++) {
            for (int i = 0; i < 11; i++) {
                series[s * 11 + i] = names[s];
                x[s * 11 + i] = s == 3 ? x4[i] : x123[i];
                y[s * 11 + i] = ys[s][i];
            }
        }
        return new Table("anscombe.json", List.of(new TextColumn("Series", series), new NumericColumn("X", x),
                new NumericColumn("Y", y)));
    }

    @Test
    void anscombesQuartetIsOneSpecOfFourTitledPanelsOnSharedAxes() {
        GridFigure figure = (GridFigure) Renderer.render(QUARTET, ANSCOMBE);

        assertThat(figure.rows()).isEqualTo(2);
        assertThat(figure.columns()).isEqualTo(2);
        assertThat(List.of(title(figure, 0, 0), title(figure, 0, 1), title(figure, 1, 0), title(figure, 1, 1)))
                .containsExactly("Series = I", "Series = II", "Series = III", "Series = IV");
        Range x = plot(figure, 0, 0).getDomainAxis().getRange();
        Range y = plot(figure, 0, 0).getRangeAxis().getRange();
        for (int panel = 1; panel < 4; panel++) {
            assertThat(plot(figure, panel / 2, panel % 2).getDomainAxis().getRange()).isEqualTo(x);
            assertThat(plot(figure, panel / 2, panel % 2).getRangeAxis().getRange()).isEqualTo(y);
        }
        assertThat(x.contains(4) && x.contains(19)).as("x covers every panel's values: " + x).isTrue();
        assertThat(y.contains(3.1) && y.contains(12.74)).as("y covers every panel's values: " + y).isTrue();
        // shared axes are labelled on the outside only
        assertThat(plot(figure, 0, 0).getDomainAxis().isTickLabelsVisible()).isFalse();
        assertThat(plot(figure, 1, 0).getDomainAxis().isTickLabelsVisible()).isTrue();
        assertThat(plot(figure, 0, 1).getRangeAxis().isTickLabelsVisible()).isFalse();
        assertThat(plot(figure, 0, 0).getRangeAxis().isTickLabelsVisible()).isTrue();
    }

    @Test
    void panelsLineUpAndEachShowsItsOwnRows() {
        GridFigure figure = (GridFigure) Renderer.render(QUARTET, ANSCOMBE);
        BufferedImage image = RasterFixture.draw(figure);
        RasterFixture.save(image, "facet_anscombe");

        // the outlier of panel IV (x = 19, y = 12.5) is drawn in panel IV's lower right cell only
        Rectangle2D area = new Rectangle2D.Double(0, 0, figure.size().pointWidth(), figure.size().pointHeight());
        Rectangle2D four = figure.cellArea(1, 1, area);
        Rectangle2D three = figure.cellArea(1, 0, area);
        assertThat(coloured(image, four, 0.75, 0.98, 0.1, 0.5, figure.size().scale())).as("IV's outlier").isTrue();
        assertThat(coloured(image, three, 0.85, 0.98, 0.1, 0.5, figure.size().scale())).as("III has no point there").isFalse();
    }

    @Test
    void theFigureGrowsWithItsPanelsUnlessTheSpecGivesASize() {
        // 3.2 x 3 in a panel (seaborn's FacetGrid: height 3 in) and 0.4 in around the grid, at 100 dpi
        assertThat(Renderer.render(QUARTET, ANSCOMBE).size().pixelWidth()).isEqualTo(2 * 320 + 40);
        assertThat(Renderer.render(QUARTET, ANSCOMBE).size().pixelHeight()).isEqualTo(2 * 300 + 40);
        assertThat(Renderer.render(QUARTET.toBuilder().facet(FacetOptions.byColumn("Series", null)).build(), ANSCOMBE)
                .size().pixelWidth()).isEqualTo(4 * 320 + 40);
        Size given = Size.pixels(500, 400, 100);
        assertThat(Renderer.render(QUARTET.toBuilder().size(given).build(), ANSCOMBE).size()).isEqualTo(given);
    }

    @Test
    void aHueGroupKeepsItsColourInPanelsWhereOtherGroupsAreMissing() {
        Table table = new Table("penguins.json", List.of(
                new TextColumn("island", new String[]{"Dream", "Dream", "Biscoe", "Biscoe"}),
                new TextColumn("species", new String[]{"Adelie", "Chinstrap", "Adelie", "Gentoo"}),
                new NumericColumn("flipper", new double[]{190, 195, 185, 215}),
                new NumericColumn("mass", new double[]{3700, 3800, 3500, 5000})));
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("flipper").y("mass").hue("species")
                .facet(FacetOptions.byColumn("island", null)).build();

        GridFigure figure = (GridFigure) Renderer.render(spec, table);

        Palette palette = spec.theme().palette(spec.palette());
        assertThat(seriesColour(figure, 0, 0, "Chinstrap")).isEqualTo(palette.color(1));
        assertThat(seriesColour(figure, 0, 1, "Gentoo")).as("Gentoo, the third species, in a panel of two").isEqualTo(palette.color(2));
        assertThat(seriesColour(figure, 0, 1, "Adelie")).isEqualTo(palette.color(0));
        for (int panel = 0; panel < 2; panel++) {
            assertThat(figure.cell(0, panel).getLegend()).as("no legend per panel").isNull();
        }
        assertThat(figure.size().pixelWidth()).as("two 3.2 in panels, 0.4 in around them, 1 in for the one legend")
                .isEqualTo(2 * 320 + 40 + 100);
    }

    @Test
    void unsharedAxesFitEachPanel() {
        ChartSpec spec = QUARTET.toBuilder().facet(new FacetOptions("Series", null, 2, false, false)).build();
        GridFigure figure = (GridFigure) Renderer.render(spec, ANSCOMBE);
        assertThat(plot(figure, 1, 1).getDomainAxis().getRange()).isNotEqualTo(plot(figure, 0, 0).getDomainAxis().getRange());
        assertThat(plot(figure, 0, 1).getRangeAxis().isTickLabelsVisible()).isTrue();
    }

    @Test
    void facetsThatCannotBeDrawnAreRefused() {
        assertThatThrownBy(() -> QUARTET.toBuilder().facet(new FacetOptions(null, null, null, null, null)).build())
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("needs column: or row:");
        assertThatThrownBy(() -> new FacetOptions("a", "b", 2, null, null)).hasMessageContaining("cannot be combined with facet.row");
        assertThatThrownBy(() -> new FacetOptions("a", "a", null, null, null)).hasMessageContaining("the same column");
        assertThatThrownBy(() -> ChartSpec.builder(ChartKind.HEATMAP).facet(FacetOptions.byColumn("a", null)).build())
                .hasMessageContaining("not heatmap");
        assertThatThrownBy(() -> Renderer.render(QUARTET.toBuilder().facet(FacetOptions.byColumn("series", null)).build(), ANSCOMBE))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no column 'series'");
    }

    /** The new user's displot (issue 10): body mass by sex (rows) and species (columns). */
    private static Chart penguinGrid() {
        return Chart.fromSpec("""
                kind: histogram
                x: Body Mass (g)
                bins: 10
                facet: {row: Sex, column: Species}
                transform:
                  - filter: {column: Sex, op: in, value: [MALE, FEMALE]}
                data: {file: penguins.json}
                """, "displot", SpecSyntax.YAML, DataFolder.inside(Path.of("../../examples/tidy/data")));
    }

    @Test
    void histogramPanelsCountInTheSameBinsOverTheWholeTable() {
        GridFigure figure = (GridFigure) penguinGrid().figure();
        // numpy, as seaborn's displot shares bins: p = penguins[penguins.Sex.isin(["MALE", "FEMALE"])]
        // np.histogram_bin_edges(p["Body Mass (g)"].dropna(), bins=10)
        double[] edges = {2700, 3060, 3420, 3780, 4140, 4500, 4860, 5220, 5580, 5940, 6300};

        for (int row = 0; row < 2; row++) {
            for (int column = 0; column < 3; column++) {
                XYIntervalSeriesCollection bars = (XYIntervalSeriesCollection) plot(figure, row, column).getDataset();
                double[] panelEdges = new double[bars.getItemCount(0) + 1];
                for (int bin = 0; bin < bars.getItemCount(0); bin++) {
                    panelEdges[bin] = bars.getStartXValue(0, bin);
                    panelEdges[bin + 1] = bars.getEndXValue(0, bin);
                }
                assertThat(panelEdges).as("bin edges of panel (%d, %d)", row, column).containsExactly(edges, within(1e-9));
            }
        }
    }

    @Test
    void panelTitlesShareOneFontAndAreShortenedOnlyWhenTheyDoNotFit() {
        GridFigure figure = (GridFigure) penguinGrid().figure();

        List<TextTitle> titles = new java.util.ArrayList<>();
        for (int row = 0; row < 2; row++) {
            for (int column = 0; column < 3; column++) {
                titles.add(figure.cell(row, column).getTitle());
            }
        }
        assertThat(titles).extracting(TextTitle::getText).containsExactly(
                "Sex = MALE | Species = Adelie", "Sex = MALE | Species = Chinstrap", "Sex = MALE | Species = Gentoo",
                "Sex = FEMALE | Species = Adelie", "Sex = FEMALE | Species = Chinstrap", "Sex = FEMALE | Species = Gentoo");
        assertThat(titles).extracting(t -> t.getFont().getSize2D()).as("one size for every title").containsOnly(
                titles.get(0).getFont().getSize2D());
        List<String> drawn = LabelLayoutTest.drawnTexts(figure, figure.size()).stream()
                .map(TextRecordingGraphics.DrawnText::text).toList();
        assertThat(drawn).as("drawn whole, not cut by the title block").contains("Sex = FEMALE | Species = Chinstrap");
        assertThat(drawn).noneMatch(t -> t.endsWith("...") || t.endsWith("\u2026"));
    }

    private static XYPlot plot(GridFigure figure, int row, int column) {
        return figure.cell(row, column).getXYPlot();
    }

    private static String title(GridFigure figure, int row, int column) {
        return figure.cell(row, column).getTitle().getText();
    }

    private static Color seriesColour(GridFigure figure, int row, int column, String series) {
        JFreeChart chart = figure.cell(row, column);
        XYPlot plot = chart.getXYPlot();
        int index = plot.getDataset().indexOf(series);
        assertThat(index).as(series + " in panel " + column).isNotNegative();
        return (Color) plot.getRenderer().getSeriesPaint(index);
    }

    /** True when a non-white, non-grey pixel lies in the cell's box between fractions (x0..x1, y0..y1 from the top). */
    private static boolean coloured(BufferedImage image, Rectangle2D cell, double x0, double x1, double y0, double y1, double scale) {
        for (int px = (int) ((cell.getX() + x0 * cell.getWidth()) * scale); px < (cell.getX() + x1 * cell.getWidth()) * scale; px++) {
            for (int py = (int) ((cell.getY() + y0 * cell.getHeight()) * scale); py < (cell.getY() + y1 * cell.getHeight()) * scale; py++) {
                Color c = new Color(image.getRGB(px, py));
                if (Math.abs(c.getRed() - c.getBlue()) > 60) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aFacetedFigureSaysOnceForAllPanelsWhatItLeftOutAndInHowManyPanels() {
        Table table = new Table("panels.csv", List.of(
                new TextColumn("p", new String[] {"a", "a", "b", "b", "c", "c", "d", "d"}),
                new NumericColumn("x", new double[] {1, 2, 1, 2, 1, 2, 1, 2}),
                new NumericColumn("y", new double[] {1, 0, -1, 5, 2, 3, 0, 7})));
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("x").y("y").facet(new FacetOptions("p", null, 2, null, null))
                .axes(new dev.plotpress.model.AxisOptions(false, true, null, null, null, null, null, false)).build();

        assertThat(Renderer.render(spec, table).warnings())
                .containsExactly("panels.csv: 3 of 8 rows have y <= 0 and are not on the log y axis (in 3 of 4 panels)");
    }

    @Test
    void aPanelThatThinsItsNamesSaysSoNamedByItsPanelAsASingleChartDoes() {
        Table cars = dev.plotpress.data.DataReader.read(dev.plotpress.model.DataSpec.file(Path.of("../../examples/tidy/data/cars.json")));
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("Name").y("Miles_per_Gallon")
                .facet(new FacetOptions("Origin", null, null, null, null)).build();

        // cars.groupby("Origin", sort=False).Name.nunique(): USA 191, Europe 61, Japan 59 (each panel its own names)
        assertThat(Renderer.render(spec, cars).warnings())
                .anySatisfy(w -> assertThat(w).contains("cars.json (Origin = USA): the x axis writes ").contains(" of its 191 names"))
                .anySatisfy(w -> assertThat(w).contains("cars.json (Origin = Europe): the x axis writes ").contains(" of its 61 names"))
                .anySatisfy(w -> assertThat(w).contains("cars.json (Origin = Japan): the x axis writes ").contains(" of its 59 names"));
    }

    @Test
    void onlyPanelsThatWriteTheirSharedAxisNamesReportThem() {
        String[] names = new String[80];
        String[] panel = new String[80];
        double[] value = new double[80];
        for (int row = 0; row < 80; row++) {
            names[row] = "a long category name " + (row % 40);
            panel[row] = row < 40 ? "top" : "bottom";
            value[row] = row;
        }
        Table table = new Table("names.csv", List.of(new TextColumn("name", names), new TextColumn("panel", panel),
                new NumericColumn("value", value)));
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("name").y("value")
                .facet(new FacetOptions(null, "panel", null, null, null)).size(Size.pixels(480, 480, 100)).build();

        assertThat(Renderer.render(spec, table).warnings()).filteredOn(w -> w.contains("the x axis writes"))
                .as("panels one above the other share x and its 40 names: only the bottom one writes them")
                .singleElement().satisfies(w -> assertThat(w).startsWith("names.csv (panel = bottom): the x axis writes "));
    }

    @Test
    void panelsWhoseRowsHaveDifferentCategoriesEachWriteTheirOwnNames() {
        Table cars = dev.plotpress.data.DataReader.read(dev.plotpress.model.DataSpec.file(Path.of("../../examples/tidy/data/cars.json")));
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("Origin").y("Miles_per_Gallon")
                .facet(FacetOptions.byColumn("Cylinders", 3)).build();
        GridFigure grid = (GridFigure) Renderer.render(spec, cars);

        // the 3-cylinder cars are all Japanese, the 5-cylinder ones European: a panel above another cannot borrow
        // the names written under it, so every panel writes its own
        for (int cell = 0; cell < 5; cell++) {
            JFreeChart chart = grid.cell(cell / 3, cell % 3);
            assertThat(chart.getXYPlot().getDomainAxis().isTickLabelsVisible()).as("panel %d", cell).isTrue();
        }
        assertThat(((org.jfree.chart.axis.SymbolAxis) grid.cell(0, 0).getXYPlot().getDomainAxis()).getSymbols())
                .containsExactly("Japan");
    }

    /** Panel titles in grid order, row by row, "" for a blank cell (a pairing no row has). */
    private static List<String> titles(GridFigure grid, int rows, int columns) {
        List<String> titles = new java.util.ArrayList<>();
        for (int cell = 0; cell < rows * columns; cell++) {
            JFreeChart chart = grid.cell(cell / columns, cell % columns);
            titles.add(chart == null ? "" : chart.getTitle().getText());
        }
        return titles;
    }

    private static Chart penguins(String facet) {
        return Chart.fromSpec("kind: scatter\nx: Flipper Length (mm)\ny: Body Mass (g)\nfacet: " + facet
                + "\ndata: {file: penguins.json}\n", "order", SpecSyntax.YAML, DataFolder.inside(Path.of("../../examples/tidy/data")));
    }

    @Test
    void columnOrderAndRowOrderLayOutTheListedPanelsFirstAndTheRestAfterAsSeabornsColOrder() {
        // penguins.Species.unique(): Adelie, Chinstrap, Gentoo; penguins.Island.unique(): Torgersen, Biscoe, Dream
        GridFigure grid = (GridFigure) penguins("{column: Species, row: Island, columnOrder: [Gentoo], rowOrder: [Dream, Biscoe]}")
                .figure();

        // pd.crosstab(penguins.Island, penguins.Species): no Gentoo on Dream or Torgersen, Chinstrap only on Dream;
        // those pairings are empty panels, titled as seaborn's
        assertThat(titles(grid, 3, 3)).containsExactly(
                "Island = Dream | Species = Gentoo", "Island = Dream | Species = Adelie", "Island = Dream | Species = Chinstrap",
                "Island = Biscoe | Species = Gentoo", "Island = Biscoe | Species = Adelie", "Island = Biscoe | Species = Chinstrap",
                "Island = Torgersen | Species = Gentoo", "Island = Torgersen | Species = Adelie",
                "Island = Torgersen | Species = Chinstrap");
    }

    @Test
    void aFacetOrderValueNoRowHasIsRefusedWithDidYouMean() {
        assertThatThrownBy(() -> penguins("{column: Species, columnOrder: [Gentoo, Chinstap]}").figure())
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("penguins.json: facet.columnOrder: Species has no value 'Chinstap' (did you mean "
                        + "'Chinstrap'?); its values are Adelie, Chinstrap, Gentoo");
        assertThatThrownBy(() -> penguins("{column: Species, rowOrder: [Dream]}").figure())
                .hasMessageContaining("facet.rowOrder").hasMessageContaining("give facet.row");
    }

    /** The trial's barley grid (issue 10): variety names turned upright under the bottom row only. */
    private static Chart barleyGrid() {
        return Chart.fromSpec("""
                kind: scatter
                x: variety
                y: yield
                facet: {column: site, row: year}
                data: {file: barley.json}
                """, "barley", SpecSyntax.YAML, DataFolder.inside(Path.of("../../examples/tidy/data")));
    }

    @Test
    void onlyTheRowThatWritesTheXTickLabelsKeepsRoomForThemAndEveryPlotIsOneSize() {
        GridFigure figure = (GridFigure) barleyGrid().figure();
        Rectangle2D area = new Rectangle2D.Double(0, 0, figure.size().pointWidth(), figure.size().pointHeight());
        Rectangle2D[][] plots = PairplotTest.plotAreas(figure, area);
        RasterFixture.save(RasterFixture.draw(figure), "facet_barley");

        for (int row = 0; row < 2; row++) {
            for (int column = 0; column < 6; column++) {
                assertThat(plots[row][column].getWidth()).as("width of plot (%d, %d)", row, column)
                        .isCloseTo(plots[0][0].getWidth(), within(1.0));
                assertThat(plots[row][column].getHeight()).as("height of plot (%d, %d)", row, column)
                        .isCloseTo(plots[0][0].getHeight(), within(1.0));
                assertThat(plots[row][column].getMinY()).as("top of plot (%d, %d)", row, column)
                        .isCloseTo(plots[row][0].getMinY(), within(1.0));
            }
        }
        double gap = plots[1][0].getMinY() - plots[0][0].getMaxY();
        assertThat(gap).as("between the rows: the tick marks and the lower row's titles, not the turned names (%.0f pt)", gap)
                .isLessThan(plots[0][0].getHeight() * 0.25);
        assertThat(plots[0][0].getHeight()).as("a plot of a 3 in panel, in points").isGreaterThan(2 * 72);
    }

    @Test
    void aPairingNoRowHasIsAnEmptyPanelWithItsTitleFrameAndTickLabelsAsSeaborns() {
        Chart chart = Chart.fromSpec("""
                kind: scatter
                x: temp_max
                y: wind
                transform: [{timeUnit: {column: date, unit: year, as: year}}]
                facet: {column: weather, row: year}
                data: {file: seattle-weather.csv}
                """, "weather", SpecSyntax.YAML, DataFolder.inside(Path.of("../../examples/tidy/data")));
        GridFigure figure = (GridFigure) chart.figure();
        BufferedImage image = RasterFixture.draw(figure);
        RasterFixture.save(image, "facet_empty_panels");

        // pd.crosstab(w.date.dt.year, w.weather): no drizzle in 2014, no snow in 2015
        JFreeChart drizzle2014 = figure.cell(2, 0);
        assertThat(drizzle2014).as("the 2014 row's left panel").isNotNull();
        assertThat(drizzle2014.getTitle().getText()).isEqualTo("year = 2014 | weather = drizzle");
        assertThat(drizzle2014.getXYPlot().getRangeAxis().isTickLabelsVisible()).as("the 2014 row's y values").isTrue();
        assertThat(figure.cell(3, 3).getXYPlot().getDomainAxis().isTickLabelsVisible()).as("the snow column's x values").isTrue();
        assertThat(drizzle2014.getXYPlot().getRangeAxis().getRange()).as("the shared y range")
                .isEqualTo(figure.cell(2, 1).getXYPlot().getRangeAxis().getRange());
        Rectangle2D area = new Rectangle2D.Double(0, 0, figure.size().pointWidth(), figure.size().pointHeight());
        Rectangle2D plot = PairplotTest.plotAreas(figure, area)[2][0];
        double scale = figure.size().scale();
        int inside = Pixels.count(image, (int) (plot.getMinX() * scale) + 3, (int) (plot.getMinY() * scale) + 3,
                (int) (plot.getMaxX() * scale) - 3, (int) (plot.getMaxY() * scale) - 3, rgb -> rgb != 0xFFFFFF);
        int frame = Pixels.count(image, (int) (plot.getMinX() * scale) - 1, (int) (plot.getMinY() * scale) - 1,
                (int) (plot.getMaxX() * scale) + 1, (int) (plot.getMaxY() * scale) + 1, rgb -> (rgb & 0xFF) < 100);
        assertThat(inside).as("no point in the empty panel").isZero();
        assertThat(frame).as("its frame").isGreaterThan(400);
        List<String> texts = LabelLayoutTest.assertReadable(figure, figure.size()).stream()
                .map(TextRecordingGraphics.DrawnText::text).toList();
        assertThat(texts).contains("year = 2014 | weather = drizzle", "year = 2015 | weather = snow");
    }
}
