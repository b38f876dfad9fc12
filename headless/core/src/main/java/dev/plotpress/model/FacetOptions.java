package dev.plotpress.model;

/**
 * Small multiples, as seaborn's {@code col} / {@code row} / {@code col_wrap} and ggplot2's facets: one panel per value
 * of {@code column} (and of {@code row}), each titled "Series = I", on shared axes unless told otherwise, with one
 * legend for them all. Bound from the spec file as it is written: an absent key is null and means its default.
 *
 * @param column a column whose values lay panels out left to right
 * @param row    a column whose values lay panels out top to bottom
 * @param wrap   with {@code column} alone: panels per row before wrapping onto the next
 * @param shareX the same x range on every panel (default true)
 * @param shareY the same y range on every panel (default true)
 * @param columnOrder {@code column}'s values to lay out first, in this order (seaborn's {@code col_order}); the
 *                    values it leaves out follow in their usual order
 * @param rowOrder    the same for {@code row} (seaborn's {@code row_order})
 */
public record FacetOptions(String column, String row, Integer wrap, Boolean shareX, Boolean shareY,
                           java.util.List<String> columnOrder, java.util.List<String> rowOrder) {
    /** More panels than fit on any page: almost always the wrong column. */
    public static final int MAX_PANELS = 100;

    public FacetOptions {
        columnOrder = ordered("columnOrder", columnOrder, column, "column");
        rowOrder = ordered("rowOrder", rowOrder, row, "row");
        if (wrap != null && (wrap < 1 || wrap > MAX_PANELS)) {
            throw new InvalidSpecException("facet.wrap", "must be between 1 and " + MAX_PANELS + ", got " + wrap);
        }
        if (wrap != null && row != null) {
            throw new InvalidSpecException("facet.wrap", "wraps a column facet onto rows, so it cannot be combined with "
                    + "facet.row; remove wrap or row");
        }
        if (wrap != null && column == null) {
            throw new InvalidSpecException("facet.wrap", "wraps a column facet; give facet.column");
        }
        if (column != null && column.equals(row)) {
            throw new InvalidSpecException("facet.row", "is the same column as facet.column ('" + column + "'); facet "
                    + "by one of them");
        }
    }

    public FacetOptions(String column, String row, Integer wrap, Boolean shareX, Boolean shareY) {
        this(column, row, wrap, shareX, shareY, null, null);
    }

    public static FacetOptions byColumn(String column, Integer wrap) {
        return new FacetOptions(column, null, wrap, null, null);
    }

    private static java.util.List<String> ordered(String field, java.util.List<String> order, String facet, String key) {
        if (order == null || order.isEmpty()) {
            return java.util.List.of();
        }
        if (facet == null) {
            throw new InvalidSpecException("facet." + field, "orders the panels of facet." + key + "; give facet." + key);
        }
        if (order.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidSpecException("facet." + field, "has an empty entry; list values of " + facet);
        }
        if (order.stream().distinct().count() < order.size()) {
            throw new InvalidSpecException("facet." + field, "names a value twice: " + order);
        }
        return java.util.List.copyOf(order);
    }

    /** Checked by the spec rather than here, so that a misspelt key ({@code columns:}) is reported as such first. */
    void requirePanels() {
        if (column == null && row == null) {
            throw new InvalidSpecException("facet", "needs column: or row: (the column whose values split the panels), "
                    + "e.g. facet: {column: Series, wrap: 2}");
        }
    }

    public boolean sharesX() {
        return shareX == null || shareX;
    }

    public boolean sharesY() {
        return shareY == null || shareY;
    }
}
