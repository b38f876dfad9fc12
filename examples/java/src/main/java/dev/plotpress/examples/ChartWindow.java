package dev.plotpress.examples;

import dev.plotpress.Chart;
import dev.plotpress.app.ChartView;
import dev.plotpress.model.Table;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * A JavaFX window of one's own with a Plotpress chart in it: zoom with the wheel or a dragged rectangle, tooltips,
 * and a right-click menu that exports the chart.
 */
public final class ChartWindow extends Application {
    /** A program's own rows: one record each. */
    public record Reading(double hour, double temperature, String city) {
    }

    static List<Reading> readings() {
        List<Reading> rows = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            rows.add(new Reading(hour, 12 + 6 * Math.sin((hour - 9) * Math.PI / 12), "Oslo"));
            rows.add(new Reading(hour, 21 + 5 * Math.sin((hour - 8) * Math.PI / 12), "Lisbon"));
        }
        return rows;
    }

    static ChartView chartView() {
        Chart chart = Chart.line(Table.of(readings()), "hour", "temperature").hue("city")
                .title("Temperature over a day").xLabel("hour").yLabel("°C");
        ChartView view = new ChartView(chart);
        view.setId("temperatures");
        return view;
    }

    @Override
    public void start(Stage stage) {
        ChartView view = chartView();
        Label coordinates = new Label();
        coordinates.textProperty().bind(view.coordinatesProperty());
        stage.setTitle("Plotpress in a JavaFX window");
        stage.setScene(new Scene(new BorderPane(view, null, null, coordinates, null), 800, 600));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
