package dev.plotpress.model;

/** A step between the data and the chart: the report's heatmap is {@code data + correlation}. */
public enum Transform {
    NONE("none"),
    /** Pearson correlation matrix of the numeric columns (pairwise complete rows, like pandas' corr()). */
    CORRELATION("correlation");

    private final String specName;

    Transform(String specName) {
        this.specName = specName;
    }

    public String specName() {
        return specName;
    }

    public static Transform fromSpecName(String name) {
        for (Transform t : values()) {
            if (t.specName.equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new InvalidSpecException("data.transform", "unknown transform '" + name + "'; use none or correlation");
    }

    public Table apply(Table table) {
        return this == CORRELATION ? Correlation.of(table) : table;
    }

    @Override
    public String toString() {
        return specName;
    }
}
