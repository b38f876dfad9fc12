package dev.plotpress.leak;

import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Why a sampled object is still alive: its reference chain from JFR's path-to-GC-roots search, read from the
 * GC root down and cut just below the first object of a class that grows per call (the leaked unit; below it
 * hang only its parts). Printed root first, e.g.
 * {@code Thread Name: main -> LiveDashboard.prices -> XYSeriesCollection.listenerList -> EventListenerList.listenerList
 * -> Object[] -> XYPlot}, or {@code static CachingSalesReport.SALES_CACHE -> ArrayList.elementData -> Object[] -> double[]}.
 */
public record RetentionPath(String root, List<String> steps, String leaked) {
    private static final int MAX_DEPTH = 10_000;
    private static final String CLASS_NAME = "Class Name: ";

    public RetentionPath {
        steps = List.copyOf(steps);
    }

    /** The path of an {@code jdk.OldObjectSample} event, or null when the recording has none. */
    static RetentionPath of(RecordedEvent event, Set<String> grown) {
        RecordedObject root = event.getValue("root");
        if (root == null) {
            return null;
        }
        // JFR gives the chain from the sample up: each object names the field of its referrer that points to it
        List<String> upward = new ArrayList<>();
        List<String> types = new ArrayList<>();
        RecordedObject object = event.getValue("object");
        String via = null;
        boolean staticField = false;
        while (object != null && upward.size() < MAX_DEPTH) {
            RecordedClass type = object.getValue("type");
            String name = type == null ? "?" : type.getName();
            String description = object.getString("description");
            if (name.equals("java.lang.Class") && via != null && description != null
                    && description.startsWith(CLASS_NAME)) {
                // a static field: the rest of the path (class loader, its class list) is how every class is kept
                types.add(null);
                upward.add("static " + ClassGrowth.simpleName(description.substring(CLASS_NAME.length())) + "." + via);
                staticField = true;
                break;
            }
            types.add(name);
            upward.add(ClassGrowth.simpleName(name) + (via == null ? "" : "." + via));
            RecordedObject reference = object.getValue("referrer");
            if (reference == null) {
                break;
            }
            RecordedObject field = reference.getValue("field");
            via = field != null ? field.getString("name") : null;   // array slots: the index says nothing
            if (reference.getInt("skip") > 0) {
                types.add(null);
                upward.add("(" + reference.getInt("skip") + " more)");
                via = null;
            }
            object = reference.getValue("object");
        }
        // from the root down, stop at the first grown class (own classes before the JDK's)
        int cut = -1;
        for (int i = types.size() - 1; i >= 0 && cut < 0; i--) {
            if (types.get(i) != null && grown.contains(types.get(i)) && !jdk(types.get(i))) {
                cut = i;
            }
        }
        for (int i = types.size() - 1; i >= 0 && cut < 0; i--) {
            if (types.get(i) != null && grown.contains(types.get(i))) {
                cut = i;
            }
        }
        if (cut < 0) {
            cut = 0;
        }
        List<String> steps = new ArrayList<>();
        for (int i = upward.size() - 1; i > cut; i--) {
            steps.add(upward.get(i));
        }
        if (staticField) {
            return new RetentionPath(steps.get(0), steps.subList(1, steps.size()), ClassGrowth.simpleName(types.get(cut)));
        }
        String description = root.getString("description");
        String system = root.getString("system");
        String rootText = description != null ? description : system != null ? system : "a GC root";
        return new RetentionPath(rootText, steps, ClassGrowth.simpleName(types.get(cut)));
    }

    private static boolean jdk(String className) {
        return new ClassGrowth(className, 0, 0).jdkClass();
    }

    /** {@code <root> -> A.field -> B.field -> Leaked}. */
    public String text() {
        StringBuilder text = new StringBuilder(root);
        for (String step : steps) {
            text.append(" -> ").append(step);
        }
        return text.append(" -> ").append(leaked).toString();
    }
}
