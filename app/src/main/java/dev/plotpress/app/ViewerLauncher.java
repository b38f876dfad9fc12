package dev.plotpress.app;

/**
 * Opens the desktop viewer. Kept apart from {@link Launcher} so that the headless path never loads it,
 * nor anything it refers to.
 */
final class ViewerLauncher {
    private ViewerLauncher() {
    }

    static int launch(String[] args) {
        System.err.println("plotpress: the desktop viewer is not built yet; use plotpress --headless (see --headless --help)");
        return 2;
    }
}
