package dev.plotpress.batch;

import dev.plotpress.leak.LeakAttribution;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * What {@code soak --attribute} and {@code --flame} record over the steady part of a soak (after the warm-up):
 * the leak attribution of {@code LeakCheck} (class histograms, JFR old-object samples) charged to Plotpress's own
 * code, and an allocation flame graph.
 */
public final class SoakInstruments implements SoakRun.Watch {
    /** Soak blames Plotpress's code: only the JDK, JFreeChart and the soak harness itself are passed over. */
    static final Predicate<String> INTERNAL = LeakAttribution.internalTo(List.of("java.", "javax.", "jdk.", "sun.",
            "com.sun.", "org.jfree.", "dev.plotpress.batch.", "dev.plotpress.leak.", "dev.plotpress.cli."));
    /** What soak itself keeps (its memory samples) is not the charts' doing. */
    static final Predicate<String> HARNESS = LeakAttribution.internalTo(List.of("dev.plotpress.batch.", "dev.plotpress.leak.", "dev.plotpress.cli."));
    private final boolean attribute;
    private final Path flame;
    private final String title;
    private volatile LeakAttribution.Measurement measurement;
    private volatile AllocationFlameGraph allocations;
    private volatile LeakAttribution attribution;

    /** {@code flame} may be null: no flame graph. */
    public SoakInstruments(boolean attribute, Path flame, String title) {
        this.attribute = attribute;
        this.flame = flame;
        this.title = title;
    }

    /** The attribution's recording starts first and ends last, so the flame graph does not show its work. */
    @Override
    public void warmedUp() {
        if (attribute) {
            measurement = LeakAttribution.start(INTERNAL, HARNESS, "chart");
        }
        if (flame != null) {
            allocations = new AllocationFlameGraph();
        }
    }

    @Override
    public void finished(long steadyCharts) {
        if (allocations != null) {
            allocations.write(flame, title);
        }
        if (measurement != null) {
            attribution = measurement.finish(steadyCharts);
        }
    }

    /** The attribution, once finished; null without {@code --attribute}. */
    public LeakAttribution attribution() {
        return attribution;
    }
}
