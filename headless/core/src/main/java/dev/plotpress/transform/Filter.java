package dev.plotpress.transform;

import dev.plotpress.model.Column;
import dev.plotpress.internal.model.DateSpellings;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.internal.model.NumberText;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TemporalColumn;
import dev.plotpress.model.TextColumn;
import dev.plotpress.model.TransformStep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the rows a condition holds for, as pandas' boolean indexing: {@code filter: {column: symbol, op: "==",
 * value: AAPL}}, or {@code {and: [...]}} / {@code {or: [...]}} of such. Values compare by the column's type: numbers
 * as numbers, dates as dates ({@code value: 2005-01-01}), categories as text. A missing value satisfies only
 * {@code !=}, {@code not in} and {@code is null}, as in pandas.
 */
public record Filter(Condition condition) implements TransformStep {
    /** A test of each row, evaluated column-wise into a mask. */
    public sealed interface Condition permits Compare, All, Any {
        boolean[] mask(Table table, String field);

        Object toSpec();
    }

    public enum Op {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), IN("in"), NOT_IN("not in"), IS_NULL("is null"),
        NOT_NULL("not null");

        final String specName;

        Op(String specName) {
            this.specName = specName;
        }

        boolean takesList() {
            return this == IN || this == NOT_IN;
        }

        boolean takesValue() {
            return this != IS_NULL && this != NOT_NULL;
        }

        boolean ordering() {
            return this == LT || this == LE || this == GT || this == GE;
        }

        static Op fromSpecName(String name) {
            for (Op op : values()) {
                if (op.specName.equals(name)) {
                    return op;
                }
            }
            return "is not null".equals(name) ? NOT_NULL : "=".equals(name) ? EQ : null;
        }
    }

    /** {@code column op value}; values is one value, or the list for in / not in, or empty for the null tests. */
    public record Compare(String column, Op op, List<Object> values) implements Condition {
        public Compare {
            values = values == null ? List.of() : new ArrayList<>(values);
        }

        @Override
        public boolean[] mask(Table table, String field) {
            Column found = Columns.find(table, column, field + ".column");
            int rows = found.size();
            boolean[] mask = new boolean[rows];
            if (!op.takesValue()) {
                for (int row = 0; row < rows; row++) {
                    mask[row] = found.isMissing(row) == (op == Op.IS_NULL);
                }
                return mask;
            }
            if (found instanceof TextColumn text) {
                if (op.ordering()) {
                    throw new InvalidSpecException(field + ".op", "'" + op.specName + "' needs numbers or dates, but "
                            + "column '" + column + "' is categorical; use ==, !=, in or not in");
                }
                boolean[] wanted = new boolean[text.categories().size()];
                for (Object value : values) {
                    int code = text.categories().indexOf(String.valueOf(value));
                    if (code >= 0) {
                        wanted[code] = true;
                    }
                }
                boolean negated = op == Op.NE || op == Op.NOT_IN;
                for (int row = 0; row < rows; row++) {
                    int code = text.code(row);
                    mask[row] = code < 0 ? negated : wanted[code] != negated;
                }
                return mask;
            }
            double[] numbers = found instanceof NumericColumn n ? n.toArray() : ((TemporalColumn) found).toArray();
            double[] targets = new double[values.size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = number(found, values.get(i), field + ".value");
            }
            for (int row = 0; row < rows; row++) {
                mask[row] = holds(numbers[row], targets);
            }
            return mask;
        }

        private boolean holds(double x, double[] targets) {
            if (Double.isNaN(x)) {
                return op == Op.NE || op == Op.NOT_IN;
            }
            return switch (op) {
                case EQ -> x == targets[0];
                case NE -> x != targets[0];
                case LT -> x < targets[0];
                case LE -> x <= targets[0];
                case GT -> x > targets[0];
                case GE -> x >= targets[0];
                case IN, NOT_IN -> {
                    boolean in = false;
                    for (double target : targets) {
                        in |= x == target;
                    }
                    yield in == (op == Op.IN);
                }
                default -> throw new IllegalStateException(op.name());
            };
        }

        private double number(Column column, Object value, String field) {
            if (column instanceof TemporalColumn) {
                double millis = DateSpellings.millis(String.valueOf(value));
                if (Double.isNaN(millis)) {
                    throw new InvalidSpecException(field, "'" + value + "' is not a date, but column '" + column.name()
                            + "' holds dates; write it as 2005-01-31 (or 2005-01-31T12:00)");
                }
                return millis;
            }
            if (value instanceof Number number) {
                return number.doubleValue();
            }
            try {
                double parsed = NumberText.parse(String.valueOf(value));
                if (!Double.isNaN(parsed)) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new InvalidSpecException(field, "'" + value + "' is not a number, but column '" + column.name()
                    + "' is numeric; compare it with a number");
        }

        @Override
        public Object toSpec() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("column", column);
            body.put("op", op.specName);
            if (op.takesValue()) {
                body.put("value", op.takesList() ? values : values.get(0));
            }
            return body;
        }
    }

    /** Every condition holds. */
    public record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean[] mask(Table table, String field) {
            boolean[] mask = null;
            for (int i = 0; i < conditions.size(); i++) {
                boolean[] next = conditions.get(i).mask(table, field + ".and[" + i + "]");
                if (mask == null) {
                    mask = next;
                } else {
                    for (int row = 0; row < mask.length; row++) {
                        mask[row] &= next[row];
                    }
                }
            }
            return mask;
        }

        @Override
        public Object toSpec() {
            return Map.of("and", conditions.stream().map(Condition::toSpec).toList());
        }
    }

    /** At least one condition holds. */
    public record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean[] mask(Table table, String field) {
            boolean[] mask = null;
            for (int i = 0; i < conditions.size(); i++) {
                boolean[] next = conditions.get(i).mask(table, field + ".or[" + i + "]");
                if (mask == null) {
                    mask = next;
                } else {
                    for (int row = 0; row < mask.length; row++) {
                        mask[row] |= next[row];
                    }
                }
            }
            return mask;
        }

        @Override
        public Object toSpec() {
            return Map.of("or", conditions.stream().map(Condition::toSpec).toList());
        }
    }

    @Override
    public Table apply(Table table) {
        boolean[] mask = condition.mask(table, "filter");
        int kept = 0;
        for (boolean keep : mask) {
            kept += keep ? 1 : 0;
        }
        if (kept == 0 && mask.length > 0) {
            // an empty chart would be the next error, without saying which condition emptied it
            throw new InvalidSpecException("filter", "keeps none of the " + String.format("%,d", mask.length) + " rows"
                    + absentValues(condition, table) + "; check the condition's column and values");
        }
        int[] rows = new int[kept];
        int next = 0;
        for (int row = 0; row < mask.length; row++) {
            if (mask[row]) {
                rows[next++] = row;
            }
        }
        return table.select(rows);
    }

    /** ": column 'symbol' has no value 'aapl' (did you mean 'AAPL'?)" for the first value asked for that is not there. */
    private static String absentValues(Condition condition, Table table) {
        List<Condition> conditions = condition instanceof All all ? all.conditions()
                : condition instanceof Any any ? any.conditions() : List.of(condition);
        for (Condition each : conditions) {
            if (each instanceof Compare compare && (compare.op() == Op.EQ || compare.op() == Op.IN)
                    && table.has(compare.column()) && table.column(compare.column()) instanceof TextColumn text) {
                for (Object value : compare.values()) {
                    if (!text.categories().contains(String.valueOf(value))) {
                        return ": column '" + compare.column() + "' has no value '" + value + "'"
                                + dev.plotpress.internal.model.Suggestion.didYouMean(String.valueOf(value), text.categories());
                    }
                }
            } else if (!(each instanceof Compare)) {
                String inner = absentValues(each, table);
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
        }
        return "";
    }

    @Override
    public Object toSpec() {
        return Map.of("filter", condition.toSpec());
    }
}
