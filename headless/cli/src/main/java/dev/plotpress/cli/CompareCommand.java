package dev.plotpress.cli;

import dev.plotpress.compare.DiffImage;
import dev.plotpress.compare.ImageComparison;
import dev.plotpress.compare.ImageDifference;
import dev.plotpress.compare.ImageInput;
import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.internal.export.PngEncoding;
import dev.plotpress.model.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two images with matplotlib's metric: the RMS of the R, G, B differences (0-255).",
                "Exit 0 within the tolerance, 4 beyond it, 2 for unreadable files or different sizes.",
                "A diff image (actual faded, differences in magenta) is written with --diff or when they differ."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Parameters(index = "0", paramLabel = "EXPECTED", description = "the baseline image (PNG or JPEG)")
    Path expected;

    @Parameters(index = "1", paramLabel = "ACTUAL", description = "the image to check")
    Path actual;

    @Option(names = "--tolerance", paramLabel = "T", defaultValue = "0",
            description = "largest RMS that still passes (default: ${DEFAULT-VALUE}, identical pixels)")
    double tolerance;

    @Option(names = "--diff", paramLabel = "DIFF.png", description = "where to write the diff image "
            + "(default when the images differ beyond the tolerance: ACTUAL-diff.png beside ACTUAL)")
    Path diff;

    @Override
    public Integer call() {
        if (!(tolerance >= 0)) {
            throw new BadInputException("--tolerance must be 0 or more, got " + tolerance);
        }
        BufferedImage expectedImage = ImageInput.read(expected);
        BufferedImage actualImage = ImageInput.read(actual);
        ImageDifference difference = ImageComparison.compare(expectedImage, expected.toString(), actualImage,
                actual.toString());
        boolean passes = difference.passes(tolerance);
        PrintWriter out = command.commandLine().getOut();
        out.printf("%s: %s (tolerance %s)%n", passes ? "match" : "DIFFERENT", difference.summary(), tolerance);
        if (diff != null || !passes) {
            Path target = diff != null ? diff : DiffImage.besideActual(actual);
            OutputFile.write(target, PngEncoding.encode(DiffImage.of(expectedImage, actualImage, difference.bounds())));
            out.println("diff image: " + target);
        }
        out.flush();
        return passes ? ExitCode.OK : ExitCode.MISMATCH;
    }
}
