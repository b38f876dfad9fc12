package dev.plotpress.bench;

import dev.plotpress.data.DataReader;
import dev.plotpress.internal.export.PngEncoding;
import dev.plotpress.internal.export.Raster;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Table;
import dev.plotpress.render.Figure;
import dev.plotpress.internal.render.Renderer;
import dev.plotpress.spec.SpecReader;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code TimeSplit EXAMPLES_DIR}: where a reports' chart and the web report's line chart spend their time, warm, one
 * thread: the random table (the line chart reads its file once, as the server keeps it), building the JFreeCharts,
 * drawing (into a new image, as {@link Raster#draw} does; the exporter reuses its pixel arrays instead) and PNG
 * encoding. Median ms of 300 charts after 300 of warm-up; prints markdown rows.
 */
public final class TimeSplit {
    public static void main(String[] args) {
        Path examples = Path.of(args[0]);
        System.out.println("| chart | random table ms | build ms | draw ms | PNG ms |");
        System.out.println("|---|---|---|---|---|");
        for (String name : new String[] {"scatter_matrix", "correlation_heatmap", "line_chart"}) {
            ChartSpec spec = SpecReader.read(examples.resolve(name + ".yaml"));
            Table file = spec.data().file() == null ? null : DataReader.read(spec.data());
            double[][] ms = new double[4][300];
            for (int i = 0; i < 600; i++) {
                long t0 = System.nanoTime();
                Table table = file != null ? file : DataReader.read(DataSpec.random(4, 8, i).withTransform(spec.data().transform()));
                long t1 = System.nanoTime();
                Figure figure = Renderer.render(spec, table);
                long t2 = System.nanoTime();
                BufferedImage image = Raster.draw(figure, spec.size());
                long t3 = System.nanoTime();
                PngEncoding.encode(image);
                long t4 = System.nanoTime();
                if (i >= 300) {
                    long[] marks = {t0, t1, t2, t3, t4};
                    for (int phase = 0; phase < 4; phase++) {
                        ms[phase][i - 300] = (marks[phase + 1] - marks[phase]) / 1e6;
                    }
                }
            }
            System.out.println(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |", name,
                    median(ms[0]), median(ms[1]), median(ms[2]), median(ms[3])));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
