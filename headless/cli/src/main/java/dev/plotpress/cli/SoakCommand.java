package dev.plotpress.cli;

import dev.plotpress.batch.MemoryProfile;
import dev.plotpress.batch.Progress;
import dev.plotpress.batch.SoakInstruments;
import dev.plotpress.batch.SoakChart;
import dev.plotpress.batch.SoakOptions;
import dev.plotpress.batch.SoakRun;
import dev.plotpress.batch.SoakSamples;
import dev.plotpress.batch.SoakVerdict;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.export.OutputFormat;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.render.Figure;
import dev.plotpress.spec.SpecReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code plotpress --headless soak SPEC --charts N}: render N charts and show, with a chart, whether memory stays flat. */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = {"Render one spec N times, sample memory (heap after GC, committed heap, RSS), write the CSV",
                "and a chart of memory against charts rendered, and judge the trend: FLAT or LEAK.",
                "The verdict fits the live heap at N/50 full-GC checkpoints; run it in a small heap (-Xmx48m).",
                "--attribute names what the charts keep and where it was allocated; --flame draws where their bytes go."},
        footer = {"Exit codes: 0 FLAT, 5 LEAK (heap-after-GC slope over the threshold), 2 bad input."})
public final class SoakCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SPEC", description = "the chart spec to render over and over")
    Path specFile;

    @Option(names = "--charts", paramLabel = "N", required = true, description = "how many charts to render")
    long charts;

    @Option(names = "--threads", paramLabel = "T", description = "render threads (default ${DEFAULT-VALUE})")
    int threads = 1;

    @Option(names = "--report", paramLabel = "PNG", required = true, description = "the memory chart to write")
    Path report;

    @Option(names = "--csv", paramLabel = "CSV", description = "the samples (default: the report's name with .csv)")
    Path csv;

    @Option(names = "--sample-every", paramLabel = "K", description = "sample every K charts (default: N/1000)")
    Long sampleEvery;

    @Option(names = "--checkpoint-every", paramLabel = "C", description = "full-GC checkpoint every C charts (default: N/50)")
    Long checkpointEvery;

    @Option(names = "--warmup", paramLabel = "W", description = "charts before the slope is fitted (default: N/10, at most 1000)")
    Long warmup;

    @Option(names = "--threshold", paramLabel = "B", description = "bytes per chart above which it is a LEAK (default ${DEFAULT-VALUE})")
    double threshold = SoakOptions.DEFAULT_THRESHOLD;

    @Option(names = "--attribute", description = {"after the warm-up, also record what the charts keep: classes whose",
            "live instances grew per chart (two class histograms) and where the survivors were allocated (JFR",
            "old-object samples), printed after the verdict"})
    boolean attribute;

    @Option(names = "--flame", paramLabel = "HTML", description = "write an allocation flame graph (bytes by stack) of the charts after the warm-up")
    Path flame;

    @Option(names = {"-q", "--quiet"}, description = "no progress display")
    boolean quiet;

    @Override
    public Integer call() {
        SoakOptions defaults = SoakOptions.of(charts, threads);
        SoakOptions options = new SoakOptions(charts, threads, sampleEvery != null ? sampleEvery : defaults.sampleEvery(),
                checkpointEvery != null ? checkpointEvery : defaults.checkpointEvery(), warmup != null ? warmup : defaults.warmup(), threshold);
        ChartSpec spec = SpecReader.read(specFile);
        Path csvFile = csv != null ? csv : report.resolveSibling(report.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".csv");
        PrintStream err = System.err;
        SoakSamples samples;
        SoakInstruments instruments = attribute || flame != null
                ? new SoakInstruments(attribute, flame, "Plotpress soak: bytes allocated by " + specFile.getFileName()) : null;
        try (MemoryProfile profile = new MemoryProfile(csvFile);
             Progress progress = Progress.choose(charts, err, System.console() != null, quiet)) {
            samples = new SoakRun(spec, options).run(profile, progress, instruments);
        }
        SoakVerdict verdict = SoakVerdict.of(samples, options);
        Figure chart = SoakChart.figure(samples.samples(), verdict);
        new Exporter().write(chart, OutputFormat.fromFileName(report, ImageFormat.PNG), chart.size(), report);
        System.out.println(verdict.line());
        if (instruments != null && instruments.attribution() != null) {
            System.out.println("kept: " + instruments.attribution().details());
        }
        err.println("plotpress: wrote " + report + " and " + csvFile + (flame != null ? " and " + flame : ""));
        return verdict.flat() ? ExitCode.OK : ExitCode.LEAK;
    }
}
