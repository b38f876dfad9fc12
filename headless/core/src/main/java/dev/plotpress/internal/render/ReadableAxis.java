package dev.plotpress.internal.render;

/** An axis that writes its names as {@link CategoryLabels} chooses, and can say what that left out. */
interface ReadableAxis {
    /** What the last layout did not show a reader (names not written, names shortened), or null for nothing. */
    String leftOut();
}
