package dev.plotpress.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs that used to hang, eat gigabytes or say the wrong thing: each is now one {@code plotpress: error:} line
 * with exit 2, naming the limit, the value and how to raise it where a limit is the reason. Every test is bounded.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {
    @TempDir
    Path dir;

    @Test
    void aFiveThousandCharacterTitleIsRefusedWithTheLimitAndHowToRaiseIt() throws IOException {
        CliRun run = render("kind: scatter\ntitle: " + "w".repeat(5000) + "\ndata: {random: {rows: 4, columns: 2, seed: 0}}\n");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("spec.yaml:2:", "title: 5,000 characters in a title is over the limit of 1,000 (titleChars)",
                "PLOTPRESS_LIMITS=titleChars=5000");
    }

    @Test
    void aTenMegabyteYamlSpecIsRefusedBeforeItIsParsed() throws IOException {
        CliRun run = render("kind: scatter\ntitle: " + "w".repeat(10_000_000) + "\n");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("bytes in a spec or job file is over the limit of 1,048,576 (specBytes)");
    }

    /** JSON has no YAML's alias or size tricks, but the same bounds: the file's bytes first, then the title's length. */
    @Test
    void aTwoMegabyteTitleInJsonIsRefusedQuicklyAsAFileAndAsText() throws IOException {
        String json = "{\"kind\": \"scatter\", \"title\": \"" + "w".repeat(2_000_000) + "\", "
                + "\"data\": {\"random\": {\"rows\": 4, \"columns\": 2, \"seed\": 0}}}";
        Path file = Files.writeString(dir.resolve("spec.json"), json);

        long start = System.nanoTime();
        CliRun run = CliRun.of("render", file.toString(), "-o", dir.resolve("out.png").toString());
        Throwable asText = org.assertj.core.api.Assertions.catchThrowable(() -> dev.plotpress.Chart.fromSpec(json, "request body",
                dev.plotpress.SpecSyntax.JSON, dev.plotpress.DataFolder.NONE));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("spec.json: 2,000,090 bytes in a spec or job file is over the limit of 1,048,576 (specBytes)");
        assertThat(asText).isInstanceOf(dev.plotpress.model.BadInputException.class)
                .hasMessageContaining("title: 2,000,000 characters in a title is over the limit of 1,000 (titleChars)")
                .hasMessageContaining("PLOTPRESS_LIMITS=titleChars=2000000");
        assertThat(millis).as("both refusals, in ms").isLessThan(5_000);
    }

    @Test
    void aLongAxisLabelIsRefused() throws IOException {
        CliRun run = render("kind: scatter\nxLabel: " + "w".repeat(600) + "\ndata: {random: {rows: 4, columns: 2, seed: 0}}\n");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("xLabel: 600 characters in an axis label is over the limit of 500 (labelChars)");
    }

    @Test
    void aHugeNumberFormatWidthIsRefusedBeforeFormattingAnything() throws IOException {
        CliRun tick = render("kind: scatter\ndata: {random: {rows: 4, columns: 2, seed: 0}}\naxes: {tickFormat: \"%999999999f\"}\n");
        CliRun cell = render("kind: heatmap\ndata: {random: {rows: 4, columns: 2, seed: 0}}\nheatmap: {annotate: true, format: \".999999999g\"}\n");

        assertThat(tick.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(tick)).contains("axes.tickFormat", "999,999,999 width or precision in a number format is over the limit of 50 (formatWidth)");
        assertThat(cell.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(cell)).contains("heatmap.format", "(formatWidth)");
    }

    @Test
    void anAnnotatedTwoThousandSquareHeatmapIsRefusedBeforeDrawing() throws IOException {
        CliRun run = render("kind: heatmap\ndata: {random: {rows: 2000, columns: 2000, seed: 0}}\nheatmap: {annotate: true}\n");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("heatmap of 2000 x 2000", "4,000,000 cells in a heatmap is over the limit of 250,000 (heatmapCells)");
    }

    @Test
    void aThreeHundredColumnScatterMatrixIsRefused() throws IOException {
        CliRun run = render("kind: scatter-matrix\ndata: {random: {rows: 10, columns: 300, seed: 0}}\n");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("scatter matrix of 300 columns", "90,000 cells in a scatter matrix is over the limit of 400 (scatterMatrixCells)",
                "scatterMatrix.columns");
    }

    @Test
    void aBarChartWithVeryManyCategoriesIsRefused() throws IOException {
        StringBuilder csv = new StringBuilder("name,value\n");
        for (int i = 0; i < 6000; i++) {
            csv.append("n").append(i).append(',').append(i).append('\n');
        }
        Files.writeString(dir.resolve("many.csv"), csv);

        CliRun run = render("kind: bar\ndata: {file: many.csv}\nx: name\ny: [value]\n");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("many.csv: x column 'name': 6,000 categories on one axis is over the limit of 5,000 (categories)");
    }

    @Test
    void aCountOfManyRowsInFewCategoriesIsDrawnTheLimitCountsCategoriesNotRows() throws IOException {
        StringBuilder csv = new StringBuilder("origin\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("airport").append(i % 11).append('\n');
        }
        Files.writeString(dir.resolve("flights.csv"), csv);

        CliRun run = render("kind: bar\ndata: {file: flights.csv}\nx: origin\ntransform:\n  - top: {column: origin, n: 10}\n");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void aFifoAsSpecOrDataFileIsRefusedWithoutHanging() throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        Path dataFifo = dir.resolve("pipe.csv");
        new ProcessBuilder("mkfifo", dataFifo.toString()).start().waitFor();

        CliRun spec = CliRun.of("render", fifo.toString(), "-o", dir.resolve("x.png").toString());
        CliRun data = render("kind: scatter\ndata: {file: pipe.csv}\n");

        assertThat(spec.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(spec)).contains("pipe.yaml: is not a regular file (a pipe, socket or device)");
        assertThat(data.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(data)).contains("pipe.csv: is not a regular file");
    }

    @Test
    void aDeviceAsDataFileIsRefused() throws IOException {
        CliRun run = render("kind: scatter\ndata: {file: /dev/zero}\n");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("/dev/zero: is not a regular file");
    }

    @Test
    void threadsThatOverflowAreRefused() throws IOException {
        Files.writeString(dir.resolve("chart.yaml"), "kind: scatter\ndata: {random: {rows: 4, columns: 2, seed: 0}}\n");
        Path jobs = Files.writeString(dir.resolve("jobs.yaml"), "data: {random: {count: 2, rows: 4, columns: 2, seed: 0}}\n"
                + "specs: [chart.yaml]\noutput: \"{index}.png\"\n");

        CliRun big = CliRun.of("batch", jobs.toString(), "--out", dir.resolve("out").toString(), "--threads", "1073741824", "-q");
        CliRun overflow = CliRun.of("batch", jobs.toString(), "--out", dir.resolve("out").toString(), "--threads", "99999999999", "-q");

        assertThat(big.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(big)).contains("--threads 1073741824: 1,073,741,824 worker threads is over the limit of 256 (threads)");
        assertThat(overflow.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(overflow)).isEqualTo("plotpress: error: --threads: 99,999,999,999 worker threads is over the "
                + "limit of 256 (threads); give at most 256 (PLOTPRESS_LIMITS=threads=N raises the limit, up to 2,147,483,647)");
    }

    /** Every numeric option of every command, given a number no Java type holds: our one line, never picocli's usage. */
    @Test
    void everyNumericOptionOfEveryCommandRefusesAnOverflowingNumberInOneLine() {
        java.util.List<String> checked = new java.util.ArrayList<>();
        for (picocli.CommandLine command : PlotpressCli.commandLine().getSubcommands().values()) {
            for (picocli.CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
                Class<?> type = option.type();
                if (!(Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class))) {
                    continue;
                }
                String name = command.getCommandName() + " " + option.longestName();
                boolean whole = type != double.class && type != float.class && type != Double.class && type != Float.class;
                String[] tooLarge = whole ? new String[] {"99999999999999999999999", "-99999999999999999999999", "1e400"}
                        : new String[] {"1e400", "-1e400"};
                for (String value : tooLarge) {
                    CliRun run = CliRun.of(command.getCommandName(), option.longestName(), value);

                    assertThat(run.exitCode()).as(name + " " + value).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(firstLine(run)).as(name + " " + value).startsWith("plotpress: error: " + option.longestName() + ": ")
                            .containsAnyOf("more than the largest value", "less than the smallest value", "is not a whole number",
                                    "over the limit of");
                    assertThat(run.err().lines().count()).as(name + " " + value).isEqualTo(2);
                }
                checked.add(name);
            }
        }
        assertThat(checked).contains("batch --threads", "check --threads", "render --width", "render --dpi", "render --quality",
                "soak --charts", "soak --threshold");
    }

    @Test
    void aNumberNoDoubleHoldsIsRefusedRatherThanReadAsInfinity() {
        CliRun run = CliRun.of("render", "chart.yaml", "--dpi", "1e400");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).isEqualTo("plotpress: error: --dpi: 1E+400 is more than the largest value it takes "
                + "(1.80E+308); give a smaller number");
    }

    @Test
    void anUnknownOptionIsOneErrorLineAndAPointerToHelp() {
        CliRun run = CliRun.of("render", "chart.yaml", "--colour");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("plotpress: error: Unknown option: '--colour'\n"
                + "see 'plotpress --headless render --help' for the options\n");
    }

    @Test
    void comparingAPngWhoseHeaderClaimsHugeDimensionsIsRefusedBeforeDecoding() throws IOException {
        Path bomb = Files.write(dir.resolve("bomb.png"), pngHeaderOnly(23170, 23170));
        Path small = dir.resolve("small.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", small.toFile());

        CliRun run = CliRun.of("compare", small.toString(), bomb.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("bomb.png: the image says it is 23170 x 23170 px",
                "536,848,900 pixels in an image to compare is over the limit of 100,000,000 (imagePixelsIn)");
    }

    @Test
    void aSecondYamlDocumentInASpecIsRefused() throws IOException {
        CliRun run = render("kind: scatter\ndata: {random: {rows: 4, columns: 2, seed: 0}}\n---\nkind: bar\n");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("a second YAML document (after ---)");
    }

    @Test
    void aYamlAliasIsRefusedWhereItStandsInsteadOfBecomingItsName() throws IOException {
        CliRun run = render("kind: scatter\nxLabel: &lbl Height\nyLabel: *lbl\ndata: {random: {rows: 4, columns: 2, seed: 0}}\n");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("spec.yaml:3:9: YAML alias '*lbl'");
    }

    @Test
    void jsonDataWithTextAfterTheListIsRefused() throws IOException {
        Files.writeString(dir.resolve("d.json"), "[{\"x\": 1, \"y\": 2}, {\"x\": 2, \"y\": 3}] trailing");

        CliRun run = render("kind: scatter\ndata: {file: d.json}\nx: x\ny: [y]\n");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("d.json:1:").containsIgnoringCase("after the closing ]");
    }

    @Test
    void jsonDataWithADuplicateKeyIsRefused() throws IOException {
        Files.writeString(dir.resolve("d.json"), "[{\"x\": 1, \"y\": 2, \"x\": 5}, {\"x\": 2, \"y\": 3}]");

        CliRun run = render("kind: scatter\ndata: {file: d.json}\nx: x\ny: [y]\n");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("d.json:1:", "the key 'x' twice");
    }

    @Test
    void anInfiniteCellIsNamedInsteadOfBlankingEverySeries() throws IOException {
        Files.writeString(dir.resolve("d.csv"), "x,y\n1,2\n2,1e400\n3,4\n");

        CliRun run = render("kind: line\ndata: {file: d.csv}\nx: x\ny: [y]\n");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("d.csv:3: row 2, column 'y': +infinity");
    }

    @Test
    void aTimeOnlyDateFormatIsRefusedInsteadOfIgnored() throws IOException {
        CliRun run = render("kind: line\ndata: {random: {rows: 4, columns: 2, seed: 0}}\ndateFormat: \"HH:mm\"\n");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("dateFormat: 'HH:mm' has no complete date");
    }

    @Test
    void minusOGivenAFolderSaysItIsAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("charts"));
        Path spec = Files.writeString(dir.resolve("spec.yaml"), "kind: scatter\ndata: {random: {rows: 4, columns: 2, seed: 0}}\n");

        CliRun run = CliRun.of("render", spec.toString(), "-o", folder.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).isEqualTo("plotpress: error: -o " + folder + ": is a folder; give a file name, e.g. -o "
                + folder.resolve("spec.png"));
    }

    @Test
    void checkGenerateIntoAReadOnlyFolderIsOnePlotpressErrorLine() throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.yaml"), "kind: scatter\ndata: {random: {rows: 4, columns: 2, seed: 0}}\n");
        try (ScratchMount readOnly = ScratchMount.readOnly(dir.resolve("ro"))) {
            CliRun run = CliRun.of("check", spec.toString(), "--baseline", readOnly.folder().toString(), "--generate",
                    "--report", dir.resolve("report").toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(firstLine(run)).startsWith("plotpress: error: --baseline " + readOnly.folder() + ": cannot write there");
        }
    }

    @Test
    void anUnclosedQuoteIsNamedAsSuch() throws IOException {
        Files.writeString(dir.resolve("d.csv"), "x,y,label\n1,2,a\n2,3,\"b\n3,4,c\n");

        CliRun run = render("kind: scatter\ndata: {file: d.csv}\nx: x\ny: [y]\n");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("d.csv:3:", "quote", "never closed");
    }

    @Test
    void aHeaderLongerThanAMebibyteIsNamedAsSuchNotMarkInvalid() throws IOException {
        Files.writeString(dir.resolve("wide.csv"), "c,".repeat(600_000) + "c\n1\n");

        CliRun run = render("kind: scatter\ndata: {file: wide.csv}\n");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("wide.csv:1: the header line is longer than 1048576 characters")
                .doesNotContain("Mark invalid");
    }

    @Test
    void aFieldLongerThanSixteenMebibytesIsNamedAsLong() throws IOException {
        Files.writeString(dir.resolve("field.csv"), "x,y\n1," + "a".repeat(17 << 20) + "\n");

        CliRun run = render("kind: scatter\ndata: {file: field.csv}\n");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(firstLine(run)).contains("field.csv:2: a field longer than 16 MiB");
    }

    private CliRun render(String spec) throws IOException {
        Path file = Files.writeString(dir.resolve("spec.yaml"), spec);
        return CliRun.of("render", file.toString(), "-o", dir.resolve("out.png").toString());
    }

    static String firstLine(CliRun run) {
        return run.err().lines().findFirst().orElse("");
    }

    /** A PNG signature and an IHDR claiming {@code width x height}, and nothing else: what a bomb's header says. */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes()).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
        out.writeBytes(ihdr.array());
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }
}
