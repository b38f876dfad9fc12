package dev.plotpress.app;

import dev.plotpress.compare.ImageComparison;
import dev.plotpress.compare.ImageDifference;
import dev.plotpress.data.DataReader;
import dev.plotpress.internal.export.Raster;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Size;
import dev.plotpress.internal.render.Renderer;
import dev.plotpress.spec.SpecReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real window, not Monocle: under an X server of its own (Xvfb), {@code plotpress --screenshot} of every
 * example opens the viewer in a child JVM, and the chart in the snapshot must look like the headless export
 * of the same spec at the same size. Skipped, saying so, where Xvfb is not installed.
 */
class ScreenshotWindowTest {
    /**
     * matplotlib-style RMS (0-255) between the window's chart and the headless export, both averaged down
     * by {@value #SHRINK}: JavaFX rasterises text and thin lines on screen, Java2D in files, so anti-aliased
     * edges land a fraction of a pixel apart, and font metrics move the plot frame by a few pixels. Both
     * bounds must hold: the RMS is below {@value #MAX_RMS}, and below {@value #MAX_SHARE_OF_BLANK} of what an
     * empty white chart area would score (sparse charts are mostly white, so the absolute bound alone is weak).
     * Measured on this machine kind: 5.7 (scatter matrix) to 8.8 (line chart); a blank area scores 12.5 to 110.
     */
    static final double MAX_RMS = 10;
    static final double MAX_SHARE_OF_BLANK = 0.6;
    static final int SHRINK = 8;
    private static final Path EXAMPLES = Path.of("../examples");
    private static final Pattern CHART_AREA = Pattern.compile("chart area at (\\d+),(\\d+) size (\\d+)x(\\d+)");
    @RegisterExtension
    static final XvfbDisplay xvfb = new XvfbDisplay();

    @TempDir
    Path folder;



    @Test
    void everyExampleOpensInTheRealWindowAndItsChartLooksLikeTheHeadlessExport() throws Exception {
        List<Path> specs;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            specs = files.filter(f -> f.toString().endsWith(".yaml")).filter(ScreenshotWindowTest::isChartSpec).sorted().toList();
        }
        assertThat(specs).isNotEmpty();
        List<String> report = new ArrayList<>();
        for (Path spec : specs) {
            Path png = folder.resolve(spec.getFileName() + ".png");
            Result run = screenshot(png, spec);
            assertThat(run.exit).as(spec + ": " + run.output).isZero();
            BufferedImage window = ImageIO.read(png.toFile());
            assertThat(window.getWidth()).isEqualTo(1100);
            assertThat(window.getHeight()).isEqualTo(760);
            assertThat(distinctColours(window)).as(spec + ": a blank window").isGreaterThan(20);

            Matcher area = CHART_AREA.matcher(run.output);
            assertThat(area.find()).as(run.output).isTrue();
            int x = Integer.parseInt(area.group(1));
            int y = Integer.parseInt(area.group(2));
            int w = Integer.parseInt(area.group(3));
            int h = Integer.parseInt(area.group(4));
            BufferedImage chart = copy(window.getSubimage(x, y, w, h));
            ChartSpec chartSpec = SpecReader.read(spec);
            BufferedImage export = Raster.draw(Renderer.render(chartSpec, DataReader.read(chartSpec.data())),
                    Size.pixels(w, h, 72));
            ImageDifference difference = ImageComparison.compare(shrink(export), shrink(chart));
            BufferedImage blank = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            blank.getGraphics().fillRect(0, 0, w, h);
            report.add(String.format("%s: RMS %.2f (full size %.2f; an empty white chart area would be %.2f)",
                    spec.getFileName(), difference.rms(), ImageComparison.compare(export, chart).rms(),
                    ImageComparison.compare(shrink(export), shrink(blank)).rms()));
            if (difference.rms() >= MAX_RMS / 2) {
                ImageIO.write(chart, "png", new File("target/" + spec.getFileName() + ".window.png"));
                ImageIO.write(export, "png", new File("target/" + spec.getFileName() + ".export.png"));
            }
        }
        System.out.println("viewer screenshots vs headless export: " + report);
        assertThat(report).allSatisfy(line -> {
            double rms = Double.parseDouble(line.replaceAll(".*: RMS ([0-9.]+) .*", "$1"));
            double blank = Double.parseDouble(line.replaceAll(".*would be ([0-9.]+)\\)$", "$1"));
            assertThat(rms).as(line + " (window and export images in target/)")
                    .isLessThan(MAX_RMS).isLessThan(MAX_SHARE_OF_BLANK * blank);
        });
    }

    @Test
    void aBadSpecPrintsTheCliMessageAndExitsTwoWithoutAWindow() throws Exception {
        Path bad = folder.resolve("bad.yaml");
        Files.writeString(bad, "kind: scatter\ndata:\n  file: missing.csv\n");
        Path png = folder.resolve("bad.png");

        Result run = screenshot(png, bad);

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.output).contains("plotpress: error: ").contains("missing.csv").doesNotContain("Exception");
        assertThat(png).doesNotExist();
    }

    private record Result(int exit, String output) {
    }

    private Result screenshot(Path png, Path spec) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--screenshot", png.toString(), spec.toString(), "--window-size", "1100x760")
                .redirectErrorStream(true);
        builder.environment().put("DISPLAY", xvfb.name());
        Process process = builder.start();
        boolean done = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            process.destroyForcibly();
            throw new AssertionError(spec + ": the viewer did not exit within 120 s: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        return rgb;
    }

    /** A chart spec, not a batch job file (which lists specs and has no kind of its own). */
    private static boolean isChartSpec(Path yaml) {
        try {
            return Files.readAllLines(yaml).stream().anyMatch(line -> line.startsWith("kind:"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static BufferedImage shrink(BufferedImage image) {
        int w = image.getWidth() / SHRINK;
        int h = image.getHeight() / SHRINK;
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = small.createGraphics();
        try {
            g2.drawImage(image.getScaledInstance(w, h, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
        } finally {
            g2.dispose();
        }
        return small;
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.Arrays.stream(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()))
                .distinct().count();
    }

}
