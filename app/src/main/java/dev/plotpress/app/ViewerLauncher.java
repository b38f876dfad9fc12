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
        Application.launch(ViewerApp.class, args);
        return EXIT_CODE.get();
    }

    static void exitWith(int code) {
        EXIT_CODE.set(code);
        Platform.exit();
    }
}
