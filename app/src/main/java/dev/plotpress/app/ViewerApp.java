package dev.plotpress.app;

import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;

/** The JavaFX application behind {@link ViewerLauncher}: one window, the files from the command line. */
public final class ViewerApp extends Application {

    @Override
    public void start(Stage stage) {
        ViewerOptions options = ViewerOptions.parse(getParameters().getRaw());
        boolean screenshot = options.screenshot() != null;
        ViewerWindow window = new ViewerWindow(stage, options.windowWidth(), options.windowHeight(), !screenshot);
        for (Path file : options.files()) {
            window.open(file);
        }
        stage.show();
        if (screenshot) {
            if (window.lastError() != null) {
                System.err.println("plotpress: error: " + window.lastError());
                ViewerLauncher.exitWith(2);
                return;
            }
            ScreenshotMode.takeWhenDrawn(stage.getScene(), options.screenshot(), ViewerLauncher::exitWith);
        }
    }
}
