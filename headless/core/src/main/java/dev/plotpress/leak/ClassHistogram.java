package dev.plotpress.leak;

import javax.management.JMException;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live instances and bytes per class, as {@code jcmd PID GC.class_histogram} prints them, taken in-process
 * through the DiagnosticCommand MBean (a full collection first, so only reachable objects count; ~0.5 s on a
 * small heap). Two of them, before and after N calls, name the classes whose instances the calls keep.
 */
public record ClassHistogram(Map<String, Count> classes) {
    private static final long REFERENCE_PROCESSING_MILLIS = 50;
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    /** Instances and bytes of one class. */
    public record Count(long instances, long bytes) {
    }

    public ClassHistogram {
        classes = Map.copyOf(classes);
    }

    public static ClassHistogram take() {
        return parse(text());
    }

    /**
     * The histogram as the JVM prints it. Keep this text, not a parsed histogram, across the calls being measured:
     * a parsed one holds a string per class, which the second histogram would count as growth.
     */
    public static String text() {
        // let the reference handler, Cleaner and Java2D Disposer threads drop what the last calls left queued
        LiveHeap.collect();
        LiveHeap.pause(REFERENCE_PROCESSING_MILLIS);
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return String.valueOf(text);
        } catch (JMException e) {
            throw new IllegalStateException("cannot take a class histogram (DiagnosticCommand MBean): " + e, e);
        }
    }

    /** The text of {@code GC.class_histogram}: one row per class, {@code num: #instances #bytes name (module)}. */
    public static ClassHistogram parse(String text) {
        Map<String, Count> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                // hidden classes of one name (lambdas of a generated form) are listed apart: add them up
                classes.merge(row.group(3), new Count(Long.parseLong(row.group(1)), Long.parseLong(row.group(2))),
                        (a, b) -> new Count(a.instances + b.instances, a.bytes + b.bytes));
            }
        }
        return new ClassHistogram(classes);
    }

    /**
     * This histogram less one string of {@code text}'s length: the text of the earlier histogram, alive while
     * this one was taken.
     */
    public ClassHistogram lessTheTextOf(String text) {
        Map<String, Count> less = new HashMap<>(classes);
        less.computeIfPresent("java.lang.String", (k, c) -> new Count(c.instances - 1, c.bytes - 24));
        long array = (16 + text.length() + 7) / 8 * 8;   // Latin-1: a byte per character, 8-byte aligned
        less.computeIfPresent("[B", (k, c) -> new Count(c.instances - 1, c.bytes - array));
        return new ClassHistogram(less);
    }

    /**
     * The classes with at least half an instance more per call in {@code this} than in {@code before}, most
     * bytes first.
     */
    public List<ClassGrowth> growthSince(ClassHistogram before, long calls) {
        List<ClassGrowth> grown = new ArrayList<>();
        for (Map.Entry<String, Count> entry : classes.entrySet()) {
            Count was = before.classes.getOrDefault(entry.getKey(), new Count(0, 0));
            long instances = entry.getValue().instances - was.instances;
            if (instances * 2 >= calls && instances > 0) {
                grown.add(new ClassGrowth(entry.getKey(), (double) instances / calls,
                        (double) (entry.getValue().bytes - was.bytes) / calls));
            }
        }
        grown.sort(Comparator.comparingDouble(ClassGrowth::bytesPerCall).reversed().thenComparing(ClassGrowth::className));
        return grown;
    }
}
