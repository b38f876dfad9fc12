package dev.plotpress.cli;

import dev.plotpress.data.ReadProgress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A long read of a data file shown on the terminal: the batch's progress bar library, over the file's bytes,
 * with the rows read so far; it appears only once a read has taken a second and is wiped when the read ends, so a
 * quick read shows nothing. Only {@code render} uses it, and only when stderr is a terminal: piped or logged
 * stderr (CI) stays clean, and batch workers never show it.
 */
final class ReadProgressBar implements ReadProgress {
    static final Duration DELAY = Duration.ofSeconds(1);

    private final long start = System.nanoTime();
    private final Duration delay;
    private final Supplier<ProgressBarConsumer> consumer;
    private ProgressBar bar;

    ReadProgressBar(Duration delay, Supplier<ProgressBarConsumer> consumer) {
        this.delay = delay;
        this.consumer = consumer;
    }

    /** A bar on stderr when stderr is a terminal; otherwise nothing is ever shown. */
    static ReadProgress forStderr(boolean terminal) {
        return terminal ? new ReadProgressBar(DELAY, () -> new ConsoleProgressBarConsumer(System.err)) : ReadProgress.NONE;
    }

    /**
     * Whether stderr is a terminal. Java tells only of stdin and stdout ({@code System.console()}); on Linux
     * /proc says where stderr goes, so {@code render ... 2> log} is not taken for a terminal.
     */
    static boolean stderrIsTerminal() {
        if (System.console() == null) {
            return false;
        }
        Path stderr = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(stderr).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return !Files.exists(Path.of("/proc/self")); // no /proc (macOS, Windows): trust System.console()
        }
    }

    @Override
    public void read(String source, long bytes, long size, long rows) {
        if (bar == null) {
            if (System.nanoTime() - start < delay.toNanos()) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName("reading " + Path.of(source).getFileName())
                    .setInitialMax(size).setUnit(" MiB", 1 << 20).setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setUpdateIntervalMillis(200).clearDisplayOnFinish().hideEta().setConsumer(consumer.get()).build();
        }
        bar.stepTo(Math.min(bytes, size));
        bar.setExtraMessage(rowsText(rows));
    }

    @Override
    public void finished() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    /** e.g. {@code 1,234,567 rows}. */
    static String rowsText(long rows) {
        return String.format(Locale.ROOT, "%,d rows", rows);
    }
}
