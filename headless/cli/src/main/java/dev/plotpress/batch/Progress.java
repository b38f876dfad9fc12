package dev.plotpress.batch;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.util.Locale;

/**
 * How a batch shows it is alive: a live bar (done/total, rate, ETA, failures) on a terminal, plain lines every
 * few seconds otherwise (CI logs), nothing when quiet.
 */
public interface Progress extends AutoCloseable {

    void update(long done, long failed);

    @Override
    void close();

    static Progress choose(long total, PrintStream out, boolean terminal, boolean quiet) {
        if (quiet) {
            return new Silent();
        }
        return terminal ? new Bar(total) : new Lines(total, out, 5_000);
    }

    /** The progressbar library's bar, on the console. */
    final class Bar implements Progress {
        private final ProgressBar bar;

        Bar(long total) {
            bar = new ProgressBarBuilder().setTaskName("charts").setInitialMax(total)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).showSpeed().setUpdateIntervalMillis(250).build();
        }

        @Override
        public void update(long done, long failed) {
            bar.stepTo(done);
            if (failed > 0) {
                bar.setExtraMessage(failed + " failed");
            }
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** A line every {@code intervalMillis}: what CI logs can hold. */
    final class Lines implements Progress {
        private final long total;
        private final PrintStream out;
        private final long intervalMillis;
        private final long start = System.nanoTime();
        private long lastPrint = System.nanoTime();

        Lines(long total, PrintStream out, long intervalMillis) {
            this.total = total;
            this.out = out;
            this.intervalMillis = intervalMillis;
        }

        @Override
        public synchronized void update(long done, long failed) {
            long now = System.nanoTime();
            if ((now - lastPrint) / 1_000_000 >= intervalMillis) {
                lastPrint = now;
                double seconds = (now - start) / 1e9;
                double rate = done / Math.max(seconds, 1e-9);
                long eta = rate > 0 ? Math.round((total - done) / rate) : -1;
                out.println(String.format(Locale.ROOT, "plotpress: %d/%d charts (%.0f%%), %.1f charts/s, %d failed, ETA %ds",
                        done, total, total == 0 ? 100.0 : 100.0 * done / total, rate, failed, eta));
                out.flush();
            }
        }

        @Override
        public void close() {
        }
    }

    final class Silent implements Progress {
        @Override
        public void update(long done, long failed) {
        }

        @Override
        public void close() {
        }
    }
}
