package dev.plotpress.leak;

import java.util.Locale;

/** How many more live instances (and bytes) of a class each call left behind, from two class histograms. */
public record ClassGrowth(String className, double instancesPerCall, double bytesPerCall) {

    /** {@code JFreeChart} for {@code org.jfree.chart.JFreeChart}, {@code byte[]} for {@code [B}, {@code Outer.Inner}. */
    public String simpleName() {
        return simpleName(className);
    }

    /** e.g. {@code +1 JFreeChart}, {@code +0.5 XYPlot}, {@code +3 byte[]}. */
    public String perCall() {
        double rounded = Math.round(instancesPerCall * 10) / 10.0;
        String count = rounded == Math.rint(rounded) ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
        return "+" + count + " " + simpleName();
    }

    /** Whether the class is the JDK's own (java.*, jdk.*, sun.*, com.sun.*, arrays of primitives). */
    public boolean jdkClass() {
        String element = className.replaceFirst("^\\[+L?", "");
        return element.length() <= 2 || element.startsWith("java.") || element.startsWith("javax.")
                || element.startsWith("jdk.") || element.startsWith("sun.") || element.startsWith("com.sun.");
    }

    static String simpleName(String binaryName) {
        int dims = 0;
        while (dims < binaryName.length() && binaryName.charAt(dims) == '[') {
            dims++;
        }
        String element = binaryName.substring(dims);
        if (dims > 0) {
            element = switch (element) {
                case "B" -> "byte";
                case "C" -> "char";
                case "S" -> "short";
                case "I" -> "int";
                case "J" -> "long";
                case "F" -> "float";
                case "D" -> "double";
                case "Z" -> "boolean";
                default -> element.startsWith("L") && element.endsWith(";")
                        ? element.substring(1, element.length() - 1) : element;
            };
        }
        // nested classes as in source (Outer.Inner); anonymous and hidden ones ($1, $$Lambda) keep their $
        String simple = element.substring(element.lastIndexOf('.') + 1).replaceAll("(?<!\\$)\\$(?=[A-Za-z])", ".");
        return simple + "[]".repeat(dims);
    }
}
