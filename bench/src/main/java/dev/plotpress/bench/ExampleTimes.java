package dev.plotpress.bench;

import dev.plotpress.data.DataReader;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.internal.render.Renderer;
import dev.plotpress.spec.SpecFiles;
import dev.plotpress.spec.SpecReader;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code ExampleTimes EXAMPLES_DIR}: for every chart spec under the folder and every file format, the median
 * time of a warm {@code render} as the CLI does it (spec already read; data loaded, chart built, drawn and
 * encoded), one thread. Prints a markdown table.
 */
public final class ExampleTimes {
    private static final int RUNS = 100;
    private static final List<ImageFormat> FORMATS = List.of(ImageFormat.PNG, ImageFormat.JPEG, ImageFormat.SVG, ImageFormat.PDF);

    public static void main(String[] args) throws Exception {
        Exporter exporter = new Exporter();
        System.out.println("| example | pixels | PNG ms | JPEG ms | SVG ms | PDF ms |");
        System.out.println("|---|---|---|---|---|---|");
        List<SpecFiles.NamedSpec> specs = SpecFiles.collect(List.of(Path.of(args[0])));
        for (SpecFiles.NamedSpec named : specs) {
            ChartSpec spec = SpecReader.read(named.file());
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %dx%d |", named.name(),
                    spec.size().pixelWidth(), spec.size().pixelHeight()));
            for (ImageFormat format : FORMATS) {
                for (int i = 0; i < RUNS; i++) {
                    exporter.image(Renderer.render(spec, DataReader.read(spec.data())), format);
                }
                double median = Bench.median(RUNS, i -> exporter.image(Renderer.render(spec, DataReader.read(spec.data())), format));
                row.append(String.format(Locale.ROOT, " %.2f |", median));
            }
            System.out.println(row);
        }
    }
}
