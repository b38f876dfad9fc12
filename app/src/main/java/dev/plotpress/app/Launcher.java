package dev.plotpress.app;

import dev.plotpress.cli.CheckCommand;
import dev.plotpress.cli.PlotpressCli;

import java.util.Arrays;

/**
 * The one entry point. A plain class, not a JavaFX Application: with {@code --headless} anywhere on the
 * command line it hands over to the headless CLI before a single JavaFX or AWT window class is loaded;
 * {@code plotpress check --viewer ...} runs screenshot tests of the viewer's window; otherwise it opens the
 * desktop viewer.
 */
public final class Launcher {
    static final String HEADLESS = "--headless";
    static final String CHECK = "check";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains(HEADLESS)) {
            String[] rest = Arrays.stream(args).filter(arg -> !arg.equals(HEADLESS)).toArray(String[]::new);
            System.exit(PlotpressCli.run(rest));
        }
        if (args.length > 0 && args[0].equals(CHECK)) {
            // screenshot tests of the viewer: the headless check, with window snapshots as the charts
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            System.exit(PlotpressCli.commandLine(new CheckCommand(new ViewerScreenshots())).execute(rest));
        }
        System.exit(ViewerLauncher.launch(args));
    }
}
