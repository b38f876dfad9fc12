package dev.plotpress.internal.render;

import dev.plotpress.render.Figure;
import dev.plotpress.Chart;
import dev.plotpress.DataFolder;
import dev.plotpress.data.DataReader;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import dev.plotpress.model.Size;
import dev.plotpress.internal.render.TextRecordingGraphics.DrawnText;
import dev.plotpress.spec.SpecReader;
import dev.plotpress.SpecSyntax;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example and gallery chart is drawn with its text recorded: no two pieces of text may share ink (tick labels
 * on tick labels, a title on an axis label, a name on a legend) and none may be cut off by the image's edge.
 */
class LabelLayoutTest {
    /** Anti-aliasing smears ink half a pixel; less than this is not a collision a reader sees. */
    private static final double TOLERANCE_PX = 0.75;

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("../../examples"))) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().contains("_job."))
                    .filter(f -> !f.startsWith(Path.of("../../examples/kubernetes"))) // manifests for the chart server
                    .sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void noLabelCollidesWithAnotherOrLeavesTheImage(Path specFile) {
        ChartSpec spec = SpecReader.read(specFile);
        assertReadable(Renderer.render(spec, DataReader.read(spec.data())), spec);
    }

    /**
     * Charts a new user drew (issue 10), with the data the examples carry. The examples alone never showed these
     * defects: none of them is a heatmap with long names, and a name the axis leaves out draws no ink, so no overlap
     * or clipping test can see it missing; every name is now looked for as well.
     */
    static Stream<Arguments> newUserCharts() {
        return Stream.of(
                Arguments.of("penguin correlations, 700 x 560", """
                        kind: heatmap
                        title: Penguin correlations
                        transform: [correlation]
                        heatmap: {annotate: true, colormap: coolwarm, vmin: -1, vmax: 1, format: .2f}
                        data: {file: penguins.json}
                        size: {width: 700, height: 560}
                        """, List.of("Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)",
                        "Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)")),
                Arguments.of("barley yield, site x variety, 900 x 500", """
                        kind: heatmap
                        title: Mean barley yield, site x variety
                        transform:
                          - pivot: {column: variety, value: yield, groupBy: [site]}
                        heatmap: {annotate: true, format: .1f, colormap: viridis}
                        data: {file: barley.json}
                        size: {width: 900, height: 500}
                        """, List.of("Manchuria", "Glabron", "Svansota", "Velvet", "Trebi", "No. 457", "No. 462",
                        "Peatland", "No. 475", "Wisconsin No. 38", "University Farm", "Waseca", "Morris", "Crookston",
                        "Grand Rapids", "Duluth")),
                Arguments.of("median rating by genre, 720 x 420", """
                        kind: bar
                        title: Median Rotten Tomatoes rating by genre
                        x: Major Genre
                        y: Rotten Tomatoes Rating
                        estimator: median
                        errorbar: none
                        data: {file: movies.json}
                        size: {width: 720, height: 420}
                        """, List.of("Drama", "Comedy", "Musical", "Thriller/Suspense", "Adventure", "Action",
                        "Romantic Comedy", "Horror", "Western", "Documentary", "Black Comedy", "Concert/Performance")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("newUserCharts")
    void everyNameIsWrittenWholeWhereThereIsRoom(String chart, String specText, List<String> names) {
        Chart spec = Chart.fromSpec(specText, chart, SpecSyntax.YAML, DataFolder.inside(Path.of("../../examples/tidy/data")));
        Figure figure = spec.figure();

        List<DrawnText> texts = assertReadable(figure, spec.spec());

        assertThat(figure.warnings()).as("nothing is left out or shortened, so nothing is warned of")
                .noneMatch(w -> w.contains("axis"));
        // turned names are recorded as one '#' per glyph: a whole name has as many glyphs as letters
        List<String> written = texts.stream().map(DrawnText::text).toList();
        for (String name : new java.util.LinkedHashSet<>(names)) {
            long wanted = names.stream().filter(name::equals).count(); // a correlation names each column twice
            assertThat(written.stream().filter(t -> t.equals(name) || t.equals("#".repeat(name.length()))).count())
                    .as("'" + name + "' is written whole on every axis that names it").isGreaterThanOrEqualTo(wanted);
        }
        assertThat(written).as("no name is shortened").noneMatch(t -> t.contains("\u2026"));
    }

    /**
     * The trial's weekly GitHub commits (issue 10, finding 4): "Jun-2015" centred on a tick at the plot's right end ran
     * off the image. No example had a date x axis ending at a tick without a legend beside it, so nothing tested it.
     */
    @ParameterizedTest(name = "weekly commits, {0} x {1}")
    @org.junit.jupiter.params.provider.CsvSource({"800, 600, Jun-2015", "640, 480, Jun-2015", "480, 320, Jun-2015",
            "1200, 400, 29-May"})
    void theLastDateLabelIsWrittenWholeInsideTheImage(int width, int height, String lastLabel) {
        String specText = """
                kind: line
                title: GitHub commits per week
                x: time
                y: count
                transform:
                  - timeUnit: {column: time, unit: week}
                  - aggregate: {groupBy: [time], sum: count}
                data: {file: github.csv}
                size: {width: %d, height: %d}
                """.formatted(width, height);
        Chart chart = Chart.fromSpec(specText, "github weekly", SpecSyntax.YAML,
                DataFolder.inside(Path.of("src/test/resources/vega-datasets")));

        List<DrawnText> texts = assertReadable(chart.figure(), chart.spec());

        assertThat(texts.stream().map(DrawnText::text)).as("the last tick is labelled").contains(lastLabel);
    }

    @ParameterizedTest(name = "{0} names on a 300 px heatmap")
    @org.junit.jupiter.params.provider.ValueSource(ints = {12, 60})
    void aHeatmapWithMoreNamesThanRoomThinsThemAndSaysSo(int count) {
        List<dev.plotpress.model.Column> columns = new ArrayList<>();
        String[] rowNames = new String[count];
        for (int row = 0; row < count; row++) {
            rowNames[row] = "Site number " + row;
        }
        columns.add(new TextColumn("site", rowNames));
        for (int col = 0; col < count; col++) {
            double[] values = new double[count];
            for (int row = 0; row < count; row++) {
                values[row] = (row * 31 + col * 17) % 23;
            }
            columns.add(new NumericColumn("Variety with a long name " + col, values));
        }
        ChartSpec spec = ChartSpec.builder(ChartKind.HEATMAP).size(Size.pixels(300, 300, 100)).build();
        Figure figure = Renderer.render(spec, new Table("sites.csv", columns));

        List<DrawnText> texts = assertReadable(figure, spec);

        long rowNamesWritten = texts.stream().filter(t -> t.text().startsWith("Site")).count(); // whole or shortened
        if (rowNamesWritten < count) {
            assertThat(figure.warnings()).as("a name left out is said").anyMatch(w -> w.startsWith("sites.csv: the y axis writes "
                    + rowNamesWritten + " of its " + count + " names"));
        }
        assertThat(figure.warnings()).as("the long variety names are shortened or thinned, and that is said")
                .anyMatch(w -> w.startsWith("sites.csv: the x axis"));
    }

    static Stream<Arguments> crowdedCategories() {
        return Stream.of(300, 640, 1400).flatMap(width -> Stream.of(ChartKind.BAR, ChartKind.BOX, ChartKind.SCATTER, ChartKind.LINE)
                .map(kind -> Arguments.of(kind, width)));
    }

    @ParameterizedTest(name = "{0}, 40 long names, {1} px wide")
    @MethodSource("crowdedCategories")
    void manyLongCategoryNamesAreTurnedThinnedAndShortenedNotOverlapped(ChartKind kind, int width) {
        String[] names = new String[120];
        double[] values = new double[names.length];
        for (int row = 0; row < names.length; row++) {
            names[row] = "Category number " + (row % 40) + " with a long name";
            values[row] = (row * 37 % 101) + row % 7;
        }
        Table table = new Table("names.csv", List.of(new TextColumn("name", names), new NumericColumn("value", values)));
        ChartSpec.Builder spec = ChartSpec.builder(kind).y("value").size(Size.pixels(width, 400, 100));
        spec = spec.x("name");
        ChartSpec built = spec.build();

        List<DrawnText> texts = assertReadable(Renderer.render(built, kind == ChartKind.BAR ? firstForty(table) : table), built);

        // turned names are drawn as glyph vectors, recorded as '#' per glyph: count what is written, not its words
        assertThat(texts.stream().filter(t -> t.text().length() >= 12))
                .as("at least every fifth of the 40 names is written with 12 or more of its letters, not cut to '...'")
                .hasSizeGreaterThanOrEqualTo(8);
    }

    /**
     * The trial's box plot (issue 10): at 800 x 600 each of the six sites has ~100 px, and the bar chart over the same
     * x wrote "University Farm" level while the box plot turned every name 45 degrees. Both follow one rule now.
     */
    @ParameterizedTest(name = "{0} of yield by site and year, 800 x 600")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"bar", "box"})
    void boxesAndBarsOverTheSameCategoriesWriteTheirNamesLevelWhenTheyFit(String kind) {
        Chart chart = Chart.fromSpec("""
                kind: %s
                x: site
                y: yield
                hue: year
                data: {file: barley.json}
                size: {width: 800, height: 600}
                """.formatted(kind), kind, SpecSyntax.YAML, DataFolder.inside(Path.of("../../examples/tidy/data")));

        List<DrawnText> texts = assertReadable(chart.figure(), chart.spec());

        // a turned name is recorded as one '#' per glyph, a level one as its text
        assertThat(texts.stream().map(DrawnText::text)).as("every site written whole and level")
                .contains("University Farm", "Waseca", "Morris", "Crookston", "Grand Rapids", "Duluth");
    }

    @org.junit.jupiter.api.Test
    void aScatterOverThreeHundredCarNamesThinsItsLabelsAndSaysHowManyAreShown() {
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("Name").y("Miles_per_Gallon").size(Size.pixels(640, 420, 100)).build();
        Figure figure = Renderer.render(spec, DataReader.read(dev.plotpress.model.DataSpec.file(Path.of("../../examples/tidy/data/cars.json"))));
        RasterFixture.save(RasterFixture.draw(figure), "scatter_car_names");

        List<DrawnText> texts = assertReadable(figure, spec);

        // cars.Name.nunique() == 311
        assertThat(figure.warnings()).anySatisfy(w -> assertThat(w).endsWith("cars.json: the x axis writes 29 of its 311 "
                + "names (every 11th) so that they do not collide and shortens 11 of them with '\u2026'; make the chart wider "
                + "(size) to see every name whole"));
        assertThat(texts.stream().filter(t -> t.text().length() >= 8)).as("names are written, upright").hasSizeGreaterThan(10);
    }

    /** The bar chart draws one bar per row: its first 40 rows, one per name. */
    private static Table firstForty(Table table) {
        TextColumn names = (TextColumn) table.column("name");
        NumericColumn values = table.numeric("value");
        String[] n = new String[40];
        double[] v = new double[40];
        for (int row = 0; row < 40; row++) {
            n[row] = names.get(row);
            v[row] = values.get(row);
        }
        return new Table(table.source(), List.of(new TextColumn("name", n), new NumericColumn("value", v)));
    }

    private static List<DrawnText> assertReadable(Figure figure, ChartSpec spec) {
        return assertReadable(figure, figure.size());
    }

    /** Draws the figure at its own size (a facet grid or pairplot without one grows with its cells). */
    static List<DrawnText> assertReadable(Figure figure, Size size) {
        List<DrawnText> texts = drawnTexts(figure, size);
        Rectangle2D image = new Rectangle2D.Double(-TOLERANCE_PX, -TOLERANCE_PX,
                size.pixelWidth() + 2 * TOLERANCE_PX, size.pixelHeight() + 2 * TOLERANCE_PX);

        List<String> clipped = texts.stream().filter(t -> !image.contains(t.bounds()))
                .map(t -> "'" + t.text() + "' at " + describe(t.bounds())).toList();
        List<String> collisions = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Rectangle2D overlap = overlap(texts.get(i), texts.get(j));
                if (overlap != null) {
                    collisions.add("'" + texts.get(i).text() + "' and '" + texts.get(j).text() + "' overlap by "
                            + describe(overlap));
                }
            }
        }

        assertThat(texts).as("the chart draws some text").isNotEmpty();
        assertThat(clipped).as("text cut off by the image edge").isEmpty();
        assertThat(collisions).as("text drawn over other text").isEmpty();
        return texts;
    }

    static List<DrawnText> drawnTexts(Figure figure, Size size) {
        BufferedImage image = new BufferedImage(size.pixelWidth(), size.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        List<DrawnText> drawn = new ArrayList<>();
        Graphics2D g2 = new TextRecordingGraphics(image.createGraphics(), drawn);
        try {
            // the raster target's hints: text is measured as it is drawn
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.scale(image.getWidth() / size.pointWidth(), image.getHeight() / size.pointHeight());
            figure.draw(g2, new Rectangle2D.Double(0, 0, size.pointWidth(), size.pointHeight()));
        } finally {
            g2.dispose();
        }
        return drawn;
    }

    /** Where two texts' ink boxes overlap by more than the tolerance both ways, or null. */
    private static Rectangle2D overlap(DrawnText a, DrawnText b) {
        if (!a.bounds().intersects(b.bounds())) {
            return null;
        }
        Area shared = new Area(a.box());
        shared.intersect(new Area(b.box()));
        Rectangle2D bounds = shared.getBounds2D();
        return bounds.getWidth() > TOLERANCE_PX && bounds.getHeight() > TOLERANCE_PX ? bounds : null;
    }

    private static String describe(Rectangle2D r) {
        return String.format("%.1fx%.1f px at (%.1f, %.1f)", r.getWidth(), r.getHeight(), r.getX(), r.getY());
    }
}
