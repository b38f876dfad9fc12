package dev.plotpress.leak;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A line of code that allocated objects still alive at the end of a leak check: how many JFR old-object
 * samples it accounts for, their classes, the grown classes they hang off and their paths from a GC root.
 */
public record AllocationSite(String frame, int samples, List<String> types, List<String> leaked, List<String> paths) {
    public AllocationSite {
        types = List.copyOf(types);
        leaked = List.copyOf(leaked);
        paths = List.copyOf(paths);
    }

    static final class Builder {
        private final String frame;
        private int samples;
        private final Map<String, Integer> types = new TreeMap<>();
        private final Map<String, Integer> leaked = new TreeMap<>();
        private final Map<String, Integer> paths = new TreeMap<>();

        Builder(String frame) {
            this.frame = frame;
        }

        void add(String type, RetentionPath path) {
            samples++;
            types.merge(ClassGrowth.simpleName(type), 1, Integer::sum);
            if (path != null) {
                leaked.merge(path.leaked(), 1, Integer::sum);
                paths.merge(path.text(), 1, Integer::sum);
            }
        }

        AllocationSite build() {
            return new AllocationSite(frame, samples, byCount(types), byCount(leaked), byCount(paths));
        }

        private static List<String> byCount(Map<String, Integer> counts) {
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(Map.Entry::getKey).toList();
        }
    }
}
