package dev.plotpress.app;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bottom line of the window: what just happened, the pointer's data coordinates, and which backend
 * draws what (the screen through JavaFX, files through the headless Java2D exporter).
 */
final class StatusBar extends HBox {
    static final String BACKENDS = "screen: JavaFX (jfreechart-fx)  |  export: headless Java2D";

    private final Label message = new Label("Open a chart spec or a CSV file (File > Open, or drop it here)");
    private final Label coordinates = new Label();
    private final Label backends = new Label(BACKENDS);

    StatusBar() {
        setId("status-bar");
        message.setId("status-message");
        coordinates.setId("status-coordinates");
        backends.setId("status-backends");
        coordinates.setMinWidth(220);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        setSpacing(16);
        setPadding(new Insets(3, 8, 3, 8));
        setStyle("-fx-border-color: #c8c8c8 transparent transparent transparent; -fx-background-color: #f4f4f4;");
        getChildren().addAll(message, spacer, coordinates, backends);
    }

    void message(String text) {
        message.setText(text);
    }

    String message() {
        return message.getText();
    }

    void coordinates(String text) {
        coordinates.setText(text);
    }

    String coordinates() {
        return coordinates.getText();
    }
}
