package dev.plotpress.cli;

import dev.plotpress.Chart;
import dev.plotpress.compare.BaselineCheck;
import dev.plotpress.compare.ChartResult;
import dev.plotpress.compare.ChartSource;
import dev.plotpress.compare.CheckOptions;
import dev.plotpress.compare.CheckRun;
import dev.plotpress.compare.CheckStatus;
import dev.plotpress.compare.HtmlReport;
import dev.plotpress.compare.JUnitXmlReport;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.model.BadInputException;
import dev.plotpress.spec.SpecFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Screenshot tests: render every spec and compare it with its baseline image <baseline>/<name>.png.",
                "Folders are searched recursively for specs; a spec's name is its path in the folder without extension.",
                "Exit 0 when all match, 4 when any differs or has no baseline, 2 when a spec cannot be rendered."})
public final class CheckCommand implements Callable<Integer> {
    /** Window snapshots differ a little more than exports between machines: fonts, window decorations. */
    public static final double VIEWER_TOLERANCE = 2.0;

    private final Function<SpecFiles.NamedSpec, ChartSource> viewerScreenshots;

    @Spec
    CommandSpec command;

    @Parameters(arity = "1..*", paramLabel = "SPECS", description = "spec files or folders of specs")
    List<Path> specs;

    @Option(names = "--baseline", required = true, paramLabel = "DIR", description = "folder of baseline PNGs")
    Path baselineDir;

    @Option(names = "--generate", description = "write or refresh the baselines instead of comparing")
    boolean generate;

    @Option(names = "--tolerance", paramLabel = "T",
            description = "largest RMS (0-255 scale, as matplotlib) that passes (default: 0, with --viewer 2)")
    Double tolerance;

    @Option(names = "--viewer", description = "compare snapshots of the desktop viewer's window instead of exports "
            + "(run as plotpress check --viewer, without --headless, where a display or Xvfb is available)")
    boolean viewer;

    @Option(names = "--hash", description = "compare SHA-256 of the PNG bytes (exact, fast); pixels only explain a mismatch")
    boolean hash;

    @Option(names = "--report", paramLabel = "DIR", defaultValue = "plotpress-check",
            description = "where the HTML report and the actual and diff images of failures go (default: ${DEFAULT-VALUE})")
    Path reportDir;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "also write a JUnit XML report, one test case per chart")
    Path junitXml;

    @Option(names = "--threads", paramLabel = "N", description = "charts rendered at once (default: the number of cores)")
    Integer threads;

    /** The headless command: charts are exported images. */
    public CheckCommand() {
        this(null);
    }

    /** The viewer's command: with --viewer, charts are window snapshots made by {@code viewerScreenshots}. */
    public CheckCommand(Function<SpecFiles.NamedSpec, ChartSource> viewerScreenshots) {
        this.viewerScreenshots = viewerScreenshots;
    }

    @Override
    public Integer call() {
        if (viewer && viewerScreenshots == null) {
            throw new BadInputException("--viewer compares snapshots of the desktop viewer, which --headless never opens; "
                    + "run plotpress check --viewer ... without --headless (on a server: xvfb-run -a plotpress check --viewer ...)");
        }
        if (threads != null) {
            if (threads < 1) {
                throw new BadInputException("--threads must be at least 1, got " + threads);
            }
            dev.plotpress.internal.model.Limit.THREADS.check(threads, "--threads " + threads, "give fewer threads");
        }
        if (generate) {
            requireWritable(baselineDir, "--baseline");
        }
        double effectiveTolerance = tolerance != null ? tolerance : viewer ? VIEWER_TOLERANCE : 0;
        CheckOptions options = CheckOptions.against(baselineDir).withTolerance(effectiveTolerance).withHash(hash)
                .withGenerate(generate).withOutputDir(reportDir)
                .withThreads(threads != null ? threads : Runtime.getRuntime().availableProcessors());
        Exporter exporter = new Exporter();
        Function<SpecFiles.NamedSpec, ChartSource> source = viewer ? viewerScreenshots
                : spec -> ChartSource.of(spec.name(), spec.file(),
                        () -> exporter.image(Chart.fromSpec(spec.file()).figure(), ImageFormat.PNG));
        List<ChartSource> charts = SpecFiles.collect(specs).stream().map(source).toList();
        PrintWriter out = command.commandLine().getOut();
        CheckRun run = new BaselineCheck(options).run(charts, result -> printLine(out, result));
        Path page = HtmlReport.write(run, reportDir);
        if (junitXml != null) {
            JUnitXmlReport.write(run, junitXml);
        }
        out.println(run.summary());
        out.println("report: " + page);
        out.flush();
        if (run.count(CheckStatus.FAIL) + run.count(CheckStatus.MISSING_BASELINE) > 0) {
            return ExitCode.MISMATCH;
        }
        if (run.count(CheckStatus.ERROR) > 0) {
            ChartResult first = run.results().stream().filter(r -> r.status() == CheckStatus.ERROR).findFirst().orElseThrow();
            PrintWriter err = command.commandLine().getErr();
            err.println("plotpress: error: " + run.count(CheckStatus.ERROR) + " chart(s) could not be checked; the first, "
                    + first.name() + ": " + first.message());
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.OK;
    }

    /** A folder about to be written is tried first, so a read-only one is one clear error, not one per chart. */
    static void requireWritable(Path folder, String option) {
        try {
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.delete(java.nio.file.Files.createTempFile(folder, dev.plotpress.internal.export.OutputFile.TEMP_PREFIX, ".tmp"));
        } catch (java.nio.file.FileSystemException e) {
            throw new BadInputException(option + " " + folder + ": cannot write there (" + (e.getReason() != null
                    ? e.getReason() : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getClass().getSimpleName()) + "); choose a folder you can write to, or fix its permissions", e);
        } catch (java.io.IOException e) {
            throw new BadInputException(option + " " + folder + ": cannot write there: " + e.getMessage(), e);
        }
    }

    private static void printLine(PrintWriter out, ChartResult result) {
        synchronized (out) {
            out.printf(Locale.ROOT, "%-16s %s: %s (%d ms)%n", result.status(), result.name(), result.message(), result.millis());
            out.flush();
        }
    }
}
