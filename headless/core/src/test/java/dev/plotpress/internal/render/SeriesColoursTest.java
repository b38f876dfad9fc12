package dev.plotpress.internal.render;

import dev.plotpress.data.DataReader;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.ColorTheme;
import dev.plotpress.internal.model.Colors;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.FacetOptions;
import dev.plotpress.model.HistogramOptions;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Palette;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * More hue levels than the palette's colours never share a colour: past Okabe-Ito's 8 every level gets one of n
 * evenly spaced HUSL hues (seaborn's husl_palette(n), what seaborn switches to past its default's 10 colours), and
 * a named palette with fewer colours than levels is refused, never cycled.
 */
class SeriesColoursTest {
    /** [mpl.colors.to_hex(c) for c in seaborn.husl_palette(12)] (seaborn 0.12.2: h=.01, s=.9, l=.65). */
    private static final List<String> HUSL_12 = List.of("#f77189", "#e68332", "#bb9832", "#97a431", "#50b131", "#34af84",
            "#36ada4", "#38aabf", "#3ba3ec", "#a48cf4", "#e866f4", "#f668c2");
    /** [mpl.colors.to_hex(c) for c in seaborn.husl_palette(10)]: barley's 10 varieties. */
    private static final List<String> HUSL_10 = List.of("#f77189", "#dc8932", "#ae9d31", "#77ab31", "#33b07a", "#36ada4",
            "#38a9c5", "#6e9bf4", "#cc7af4", "#f565cc");
    private static final Table BARLEY = DataReader.read(DataSpec.file(Path.of("../../examples/tidy/data/barley.json")));

    /** 12 groups, each a flat run of y over x = 0..3, with 12 values to count and box per group. */
    private static final Table TWELVE;

    static {
        int rows = 12 * 4;
        double[] x = new double[rows];
        double[] y = new double[rows];
        String[] group = new String[rows];
        String[] site = new String[rows];
        for (int r = 0; r < rows; r++) {
            x[r] = r % 4;
            y[r] = 10 + r / 4 + (r % 4) * 0.25;
            group[r] = "group " + (r / 4);
            site[r] = r % 2 == 0 ? "north" : "south";
        }
        TWELVE = new Table("twelve.csv", List.of(new NumericColumn("x", x), new NumericColumn("y", y),
                new TextColumn("group", group), new TextColumn("site", site)));
    }

    static Stream<Arguments> everyKindWithHue() {
        Size size = Size.pixels(900, 560, 100);
        return Stream.of(
                Arguments.of("bar", ChartSpec.builder(ChartKind.BAR).x("site").y("y").hue("group").size(size).build()),
                Arguments.of("stacked bar", ChartSpec.builder(ChartKind.BAR).x("site").y("y").hue("group").stacked(true)
                        .size(size).build()),
                Arguments.of("line", ChartSpec.builder(ChartKind.LINE).x("x").y("y").hue("group").size(size).build()),
                Arguments.of("scatter", ChartSpec.builder(ChartKind.SCATTER).x("x").y("y").hue("group").size(size).build()),
                Arguments.of("stacked area", ChartSpec.builder(ChartKind.AREA).x("x").y("y").hue("group").stacked(true)
                        .size(size).build()),
                Arguments.of("stacked histogram", ChartSpec.builder(ChartKind.HISTOGRAM).x("y").hue("group")
                        .histogram(new HistogramOptions(HistogramOptions.Stat.COUNT, HistogramOptions.Multiple.STACK))
                        .size(size).build()),
                Arguments.of("box", ChartSpec.builder(ChartKind.BOX).x("site").y("y").hue("group").size(size).build()),
                Arguments.of("scatter matrix", ChartSpec.builder(ChartKind.SCATTER_MATRIX).hue("group")
                        .scatterMatrix(ScatterMatrixOptions.DEFAULT.withColumns(List.of("x", "y"))).size(size).build()),
                Arguments.of("faceted bar", ChartSpec.builder(ChartKind.BAR).x("site").y("y").hue("group")
                        .facet(new FacetOptions("site", null, null, null, null)).size(Size.pixels(1200, 560, 100)).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindWithHue")
    void twelveHueLevelsTakeTwelveEvenlySpacedHuesNoneRepeated(String chart, ChartSpec spec) {
        BufferedImage image = RasterFixture.draw(Renderer.render(spec, TWELVE));
        RasterFixture.save(image, "hue12_" + chart.replace(' ', '_'));

        Set<Integer> drawn = colours(image);
        assertThat(HUSL_12).as("every group's colour is drawn (its bars, lines, dots or legend entry)")
                .allSatisfy(hex -> assertThat(drawn).contains(Integer.parseInt(hex.substring(1), 16)));
        assertThat(Colors.PALETTE.subList(0, 7)).as("no Okabe-Ito colour is cycled in (black is also ink, so not asked)")
                .allSatisfy(okabe -> assertThat(drawn).doesNotContain(okabe.getRGB() & 0xFFFFFF));
    }

    @Test
    void barleysTenVarietiesAreTenColoursWhereManchuriaAndNo475SharedOne() {
        ChartSpec spec = ChartSpec.builder(ChartKind.BAR).x("site").y("yield").hue("variety").size(Size.pixels(800, 600, 100))
                .estimate(new dev.plotpress.model.Estimate(dev.plotpress.model.Estimate.Estimator.MEAN,
                        dev.plotpress.model.Estimate.ErrorBar.NONE)).build();
        BufferedImage image = RasterFixture.draw(Renderer.render(spec, BARLEY));
        RasterFixture.save(image, "barley_hue10");

        Set<Integer> drawn = colours(image);
        assertThat(HUSL_10).allSatisfy(hex -> assertThat(drawn).contains(Integer.parseInt(hex.substring(1), 16)));
    }

    @Test
    void eightLevelsOrFewerKeepOkabeIto() {
        assertThat(Palette.OKABE_ITO.forSeries(8)).isEqualTo(Colors.PALETTE);
        assertThat(Palette.OKABE_ITO.forSeries(3)).isEqualTo(Colors.PALETTE.subList(0, 3));
        assertThat(Palette.OKABE_ITO.forSeries(9)).doesNotHaveDuplicates().hasSize(9)
                .map(c -> String.format("#%06x", c.getRGB() & 0xFFFFFF))
                // [mpl.colors.to_hex(c) for c in seaborn.husl_palette(9)]
                .containsExactly("#f77189", "#d58c32", "#a4a031", "#50b131", "#34ae91", "#37abb5", "#3ba3ec", "#bb83f4", "#f564d4");
        assertThat(Palette.OKABE_ITO.forSeries(50)).as("the hueGroups limit's worth, all apart").doesNotHaveDuplicates();
    }

    @Test
    void aNamedPaletteWithFewerColoursThanLevelsIsRefusedNamingBothCounts() {
        ChartSpec spec = ChartSpec.builder(ChartKind.BAR).x("site").y("y").hue("group").palette(Palette.TABLEAU10).build();

        assertThatThrownBy(() -> Renderer.render(spec, TWELVE)).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("palette")
                .hasMessageContaining("tableau10 has 10 colours, and the chart draws 12 series, so colours would repeat; "
                        + "remove palette (past 8 series the default gives 12 evenly spaced hues)");
        assertThat(RasterFixture.draw(Renderer.render(spec, TWELVE.select(IntStream.range(0, 40).toArray()))))
                .as("ten groups fit tableau10").isNotNull();
    }

    @Test
    void thePrintThemesFiveGreysRefuseASixthSeries() {
        ChartSpec spec = ChartSpec.builder(ChartKind.LINE).x("x").y("y").hue("group").theme(ColorTheme.PRINT).build();

        assertThatThrownBy(() -> Renderer.render(spec, TWELVE)).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("theme").hasMessageContaining("print tells series apart by 5 grey levels, and the chart "
                        + "draws 12 series, so greys would repeat");
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> drawn = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                drawn.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return drawn;
    }
}
