package dev.plotpress.render;

import dev.plotpress.data.DataReader;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import dev.plotpress.model.Size;
import dev.plotpress.render.TextRecordingGraphics.DrawnText;
import dev.plotpress.spec.SpecReader;
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

    @org.junit.jupiter.api.Test
    void aScatterOverThreeHundredCarNamesThinsItsLabelsAndSaysHowManyAreShown() {
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("Name").y("Miles_per_Gallon").size(Size.pixels(640, 420, 100)).build();
        Figure figure = Renderer.render(spec, DataReader.read(dev.plotpress.model.DataSpec.file(Path.of("../../examples/tidy/data/cars.json"))));
        RasterFixture.save(RasterFixture.draw(figure), "scatter_car_names");

        List<DrawnText> texts = assertReadable(figure, spec);

        // cars.Name.nunique() == 311
        assertThat(figure.warnings()).anySatisfy(w -> assertThat(w).endsWith("cars.json: x 'Name' has 311 categories, "
                + "more than can be labelled side by side at this size: 29 of them are labelled (every 11th); make the "
                + "chart wider or keep fewer categories"));
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
        List<DrawnText> texts = drawnTexts(figure, spec.size());
        Rectangle2D image = new Rectangle2D.Double(-TOLERANCE_PX, -TOLERANCE_PX,
                spec.size().pixelWidth() + 2 * TOLERANCE_PX, spec.size().pixelHeight() + 2 * TOLERANCE_PX);

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
