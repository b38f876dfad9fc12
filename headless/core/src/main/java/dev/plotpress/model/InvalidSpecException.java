package dev.plotpress.model;

/**
 * A chart spec that cannot be drawn. {@link #field()} is the path of the offending field in the spec
 * (for example {@code size.width} or {@code heatmap.colormap}) so a spec reader can point at its line.
 */
public class InvalidSpecException extends BadInputException {
    private final String field;

    public InvalidSpecException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The message without the field prefix, for callers that print the location themselves. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
