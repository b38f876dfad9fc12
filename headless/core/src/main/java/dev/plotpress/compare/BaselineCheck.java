package dev.plotpress.compare;

import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.internal.export.PngEncoding;
import dev.plotpress.model.BadInputException;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Renders charts and checks each against {@code <baseline folder>/<name>.png}, or writes the baselines
 * ({@link CheckOptions#generate()}). One chart's failure or error never stops the others; results come
 * back in the order the charts were given, whatever the number of threads.
 */
public final class BaselineCheck {
    private final CheckOptions options;

    public BaselineCheck(CheckOptions options) {
        this.options = options;
    }

    public CheckRun run(List<? extends ChartSource> charts) {
        return run(charts, result -> { });
    }

    /**
     * Checks every chart; {@code progress} hears of each result as soon as it is ready (from worker threads,
     * in completion order), for a progress line.
     */
    public CheckRun run(List<? extends ChartSource> charts, Consumer<ChartResult> progress) {
        requireUniqueNames(charts);
        long start = System.nanoTime();
        int threads = Math.max(1, Math.min(options.threads(), charts.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ChartResult>> futures = new ArrayList<>();
            for (ChartSource chart : charts) {
                futures.add(pool.submit(() -> {
                    ChartResult result = check(chart);
                    progress.accept(result);
                    return result;
                }));
            }
            List<ChartResult> results = new ArrayList<>();
            for (Future<ChartResult> future : futures) {
                results.add(future.get());
            }
            return new CheckRun(results, (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the check was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("checking a chart failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Checks one chart; never throws for a bad chart, the result says what went wrong. */
    public ChartResult check(ChartSource chart) {
        long start = System.nanoTime();
        Outcome outcome;
        Path baseline = options.baselineDir(); // until the name is known to be usable
        try {
            baseline = baselineOf(chart.name());
            outcome = options.generate() ? generate(chart, baseline) : compare(chart, baseline);
        } catch (RuntimeException e) {
            outcome = Outcome.of(CheckStatus.ERROR, describe(e));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new ChartResult(chart.name(), chart.spec(), baseline, outcome.actual, outcome.diff,
                outcome.difference, outcome.status, outcome.message, millis);
    }

    private Outcome generate(ChartSource chart, Path baseline) {
        byte[] rendered = chart.renderPng();
        if (Files.isRegularFile(baseline) && Arrays.equals(readBaseline(baseline), rendered)) {
            return Outcome.of(CheckStatus.GENERATED, "baseline " + baseline + " is up to date");
        }
        boolean existed = Files.exists(baseline);
        OutputFile.write(baseline, rendered);
        return Outcome.of(CheckStatus.GENERATED, (existed ? "refreshed baseline " : "wrote baseline ") + baseline);
    }

    private Outcome compare(ChartSource chart, Path baseline) {
        byte[] rendered = chart.renderPng();
        if (!Files.exists(baseline)) {
            Outcome missing = Outcome.of(CheckStatus.MISSING_BASELINE,
                    "no baseline at " + baseline + "; run with --generate to create it");
            missing.actual = writeOutput("actual", chart.name(), rendered);
            return missing;
        }
        byte[] expected = readBaseline(baseline);
        String hashNote = "";
        if (options.hash()) {
            String expectedHash = sha256(expected);
            String actualHash = sha256(rendered);
            if (expectedHash.equals(actualHash)) {
                return Outcome.of(CheckStatus.PASS, "identical bytes (SHA-256 " + actualHash.substring(0, 12) + ")");
            }
            hashNote = "PNG bytes differ from the baseline (SHA-256 " + expectedHash.substring(0, 12) + " vs "
                    + actualHash.substring(0, 12) + "); ";
        }
        BufferedImage expectedImage = ImageInput.decode(expected, baseline.toString());
        BufferedImage actualImage = ImageInput.decode(rendered, "the rendered chart " + chart.name());
        ImageDifference difference;
        try {
            difference = ImageComparison.compare(expectedImage, "the baseline " + baseline,
                    actualImage, "the rendered chart");
        } catch (BadInputException differentSize) {
            Outcome failed = Outcome.of(CheckStatus.FAIL, hashNote + differentSize.getMessage());
            failed.actual = writeOutput("actual", chart.name(), rendered);
            return failed;
        }
        boolean passes = !options.hash() && difference.passes(options.tolerance());
        if (passes) {
            Outcome passed = Outcome.of(CheckStatus.PASS, difference.summary()
                    + (difference.identical() ? "" : ", within tolerance " + options.tolerance()));
            passed.difference = difference;
            return passed;
        }
        String explanation = options.hash() && difference.identical()
                ? "the pixels are identical, only the PNG encoding changed"
                : difference.summary() + (options.hash() ? "" : ", tolerance " + options.tolerance());
        Outcome failed = Outcome.of(CheckStatus.FAIL, hashNote + explanation);
        failed.difference = difference;
        failed.actual = writeOutput("actual", chart.name(), rendered);
        if (options.outputDir() != null && !difference.identical()) {
            BufferedImage diff = DiffImage.of(expectedImage, actualImage, difference.bounds());
            failed.diff = writeOutput("diff", chart.name(), PngEncoding.encode(diff));
        }
        return failed;
    }

    private Path writeOutput(String kind, String name, byte[] png) {
        if (options.outputDir() == null) {
            return null;
        }
        Path file = options.outputDir().resolve(kind).resolve(name + ".png");
        OutputFile.write(file, png);
        return file;
    }

    private Path baselineOf(String name) {
        Path folder = options.baselineDir().normalize();
        if (name.isBlank()) {
            throw new BadInputException("a chart has an empty name; its baseline would have no file name");
        }
        Path baseline = folder.resolve(name + ".png").normalize();
        if (!baseline.startsWith(folder) || baseline.equals(folder)) {
            throw new BadInputException("the chart name '" + name + "' would put its baseline outside "
                    + options.baselineDir() + "; use a name without '..' or a leading '/'");
        }
        return baseline;
    }

    private static byte[] readBaseline(Path baseline) {
        return dev.plotpress.internal.model.InputFile.readBytes(baseline, dev.plotpress.internal.model.Limit.IMAGE_BYTES, "baseline image");
    }

    private static void requireUniqueNames(List<? extends ChartSource> charts) {
        Map<String, ChartSource> seen = new HashMap<>();
        for (ChartSource chart : charts) {
            ChartSource before = seen.putIfAbsent(chart.name(), chart);
            if (before != null) {
                throw new BadInputException("two charts are both named '" + chart.name() + "' ("
                        + before.spec() + " and " + chart.spec() + "); baselines are matched by name, rename one");
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String describe(RuntimeException e) {
        if (e instanceof BadInputException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** The parts of a result that one comparison fills in step by step. */
    private static final class Outcome {
        final CheckStatus status;
        final String message;
        ImageDifference difference;
        Path actual;
        Path diff;

        private Outcome(CheckStatus status, String message) {
            this.status = status;
            this.message = message;
        }

        static Outcome of(CheckStatus status, String message) {
            return new Outcome(status, message);
        }
    }
}
