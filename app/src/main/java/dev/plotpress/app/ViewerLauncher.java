package dev.plotpress.app;

import dev.plotpress.model.BadInputException;
import javafx.application.Application;
import javafx.application.Platform;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens the desktop viewer. Kept apart from {@link Launcher} so that the headless path never loads it,
 * nor anything it refers to.
 */
final class ViewerLauncher {
    /** The exit code the window asks for when it closes itself (--screenshot); 0 when the person closes it. */
    private static final AtomicInteger EXIT_CODE = new AtomicInteger();

    private ViewerLauncher() {
    }

    static int launch(String[] args) {
        ViewerOptions options;
        try {
            options = ViewerOptions.parse(List.of(args));
            if (options.screenshot() != null) {
                // a bad file fails before a window opens, with the CLI's message and exit code
                options.files().forEach(ChartDocument::open);
            }
        } catch (BadInputException e) {
            System.err.println("plotpress: error: " + e.getMessage());
            return 2;
        }
        String noDisplay = missingDisplay(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"));
        if (noDisplay != null) {
            System.err.println("plotpress: error: " + noDisplay);
            return 2;
        }
        try {
            Application.launch(ViewerApp.class, args);
        } catch (UnsupportedOperationException e) { // the toolkit found no screen after all
            System.err.println("plotpress: error: the viewer cannot open a window (" + e.getMessage() + "); " + NO_WINDOW_FIX);
            return 2;
        }
        return EXIT_CODE.get();
    }

    private static final String NO_WINDOW_FIX = "draw to a file with --headless render SPEC -o FILE, or run the viewer under xvfb-run";

    /** Why the viewer cannot open a window here, or null when it can (Linux needs an X or Wayland display). */
    static String missingDisplay(java.util.Map<String, String> env, String osName, String glassPlatform) {
        boolean windowless = "Monocle".equalsIgnoreCase(glassPlatform) || !osName.startsWith("Linux");
        if (windowless || !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank()) {
            return null;
        }
        return "the viewer needs a screen, and DISPLAY is not set; " + NO_WINDOW_FIX;
    }

    static void exitWith(int code) {
        EXIT_CODE.set(code);
        Platform.exit();
    }
}
