package dev.plotpress.model;

/** One named column of a {@link Table}: numbers or text. */
public sealed interface Column permits NumericColumn, TextColumn {
    String name();

    int size();
}
