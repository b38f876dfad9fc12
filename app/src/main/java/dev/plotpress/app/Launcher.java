package dev.plotpress.app;

import dev.plotpress.cli.PlotpressCli;

import java.util.Arrays;

/**
 * The one entry point. A plain class, not a JavaFX Application: with {@code --headless} anywhere on the
 * command line it hands over to the headless CLI before a single JavaFX or AWT window class is loaded;
 * otherwise it opens the desktop viewer.
 */
public final class Launcher {
    static final String HEADLESS = "--headless";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains(HEADLESS)) {
            String[] rest = Arrays.stream(args).filter(arg -> !arg.equals(HEADLESS)).toArray(String[]::new);
            System.exit(PlotpressCli.run(rest));
        }
        System.exit(ViewerLauncher.launch(args));
    }
}
