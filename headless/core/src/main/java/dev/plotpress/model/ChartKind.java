package dev.plotpress.model;

import dev.plotpress.internal.model.Suggestion;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of chart Plotpress draws, named as they are written in a spec. */
public enum ChartKind {
    LINE("line"),
    SCATTER("scatter"),
    SCATTER_MATRIX("scatter-matrix"),
    HEATMAP("heatmap"),
    BAR("bar"),
    HISTOGRAM("histogram"),
    BOX("box"),
    AREA("area");

    private final String specName;

    ChartKind(String specName) {
        this.specName = specName;
    }

    public String specName() {
        return specName;
    }

    public static ChartKind fromSpecName(String name) {
        for (ChartKind kind : values()) {
            if (kind.specName.equalsIgnoreCase(name)) {
                return kind;
            }
        }
        throw new InvalidSpecException("kind", "unknown chart kind '" + name + "'"
                + Suggestion.didYouMean(name, Arrays.stream(values()).map(ChartKind::specName).toList())
                + "; use one of " + allowed());
    }

    public static String allowed() {
        return Arrays.stream(values()).map(ChartKind::specName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return specName;
    }
}
