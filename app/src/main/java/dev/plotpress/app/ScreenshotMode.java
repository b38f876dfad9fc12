package dev.plotpress.app;

import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.internal.export.PngEncoding;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * {@code plotpress --screenshot OUT.png SPEC}: once the window has been laid out and drawn for a few
 * frames, snapshots the scene to a PNG and hands back the exit code.
 */
final class ScreenshotMode {
    /** Frames to wait after the window is shown: layout, then canvases drawing at their final size. */
    static final int SETTLE_FRAMES = 6;

    private ScreenshotMode() {
    }

    static void takeWhenDrawn(Scene scene, Path out, IntConsumer done) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < SETTLE_FRAMES) {
                    return;
                }
                stop();
                try {
                    write(scene, out);
                    System.err.println("plotpress: wrote " + out + chartArea(scene));
                    done.accept(0);
                } catch (RuntimeException e) {
                    System.err.println("plotpress: error: " + out + ": cannot write the screenshot: " + e.getMessage());
                    done.accept(2);
                }
            }
        }.start();
    }

    /** Where the chart sits in the snapshot, for screenshot tests that compare it with a headless export. */
    private static String chartArea(Scene scene) {
        return scene.getRoot().lookupAll("#" + ChartTab.CHART_AREA).stream().filter(ScreenshotMode::showing).findFirst()
                .map(node -> node.localToScene(node.getBoundsInLocal()))
                .map(b -> String.format(" (chart area at %d,%d size %dx%d)", Math.round(b.getMinX()), Math.round(b.getMinY()),
                        Math.round(b.getWidth()), Math.round(b.getHeight())))
                .orElse("");
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static void write(Scene scene, Path out) {
        WritableImage snapshot = scene.snapshot(null);
        BufferedImage image = SwingFXUtils.fromFXImage(snapshot, new BufferedImage((int) snapshot.getWidth(),
                (int) snapshot.getHeight(), BufferedImage.TYPE_INT_RGB));
        OutputFile.write(out, PngEncoding.encode(image));
    }
}
