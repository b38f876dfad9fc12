package dev.plotpress;

import dev.plotpress.export.ImageFormat;
import dev.plotpress.export.OutputFormat;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.ColorTheme;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.Palette;
import dev.plotpress.model.Style;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartTest {
    private static final double[] XS = {1, 2, 3, 4, 5, 6};
    private static final double[] YS = {4, 1, 9, 3, 7, 5};
    private static final Table TABLE = Table.builder("sales").column("month", new String[]{"Jan", "Feb", "Mar", "Apr", "May", "Jun"})
            .column("x", XS).column("y", YS).column("z", new double[]{2, 4, 1, 8, 6, 3})
            .column("shop", new String[]{"north", "south", "north", "south", "north", "south"}).build();

    /** The scatter matrix draws the report's grey dots unless told a colour. */
    private static final Style RED = new Style("#d62728", null, 12.0, null);

    record Sale(String month, double revenue, int units, Region region, LocalDate day, Double refund) {
    }

    enum Region { NORTH, SOUTH }

    static Stream<Arguments> everyKind() {
        return Stream.of(
                Arguments.of("line from arrays", Chart.line(XS, YS)),
                Arguments.of("line from a table", Chart.line(TABLE, "x", "y", "z")),
                Arguments.of("scatter from arrays", Chart.scatter(XS, YS)),
                Arguments.of("scatter from a table", Chart.scatter(TABLE, "x", "y").hue("shop")),
                Arguments.of("area from arrays", Chart.area(XS, YS)),
                Arguments.of("area from a table", Chart.area(TABLE, "x", "y", "z").stacked(true)),
                Arguments.of("bar from arrays", Chart.bar(new String[]{"a", "b", "c"}, new double[]{3, 1, 2})),
                Arguments.of("bar from a table", Chart.bar(TABLE, "month", "y", "z")),
                Arguments.of("histogram from arrays", Chart.histogram(YS).bins(4)),
                Arguments.of("histogram from a table", Chart.histogram(TABLE, "y", "z")),
                Arguments.of("box from arrays", Chart.box(YS)),
                Arguments.of("box from arrays by group", Chart.box(YS, new String[]{"a", "b", "a", "b", "a", "b"})),
                Arguments.of("box from a table", Chart.box(TABLE, "y", "z")),
                Arguments.of("heatmap from arrays", Chart.heatmap(new double[][]{{1, 0.5}, {0.5, 1}})),
                Arguments.of("heatmap from a table", Chart.heatmap(TABLE)),
                Arguments.of("scatter matrix from arrays", Chart.scatterMatrix(new LinkedHashMap<>(Map.of("a", XS, "b", YS))).style(RED)),
                Arguments.of("scatter matrix from a table", Chart.scatterMatrix(TABLE, "x", "y", "z").style(RED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void everyKindDrawsItsDataInColour(String name, Chart chart) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.size(400, 300).png()));

        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(300);
        int coloured = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                int spread = Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue())) - Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue()));
                coloured += spread > 60 ? 1 : 0;
            }
        }
        assertThat(coloured).as("pixels in a series colour").isGreaterThan(40);
    }

    @Test
    void recordsBecomeOneColumnPerComponent() {
        Table table = Table.of(List.of(
                new Sale("Jan", 12.5, 3, Region.NORTH, LocalDate.of(2026, 1, 31), null),
                new Sale("Feb", 14, 4, Region.SOUTH, LocalDate.of(2026, 2, 28), 1.5)));

        assertThat(table.columnNames()).containsExactly("month", "revenue", "units", "region", "day", "refund");
        assertThat(table.numeric("revenue").toArray()).containsExactly(12.5, 14);
        assertThat(table.numeric("units").toArray()).containsExactly(3, 4);
        assertThat(table.numeric("refund").toArray()).containsExactly(Double.NaN, 1.5);
        assertThat(((TextColumn) table.column("region")).get(1)).isEqualTo("SOUTH");
        assertThat(((TextColumn) table.column("day")).get(0)).isEqualTo("2026-01-31");
        assertThat(table.source()).isEqualTo("Sale records");
        assertThat(Chart.line(table, "day", "revenue").png()).isNotEmpty();
    }

    @Test
    void mapsOfColumnsAndRowsOfMapsBecomeTables() {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("x", new double[]{1, 2});
        columns.put("name", List.of("a", "b"));
        columns.put("count", List.of(3, 4L));
        Table fromColumns = Table.of(columns);
        Table fromRows = Table.ofRows(List.of(Map.of("x", 1.0, "name", "a"), Map.of("x", 2, "count", 7)));

        assertThat(fromColumns.columnNames()).containsExactly("x", "name", "count");
        assertThat(fromColumns.numeric("count").toArray()).containsExactly(3, 4);
        assertThat(fromColumns.column("name")).isInstanceOf(TextColumn.class);
        assertThat(fromRows.numeric("x").toArray()).containsExactly(1, 2);
        assertThat(fromRows.numeric("count").toArray()).containsExactly(Double.NaN, 7);
    }

    @Test
    void aColumnOfTheWrongTypeIsNamed() {
        assertThatThrownBy(() -> Table.of(Map.of("when", new java.util.Date())))
                .isInstanceOf(BadInputException.class).hasMessageContaining("column 'when' is a Date");
    }

    @Test
    void everyOptionOfTheSpecIsReachableUnderItsName() {
        Set<String> builderMethods = Arrays.stream(ChartSpec.Builder.class.getMethods()).map(Method::getName).collect(Collectors.toSet());
        Set<String> chartMethods = Arrays.stream(Chart.class.getMethods()).map(Method::getName).collect(Collectors.toSet());

        for (RecordComponent option : ChartSpec.class.getRecordComponents()) {
            assertThat(builderMethods).as("ChartSpec.Builder." + option.getName() + ", reached through Chart.with")
                    .contains(option.getName());
        }
        assertThat(chartMethods).contains("title", "x", "y", "y2", "xLabel", "yLabel", "y2Label", "hue", "bins", "binWidth",
                "stacked", "theme", "palette", "style", "axes", "heatmap", "scatterMatrix", "dateFormat", "size", "dpi",
                "order", "sort");
    }

    @Test
    void optionMethodsSetTheSpecAndLeaveTheChartUnchanged() {
        Chart plain = Chart.histogram(YS);
        Chart styled = plain.title("Spread").xLabel("value").yLabel("count").bins(3).theme("dark").palette("greys")
                .size(640, 480).dpi(200).with(b -> b.style(new Style("#ff0000", 0.5, null, null)));

        ChartSpec spec = styled.spec();
        assertThat(spec.title()).isEqualTo("Spread");
        assertThat(spec.xLabel()).isEqualTo("value");
        assertThat(spec.bins()).isEqualTo(3);
        assertThat(spec.theme()).isEqualTo(ColorTheme.DARK);
        assertThat(spec.palette()).isEqualTo(Palette.GREYS);
        assertThat(spec.style().color()).isEqualTo("#ff0000");
        assertThat(spec.size().pixelWidth()).isEqualTo(1280);
        assertThat(spec.size().pixelHeight()).isEqualTo(960);
        assertThat(plain.spec().title()).isNull();
        assertThatThrownBy(() -> plain.theme("neon")).isInstanceOf(InvalidSpecException.class).hasMessageContaining("neon");
    }

    @Test
    void everyOutputIsWhatItSaysItIs() throws IOException {
        Chart chart = Chart.scatter(XS, YS).title("Sales & costs");

        assertThat(chart.png()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(chart.jpeg()).startsWith(0xFF, 0xD8, 0xFF);
        assertThat(chart.jpeg(0.3).length).isLessThan(chart.jpeg().length);
        assertThat(new String(chart.svg(), StandardCharsets.UTF_8)).contains("<svg").contains("Sales &amp; costs");
        assertThatThrownBy(chart::pdf).as("core alone: PDFBox is plotpress-pdf's").isInstanceOf(BadInputException.class)
                .hasMessageContaining("PDF export needs the PDF encoder on the class path, the jar dev.plotpress:plotpress-pdf");
        assertThat(chart.dataUri()).isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(chart.png()));
        assertThat(chart.dataUri(ImageFormat.JPEG)).startsWith("data:image/jpeg;base64,");
        assertThat(chart.imgTag()).startsWith("<img src=\"data:image/png;base64,").contains("alt=\"Sales &amp; costs\"")
                .contains("width=\"800\" height=\"600\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chart.writeTo(out);
        assertThat(out.toByteArray()).isEqualTo(chart.png());
    }

    @Test
    void oneChartRendersTheSameBytesOnManyThreads() throws Exception {
        Chart chart = Chart.scatterMatrix(TABLE, "x", "y", "z").size(300, 300);
        byte[] expected = chart.png();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = pool.invokeAll(Collections.nCopies(16, chart::png));
            for (Future<byte[]> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSpecStringNeedsNoFiles() {
        Chart chart = Chart.fromSpec("kind: scatter-matrix\ndata: {random: {rows: 20, columns: 3, seed: 1}}\nsize: {width: 300, height: 300}\n");

        assertThat(chart.table().rowCount()).isEqualTo(20);
        assertThat(chart.png()).isNotEmpty();
        assertThatThrownBy(() -> Chart.fromSpec("kind: line\ndata: {file: a.csv}\n")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("give the data inline");
    }

    @Test
    void aSpecFileReadsItsDataRelativeToItsFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("d.csv"), "a,b\n1,2\n3,5\n");
        Path spec = Files.writeString(dir.resolve("c.yaml"), "kind: line\nx: a\ny: b\ndata: {file: d.csv}\n");

        Chart chart = Chart.fromSpec(spec);

        assertThat(chart.table().numeric("b").toArray()).containsExactly(2, 5);
        assertThat(chart.png()).isEqualTo(Chart.line(Table.builder().column("a", new int[]{1, 3}).column("b", new int[]{2, 5}).build(), "a", "b").png());
    }

    @Test
    void twoArraysBecomeAPngInOneStatement() throws IOException {
        byte[] png = Chart.scatter(new double[]{1, 2, 3}, new double[]{4, 1, 9}).title("Sales").size(320, 240).png();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(240);
    }

    @Test
    void theSameChartGivesTheSameBytes() {
        Chart chart = Chart.line(new double[]{1, 2, 3}, new double[]{4, 1, 9});
        assertThat(chart.png()).isEqualTo(chart.png());
        assertThat(chart.svg()).isEqualTo(chart.svg());
    }

    @Test
    void arraysOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> Chart.scatter(new double[]{1, 2}, new double[]{1}))
                .isInstanceOf(BadInputException.class).hasMessageContaining("x has 2 values but y has 1");
    }

    @Test
    void aSpecGivenAsTextRendersWithItsRandomData() {
        Chart.Rendering rendering = Chart.fromSpec("kind: heatmap\ndata: {random: {rows: 4, columns: 3, seed: 0}, transform: correlation}\n",
                "request body", SpecSyntax.YAML, DataFolder.NONE).render(new OutputFormat(ImageFormat.PNG, OutputFormat.Form.DATA_URI));

        assertThat(rendering.text()).startsWith("data:image/png;base64,");
        assertThat(rendering.mediaType()).startsWith("text/plain");
        assertThat(rendering.warnings()).isEmpty();
    }

    @Test
    void aSpecWithoutAFolderCannotNameAFile() {
        assertThatThrownBy(() -> Chart.fromSpec("kind: line\ndata: {file: /etc/passwd}\n", "request body", SpecSyntax.YAML, DataFolder.NONE))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("request body:2:")
                .hasMessageContaining("give the data inline");
    }

    @Test
    void aServedFolderKeepsDataFilesInside(@TempDir Path dir) throws IOException {
        Path served = Files.createDirectory(dir.resolve("charts"));
        Files.writeString(dir.resolve("secret.csv"), "a,b\n1,2\n");
        Files.writeString(served.resolve("ok.csv"), "a,b\n1,2\n3,4\n");
        Files.createSymbolicLink(served.resolve("link.csv"), dir.resolve("secret.csv"));
        DataFolder folder = DataFolder.inside(served);

        assertThat(Chart.fromSpec("kind: line\nx: a\ny: b\ndata: {file: ok.csv}\n", "ok.yaml", SpecSyntax.YAML, folder).png()).isNotEmpty();
        for (String escape : new String[]{"../secret.csv", dir.resolve("secret.csv").toString(), "link.csv"}) {
            assertThatThrownBy(() -> Chart.fromSpec("kind: line\ndata: {file: '" + escape + "'}\n", "x.yaml", SpecSyntax.YAML, folder))
                    .as(escape).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("only regular files inside the served folder");
        }
    }

    @Test
    void writeToPicksTheFormatFromTheExtension(@TempDir Path dir) throws IOException {
        Path svg = dir.resolve("c.svg");
        Chart.scatter(new double[]{1, 2}, new double[]{3, 4}).writeTo(svg);
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("<svg");
    }
}
