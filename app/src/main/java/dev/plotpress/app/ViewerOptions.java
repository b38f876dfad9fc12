package dev.plotpress.app;

import dev.plotpress.model.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The viewer's command line: {@code plotpress [FILE...] [--screenshot OUT.png] [--window-size WxH]}.
 *
 * @param files      data or spec files to open, one tab each
 * @param screenshot when set, save a snapshot of the window there and exit
 */
record ViewerOptions(List<Path> files, Path screenshot, int windowWidth, int windowHeight) {
    static final int DEFAULT_WIDTH = 1280;
    static final int DEFAULT_HEIGHT = 860;
    private static final Pattern SIZE = Pattern.compile("(\\d{2,5})x(\\d{2,5})");

    ViewerOptions {
        files = List.copyOf(files);
    }

    static ViewerOptions parse(List<String> args) {
        Arguments parsed = new Arguments();
        try {
            new CommandLine(parsed).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new BadInputException(e.getMessage() + "; usage: plotpress [FILE...] [--screenshot OUT.png] [--window-size WxH]");
        }
        int width = DEFAULT_WIDTH;
        int height = DEFAULT_HEIGHT;
        if (parsed.windowSize != null) {
            Matcher m = SIZE.matcher(parsed.windowSize);
            if (!m.matches()) {
                throw new BadInputException("--window-size '" + parsed.windowSize + "' is not WIDTHxHEIGHT in pixels, e.g. 1280x860");
            }
            width = Integer.parseInt(m.group(1));
            height = Integer.parseInt(m.group(2));
        }
        if (parsed.screenshot != null && parsed.files.isEmpty()) {
            throw new BadInputException("--screenshot needs a spec or data file to open, e.g. plotpress --screenshot out.png chart.yaml");
        }
        return new ViewerOptions(parsed.files, parsed.screenshot, width, height);
    }

    @Command(name = "plotpress")
    private static final class Arguments {
        @Option(names = "--screenshot", paramLabel = "OUT.png")
        Path screenshot;
        @Option(names = "--window-size", paramLabel = "WxH")
        String windowSize;
        @Parameters(paramLabel = "FILE")
        List<Path> files = new ArrayList<>();
    }
}
