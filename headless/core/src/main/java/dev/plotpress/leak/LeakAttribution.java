package dev.plotpress.leak;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Who leaks: the classes whose live instances grew per call (two class histograms) and the lines that
 * allocated what stayed alive, with the path that keeps it (JFR old-object samples). Its {@link #summary()} is the
 * line a failing leak check or {@code soak --attribute} leads with, e.g.
 * {@code +1 XYPlot and +1 JFreeChart per call, allocated at LiveDashboard.build(LiveDashboard.java:32)}.
 */
public record LeakAttribution(List<ClassGrowth> classes, List<AllocationSite> sites, String unit) {
    /** The JDK's packages: never the place to blame for a leak in one's own code. */
    public static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");
    static final int SUMMARY_CLASSES = 2;
    static final int DETAIL_CLASSES = 16;
    static final int DETAIL_SITES = 3;

    public LeakAttribution {
        classes = List.copyOf(classes);
        unit = unit == null ? "call" : unit;
        sites = List.copyOf(sites);
    }

    /** Class names starting with any of {@code prefixes}: the frames an allocation is not charged to. */
    public static Predicate<String> internalTo(List<String> prefixes) {
        return className -> prefixes.stream().anyMatch(className::startsWith);
    }

    /**
     * Measures it around {@code calls} (which makes {@code count} calls). {@code internal} names the frames not to
     * charge allocations to, {@code harness} the classes of the measuring code (see {@link #start}).
     */
    public static LeakAttribution of(Runnable calls, long count, Predicate<String> internal, Predicate<String> harness) {
        Measurement measurement = start(internal, harness, "call");
        calls.run();
        return measurement.finish(count);
    }

    /**
     * Starts measuring: a JFR old-object recording first (so that its own classes load before anything is
     * counted), then a class histogram. Finish it after the calls, or close it to drop it. Growth of the
     * {@code harness}'s own classes (what the measuring code keeps, such as soak's samples) is not reported;
     * {@code unit} names a call in the text ("call", "chart").
     */
    public static Measurement start(Predicate<String> internal, Predicate<String> harness, String unit) {
        RetainedAllocations recording = new RetainedAllocations(internal);
        try {
            return new Measurement(recording, ClassHistogram.text(), harness, unit);
        } catch (RuntimeException e) {
            recording.close();
            throw e;
        }
    }

    /** A measurement under way: the recording running and the first histogram's text. */
    public static final class Measurement implements AutoCloseable {
        private final RetainedAllocations recording;
        private final String before;
        private final Predicate<String> harness;
        private final String unit;

        private Measurement(RetainedAllocations recording, String before, Predicate<String> harness, String unit) {
            this.recording = recording;
            this.before = before;
            this.harness = harness;
            this.unit = unit;
        }

        /** The second histogram and the recording's survivors, per call over {@code calls} calls. */
        public LeakAttribution finish(long calls) {
            try {
                ClassHistogram after = ClassHistogram.parse(ClassHistogram.text()).lessTheTextOf(before);
                List<ClassGrowth> grown = after.growthSince(ClassHistogram.parse(before), Math.max(1, calls)).stream()
                        .filter(c -> !harness.test(c.className())).toList();
                Set<String> names = grown.stream().map(ClassGrowth::className).collect(Collectors.toSet());
                return new LeakAttribution(grown, recording.sites(names), unit);
            } finally {
                recording.close();
            }
        }

        @Override
        public void close() {
            recording.close();
        }
    }

    /**
     * The classes in the order a reader wants them: the callers' and libraries' own first (the JDK's strings,
     * arrays and maps hang off them), fewest instances per call first (a leaked unit is usually one object per
     * call holding many parts), then most bytes.
     */
    public List<ClassGrowth> classesByInterest() {
        return classes.stream().sorted(Comparator.comparing(ClassGrowth::jdkClass)
                .thenComparingDouble(c -> Math.round(c.instancesPerCall() * 10))
                .thenComparing(Comparator.comparingDouble(ClassGrowth::bytesPerCall).reversed())).toList();
    }

    /**
     * The classes the summary names: those the top site's retention paths end in (the object the long-lived
     * world holds), then the most interesting others.
     */
    List<ClassGrowth> leadingClasses() {
        Set<ClassGrowth> lead = new LinkedHashSet<>();
        if (!sites.isEmpty()) {
            for (String leaked : sites.get(0).leaked()) {
                classes.stream().filter(c -> c.simpleName().equals(leaked)).findFirst().ifPresent(lead::add);
            }
        }
        lead.addAll(classesByInterest());
        return new ArrayList<>(lead).subList(0, Math.min(SUMMARY_CLASSES, lead.size()));
    }

    /** e.g. {@code +1 XYPlot and +1 JFreeChart per call, allocated at LiveDashboard.build(LiveDashboard.java:32)}. */
    public String summary() {
        List<ClassGrowth> lead = leadingClasses();
        String grown = lead.isEmpty() ? "no class gained an instance per " + unit
                : lead.stream().map(ClassGrowth::perCall).collect(Collectors.joining(" and ")) + " per " + unit;
        String where = sites.isEmpty() ? "allocation site not sampled by JFR (too few or too small objects)"
                : "allocated at " + sites.get(0).frame();
        return grown + ", " + where;
    }

    /** The summary, then the grown classes (up to {@value #DETAIL_CLASSES}) and the top sites with their paths. */
    public String details() {
        StringBuilder text = new StringBuilder(summary());
        List<ClassGrowth> ordered = classesByInterest();
        if (!ordered.isEmpty()) {
            text.append("\n  live instances per ").append(unit).append(" (class histograms): ");
            text.append(ordered.stream().limit(DETAIL_CLASSES)
                    .map(c -> c.perCall() + " (" + bytes(c.bytesPerCall()) + ")")
                    .collect(Collectors.joining(", ")));
            if (ordered.size() > DETAIL_CLASSES) {
                text.append(", and ").append(ordered.size() - DETAIL_CLASSES).append(" more classes");
            }
        }
        int total = sites.stream().mapToInt(AllocationSite::samples).sum();
        for (AllocationSite site : sites.stream().limit(DETAIL_SITES).toList()) {
            text.append("\n  allocated at ").append(site.frame()).append(": ").append(site.samples()).append(" of ")
                    .append(total).append(" surviving JFR samples (")
                    .append(String.join(", ", site.types().stream().limit(3).toList())).append(")");
            if (!site.paths().isEmpty()) {
                text.append("\n    kept by ").append(site.paths().get(0));
            }
        }
        return text.toString();
    }

    /** {@code 1.5 KiB}, {@code 24 B}. */
    public static String bytes(double bytes) {
        double abs = Math.abs(bytes);
        if (abs >= 1048576) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576);
        }
        if (abs >= 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024);
        }
        return String.format(Locale.ROOT, "%.0f B", bytes);
    }
}
