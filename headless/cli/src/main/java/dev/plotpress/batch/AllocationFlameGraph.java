package dev.plotpress.batch;

import dev.plotpress.internal.export.OutputFile;
import jdk.jfr.Recording;
import one.convert.Arguments;
import one.convert.JfrToFlame;
import one.jfr.JfrReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code soak --flame}: where the soak's bytes are allocated, as an HTML flame graph (the counterpart of
 * fil-profile's). A JFR recording of {@code jdk.ObjectAllocationSample} with stack traces, made in this process
 * while soak renders, converted by async-profiler's converter ({@code jfr-converter}, as
 * {@code jfrconv --alloc --total}: frame widths are bytes, not sample counts). The only class that uses the
 * converter, so nothing else on the render path loads it.
 */
public final class AllocationFlameGraph implements AutoCloseable {
    static final String EVENT = "jdk.ObjectAllocationSample";
    /** JFR's default profile samples 300 allocations a second; a soak is short, so more. */
    static final String THROTTLE = "5000/s";
    private final Recording recording = new Recording();

    /** Starts recording allocations now. */
    public AllocationFlameGraph() {
        recording.setName("plotpress soak allocations");
        recording.enable(EVENT).withStackTrace().with("throttle", THROTTLE);
        recording.start();
    }

    /** Stops recording and writes the flame graph (atomically) to {@code html}, titled {@code title}. */
    public void write(Path html, String title) {
        Path jfr = null;
        try {
            recording.stop();
            jfr = Files.createTempFile("plotpress-soak-", ".jfr");
            recording.dump(jfr);
            Arguments arguments = new Arguments("--alloc", "--total");
            arguments.title = title;
            ByteArrayOutputStream page = new ByteArrayOutputStream();
            try (JfrReader reader = new JfrReader(jfr.toString())) {
                JfrToFlame converter = new JfrToFlame(reader, arguments);
                converter.convert();
                converter.dump(page);
            }
            OutputFile.write(html, page.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot turn the soak's JFR recording into a flame graph", e);
        } finally {
            if (jfr != null) {
                try {
                    Files.deleteIfExists(jfr);
                } catch (IOException e) {
                    // a temporary recording left behind is harmless
                }
            }
            recording.close();
        }
    }

    @Override
    public void close() {
        recording.close();
    }
}
