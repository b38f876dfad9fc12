package dev.plotpress.leak;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedObject;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where the objects still alive at the end were allocated: a JFR recording of {@code jdk.OldObjectSample}
 * (the JVM's leak profiler: it samples allocations, drops the samples the collector frees, and at the end
 * writes the survivors with their allocation stacks and, with {@code cutoff=infinity}, their path to a GC
 * root), made and read in this process. Each surviving sample is charged to the first frame of its stack that
 * is not {@code internal} (the JDK, the libraries, the harness), so the answer is a line of the caller's code.
 */
public final class RetainedAllocations implements AutoCloseable {
    public static final String EVENT = "jdk.OldObjectSample";
    private final Recording recording = new Recording();
    private final Predicate<String> internal;

    /** Starts recording now; {@code internal} says which class names an allocation is not charged to. */
    public RetainedAllocations(Predicate<String> internal) {
        this.internal = internal;
        recording.setName("plotpress leak check");
        recording.enable(EVENT).withStackTrace().withoutThreshold().with("cutoff", "infinity");
        recording.start();
    }

    /**
     * Stops recording and returns the allocation sites of the surviving samples, most samples first. {@code grown}
     * (binary class names) are the classes known to grow per call: the path of each sample is cut at the grown
     * object nearest its GC root, the one the long-lived world holds on to.
     */
    public List<AllocationSite> sites(Set<String> grown) {
        Path file = null;
        try {
            recording.stop();
            file = Files.createTempFile("plotpress-leak-", ".jfr");
            recording.dump(file);
            return sitesIn(file, internal, grown);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write or read the leak check's JFR recording", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    static List<AllocationSite> sitesIn(Path jfr, Predicate<String> internal, Set<String> grown) throws IOException {
        Map<String, AllocationSite.Builder> sites = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (!event.getEventType().getName().equals(EVENT) || event.getStackTrace() == null) {
                continue;
            }
            String frame = firstOwnFrame(event.getStackTrace(), internal);
            if (frame == null) {
                continue;
            }
            RecordedObject object = event.getValue("object");
            RecordedClass type = object == null ? null : object.getValue("type");
            sites.computeIfAbsent(frame, AllocationSite.Builder::new)
                    .add(type == null ? "?" : type.getName(), RetentionPath.of(event, grown));
        }
        List<AllocationSite> list = new ArrayList<>();
        sites.values().forEach(b -> list.add(b.build()));
        list.sort(Comparator.comparingInt(AllocationSite::samples).reversed().thenComparing(AllocationSite::frame));
        return list;
    }

    /** {@code SalesReport.build(SalesReport.java:42)}: the first frame from the top that is not internal. */
    static String firstOwnFrame(RecordedStackTrace stack, Predicate<String> internal) {
        for (RecordedFrame frame : stack.getFrames()) {
            if (!frame.isJavaFrame()) {
                continue;
            }
            RecordedMethod method = frame.getMethod();
            String type = method.getType().getName();
            if (internal.test(type)) {
                continue;
            }
            String simple = type.substring(type.lastIndexOf('.') + 1);
            int nested = simple.indexOf('$');
            String file = (nested < 0 ? simple : simple.substring(0, nested)) + ".java";
            int line = frame.getLineNumber();
            return simple + "." + method.getName() + "(" + file + (line > 0 ? ":" + line : "") + ")";
        }
        return null;
    }

    @Override
    public void close() {
        recording.close();
    }
}
