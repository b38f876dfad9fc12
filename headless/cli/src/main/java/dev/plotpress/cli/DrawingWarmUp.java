package dev.plotpress.cli;

import dev.plotpress.data.DataReader;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Size;
import dev.plotpress.Chart;

/**
 * Readies the drawing stack (Java2D, the font manager, JFreeChart, the PNG encoder) on a second core while the
 * main thread is still parsing the command line and the spec: in a cold JVM each side costs ~0.1 s and neither
 * needs the other. The thread draws one throw-away 3x3 scatter matrix at 400x300 pixels (enough for the JIT to
 * compile the PNG loops) and keeps nothing; it shares no state with the command, only the JVM's class
 * initialisation, which is safe to race.
 */
final class DrawingWarmUp {
    private static final ChartSpec TINY = ChartSpec.builder(ChartKind.SCATTER_MATRIX).title("warm-up")
            .data(DataSpec.random(4, 3, 0)).size(Size.pixels(400, 300, 100)).build();

    private DrawingWarmUp() {
    }

    /** Starts the warm-up on a daemon thread: it never holds the JVM open, and a failure there changes nothing. */
    static void start() {
        Thread thread = new Thread(DrawingWarmUp::drawOnce, "plotpress-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void drawOnce() {
        try {
            new Exporter().image(Chart.of(TINY, DataReader.read(TINY.data())).figure(), ImageFormat.PNG);
        } catch (RuntimeException | LinkageError ignored) {
            // Only time was at stake: the command itself reports any real problem with the drawing stack.
        }
    }
}
