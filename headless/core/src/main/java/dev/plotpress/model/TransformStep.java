package dev.plotpress.model;

/**
 * One step of a spec's {@code transform:} list: a table in, a table out (the records are in
 * {@code dev.plotpress.transform}). A step that cannot be applied throws {@link InvalidSpecException} whose
 * field is the step's own key path ({@code aggregate.groupBy}); the list adds {@code transform[i].}.
 */
public interface TransformStep {
    Table apply(Table table);

    /** The step as a spec file writes it: a one-key mapping such as {@code {sort: {by: [price]}}}. */
    Object toSpec();
}
