package dev.plotpress.examples;

import dev.plotpress.app.ChartView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.Color;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the window example on Monocle's headless glass: the stage it shows, and the chart in it, drawn. */
class ChartWindowTest {
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowShowsTheChartOfTheRecordsInTwoColours() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(ChartWindow.class);
        WaitForAsyncUtils.waitForFxEvents();

        ChartView view = (ChartView) stage.getScene().lookup("#temperatures");
        assertThat(stage.getTitle()).isEqualTo("Plotpress in a JavaFX window");
        assertThat(view.getChart().table().rowCount()).isEqualTo(48);
        assertThat(view.getWidth()).isGreaterThan(700);
        WritableImage shot = WaitForAsyncUtils.asyncFx((Callable<WritableImage>) () -> view.snapshot(null, null)).get();

        // the Okabe-Ito palette's first two colours, one per city
        assertThat(count(shot, new Color(0x00, 0x72, 0xB2))).as("blue line pixels").isGreaterThan(100);
        assertThat(count(shot, new Color(0xE6, 0x9F, 0x00))).as("orange line pixels").isGreaterThan(100);
    }

    private static int count(WritableImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = new Color(image.getPixelReader().getArgb(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue()) < 40) {
                    n++;
                }
            }
        }
        return n;
    }
}
