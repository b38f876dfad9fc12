package dev.plotpress.cli;

import dev.plotpress.Chart;
import dev.plotpress.export.ExportOptions;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.export.OutputFormat;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.Size;
import dev.plotpress.render.Figure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render one chart spec to an image file, a data URI or an <img> tag.",
                "Without -o, an image goes to SPEC-NAME.png in the current folder and a data URI or tag to stdout."})
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Parameters(paramLabel = "SPEC", description = "chart spec file (.yaml, .yml or .json)")
    Path specFile;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "output file; its extension picks the format unless --format is given")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "png, jpeg, svg, pdf, datauri or html (an <img> tag; with --image svg the inline <svg> element)")
    String format;

    @Option(names = "--image", paramLabel = "ENCODING", defaultValue = "png",
            description = "the encoding inside a data URI or <img> tag: png, jpeg or svg (default: ${DEFAULT-VALUE})")
    String innerImage;

    @Option(names = "--quality", paramLabel = "Q", defaultValue = "0.9", description = "JPEG quality, 0-1 (default: ${DEFAULT-VALUE})")
    float quality;

    @Option(names = "--width", paramLabel = "PX", description = "width in pixels (overrides the spec)")
    Integer width;

    @Option(names = "--height", paramLabel = "PX", description = "height in pixels (overrides the spec)")
    Integer height;

    @Option(names = "--dpi", paramLabel = "DPI", description = "dots per inch (overrides the spec; text scales with it)")
    Double dpi;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        if (output != null && (java.nio.file.Files.isDirectory(output) || output.toString().endsWith("/"))) {
            throw new BadInputException("-o " + output + ": is a folder; give a file name, e.g. -o "
                    + output.resolve(defaultOutput(new OutputFormat(ImageFormat.PNG, OutputFormat.Form.FILE))));
        }
        Chart chart = Chart.fromSpec(specFile, ReadProgressBar.forStderr(ReadProgressBar.stderrIsTerminal()));
        size(chart.spec().size()); // a bad --width is refused before anything is drawn
        OutputFormat outputFormat = outputFormat();
        Figure figure = chart.figure();
        Size size = size(figure.size());
        PrintWriter err = command.commandLine().getErr();
        figure.warnings().forEach(warning -> err.println("plotpress: warning: " + warning));
        err.flush();
        byte[] bytes = new Exporter(new ExportOptions(quality)).bytes(figure, outputFormat, size);
        if (output == null && outputFormat.isText()) {
            PrintWriter out = command.commandLine().getOut();
            out.print(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
            return ExitCode.OK;
        }
        Path target = output != null ? output : defaultOutput(outputFormat);
        OutputFile.write(target, bytes);
        command.commandLine().getErr().printf("wrote %s (%dx%d px, %,d bytes, %d ms)%n", target, size.pixelWidth(), size.pixelHeight(),
                bytes.length, (System.nanoTime() - start) / 1_000_000);
        return ExitCode.OK;
    }

    /** The figure's size (the spec's, or a facet grid's grown one) with the command line's overrides. */
    private Size size(Size figureSize) {
        if (width == null && height == null && dpi == null) {
            return figureSize;
        }
        try {
            Size chosen = figureSize.withPixels(width, height, dpi);
            long pixels = (long) chosen.pixelWidth() * chosen.pixelHeight();
            if (!dev.plotpress.internal.model.Limit.IMAGE_PIXELS_OUT.allows(pixels)) {
                throw new BadInputException(given() + ": " + chosen.pixelWidth() + " x " + chosen.pixelHeight()
                        + " px: " + dev.plotpress.internal.model.Limit.IMAGE_PIXELS_OUT.exceeded(pixels, "draw it smaller"));
            }
            return chosen;
        } catch (InvalidSpecException e) {
            String option = e.field().endsWith("dpi") ? "--dpi " + new dev.plotpress.model.ValueFormat(".6g").format(dpi)
                    : e.field().endsWith("height") ? "--height " + height : "--width " + width;
            throw new BadInputException(option + ": " + e.reason());
        }
    }

    /** The size options the user gave, as written: "--dpi 5000", "--width 900 --height 600". */
    private String given() {
        StringBuilder text = new StringBuilder();
        if (width != null) {
            text.append(" --width ").append(width);
        }
        if (height != null) {
            text.append(" --height ").append(height);
        }
        if (dpi != null) {
            text.append(" --dpi ").append(new dev.plotpress.model.ValueFormat(".6g").format(dpi));
        }
        return text.toString().strip();
    }

    private OutputFormat outputFormat() {
        ImageFormat inner = ImageFormat.fromName(innerImage);
        if (format != null) {
            return OutputFormat.parse(format, inner);
        }
        if (output != null) {
            return OutputFormat.fromFileName(output, inner);
        }
        return new OutputFormat(ImageFormat.PNG, OutputFormat.Form.FILE);
    }

    private Path defaultOutput(OutputFormat outputFormat) {
        String name = specFile.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return Path.of(stem + "." + outputFormat.extension());
    }
}
