package dev.plotpress.model;

import dev.plotpress.internal.model.DrawnBy;
import java.util.List;
import java.util.Locale;

/**
 * The order of a bar or box chart's categories, as seaborn's {@code order=}: {@code order} lists categories to put
 * first, in that order (the ones it leaves out follow in their usual order, so no bar is ever dropped by a short
 * list; filter the rows to drop some); {@code sort} orders them by their drawn value instead (a bar's height, the sum
 * of a group's bars with hue or several y columns; a box's median). Empty and null: the usual order (text in order
 * of appearance, numbers and dates sorted).
 */
public record CategoryOrder(@DrawnBy(value = {ChartKind.BAR, ChartKind.BOX}, instead = ORDERS_CATEGORIES) List<String> order,
                            @DrawnBy(value = {ChartKind.BAR, ChartKind.BOX}, instead = ORDERS_CATEGORIES) Sort sort) {
    private static final String ORDERS_CATEGORIES = "it orders the categories on a bar or box chart's x axis; hueOrder orders hue groups";
    public static final CategoryOrder DEFAULT = new CategoryOrder(List.of(), null);

    public CategoryOrder {
        order = order == null ? List.of() : List.copyOf(order);
        if (order.stream().distinct().count() < order.size()) {
            throw new InvalidSpecException("order", "names a category twice: " + order);
        }
        if (!order.isEmpty() && sort != null) {
            throw new InvalidSpecException("sort", "orders the categories by their value, and order lists them; "
                    + "keep one of order and sort");
        }
    }

    /** Categories by their drawn value, smallest or largest first. */
    public enum Sort {
        ASCENDING, DESCENDING;

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Sort fromSpecName(String name) {
            return Estimate.parse("sort", name, values());
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String specName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
