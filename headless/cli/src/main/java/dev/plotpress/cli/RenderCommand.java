package dev.plotpress.cli;

import dev.plotpress.Chart;
import dev.plotpress.export.ExportOptions;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.export.OutputFile;
import dev.plotpress.export.OutputFormat;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.Size;
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
        Chart chart = Chart.fromSpec(specFile);
        Size size = size(chart.spec());
        OutputFormat outputFormat = outputFormat();
        Chart.Rendering rendering = chart.render(outputFormat, size, new Exporter(new ExportOptions(quality)));
        if (output == null && outputFormat.isText()) {
            PrintWriter out = command.commandLine().getOut();
            out.print(rendering.text());
            out.flush();
            return ExitCode.OK;
        }
        Path target = output != null ? output : defaultOutput(outputFormat);
        OutputFile.write(target, rendering.bytes());
        command.commandLine().getErr().printf("wrote %s (%dx%d px, %,d bytes, %d ms)%n", target, size.pixelWidth(), size.pixelHeight(),
                rendering.bytes().length, (System.nanoTime() - start) / 1_000_000);
        return ExitCode.OK;
    }

    private Size size(ChartSpec spec) {
        if (width == null && height == null && dpi == null) {
            return spec.size();
        }
        try {
            return spec.size().withPixels(width, height, dpi);
        } catch (InvalidSpecException e) {
            String option = e.field().endsWith("dpi") ? "--dpi" : e.field().endsWith("height") ? "--height" : "--width";
            throw new BadInputException(option + ": " + e.reason());
        }
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
