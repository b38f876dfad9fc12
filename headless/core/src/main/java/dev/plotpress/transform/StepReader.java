package dev.plotpress.transform;

import dev.plotpress.internal.model.Suggestion;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.TransformStep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A spec's {@code transform:} list as written (YAML/JSON bound to maps, lists and scalars) to typed steps. Each
 * item is a one-key mapping naming the step; unknown steps, keys and ops are errors with did-you-mean, at
 * {@code transform[i].step.key}.
 * <pre>
 * transform:
 *   - filter: {column: symbol, op: "==", value: AAPL}        # ==, !=, <, <=, >, >=, in, not in, is null, not null
 *   - filter: {and: [{column: price, op: ">", value: 10}, {column: date, op: ">=", value: 2005-01-01}]}
 *   - timeUnit: {column: date, unit: month}                  # year quarter month week day hour minute second, or the part monthOfYear / dayOfWeek
 *   - aggregate: {groupBy: [date, symbol], mean: price}      # count sum mean median min max std q1 q3 distinct
 *   - bin: {column: price, step: 50}                         # or bins: 20; adds price_start, price_end
 *   - fold: {columns: [temp_max, temp_min], as: [kind, temp]}
 *   - pivot: {column: symbol, value: price, groupBy: [date]}
 *   - sort: {by: [symbol, price], descending: [false, true]}
 *   - top: {column: symbol, n: 3, by: price}
 *   - correlation
 * </pre>
 */
public final class StepReader {
    private static final List<String> STEPS = List.of("filter", "aggregate", "bin", "timeUnit", "fold", "pivot", "sort",
            "top", "correlation");

    private StepReader() {
    }

    public static List<TransformStep> read(List<?> items) {
        List<TransformStep> steps = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            steps.add(step("transform[" + i + "]", items.get(i)));
        }
        return steps;
    }

    /** The spec form of steps, for writing a spec back. */
    public static List<Object> write(List<TransformStep> steps) {
        return steps.stream().map(TransformStep::toSpec).toList();
    }

    private static TransformStep step(String at, Object item) {
        String name;
        Object body;
        if (item instanceof String text) {
            name = text;
            body = Map.of();
        } else if (item instanceof Map<?, ?> map && map.size() == 1) {
            Map.Entry<?, ?> entry = map.entrySet().iterator().next();
            name = String.valueOf(entry.getKey());
            body = entry.getValue() == null ? Map.of() : entry.getValue();
        } else {
            throw new InvalidSpecException(at, "each step is a mapping with one key, the step's name, e.g. "
                    + "'- filter: {column: symbol, op: \"==\", value: AAPL}'; the steps are " + String.join(", ", STEPS));
        }
        if (!STEPS.contains(name)) {
            throw new InvalidSpecException(at, "unknown step '" + name + "'" + Suggestion.hint(name, STEPS)
                    + "; the steps are " + String.join(", ", STEPS));
        }
        String field = at + "." + name;
        if (name.equals("correlation")) {
            keys(field, mapping(field, body), Set.of());
            return new CorrelationStep();
        }
        Map<String, Object> keys = mapping(field, body);
        return switch (name) {
            case "filter" -> new Filter(condition(field, keys));
            case "aggregate" -> aggregate(field, keys);
            case "bin" -> bin(field, keys);
            case "timeUnit" -> timeUnit(field, keys);
            case "fold" -> fold(field, keys);
            case "pivot" -> pivot(field, keys);
            case "sort" -> sort(field, keys);
            default -> top(field, keys);
        };
    }

    private static Filter.Condition condition(String field, Map<String, Object> keys) {
        if (keys.containsKey("and") || keys.containsKey("or")) {
            String combiner = keys.containsKey("and") ? "and" : "or";
            keys(field, keys, Set.of(combiner));
            Object list = keys.get(combiner);
            if (!(list instanceof List<?> items) || items.isEmpty()) {
                throw new InvalidSpecException(field + "." + combiner, "must be a list of conditions, e.g. "
                        + "[{column: price, op: \">\", value: 10}, {column: symbol, op: \"==\", value: AAPL}]");
            }
            List<Filter.Condition> conditions = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String at = field + "." + combiner + "[" + i + "]";
                conditions.add(condition(at, mapping(at, items.get(i))));
            }
            return combiner.equals("and") ? new Filter.All(conditions) : new Filter.Any(conditions);
        }
        keys(field, keys, Set.of("column", "op", "value"));
        String column = text(field, keys, "column", true);
        String opName = text(field, keys, "op", true);
        Filter.Op op = Filter.Op.fromSpecName(opName);
        if (op == null) {
            List<String> ops = Arrays.stream(Filter.Op.values()).map(o -> o.specName).toList();
            throw new InvalidSpecException(field + ".op", "unknown op '" + opName + "'" + Suggestion.hint(opName, ops)
                    + "; the ops are " + String.join(", ", ops) + " (quote ==, <, >: op: \"==\")");
        }
        Object value = keys.get("value");
        if (!op.takesValue()) {
            if (value != null) {
                throw new InvalidSpecException(field + ".value", "'" + op.specName + "' takes no value; leave value out");
            }
            return new Filter.Compare(column, op, List.of());
        }
        if (value == null) {
            throw new InvalidSpecException(field + ".value", "is required for '" + op.specName + "'; add e.g. value: 10");
        }
        if (op.takesList() != value instanceof List) {
            throw new InvalidSpecException(field + ".value", op.takesList() ? "'" + op.specName + "' needs a list, e.g. "
                    + "value: [AAPL, MSFT]" : "'" + op.specName + "' compares with one value; for several use in");
        }
        List<Object> values = value instanceof List<?> list ? new ArrayList<>(list) : List.of(value);
        return new Filter.Compare(column, op, values);
    }

    private static Aggregate aggregate(String field, Map<String, Object> keys) {
        Set<String> allowed = new java.util.LinkedHashSet<>(List.of("groupBy"));
        Arrays.stream(Statistic.values()).forEach(s -> allowed.add(s.specName));
        keys(field, keys, allowed);
        List<String> groupBy = names(field, keys, "groupBy", false);
        List<Aggregate.Measure> measures = new ArrayList<>();
        for (Map.Entry<String, Object> entry : keys.entrySet()) {
            Statistic statistic = Statistic.fromSpecName(entry.getKey());
            if (statistic == null) {
                continue;
            }
            if (statistic == Statistic.COUNT && Boolean.TRUE.equals(entry.getValue())) {
                measures.add(new Aggregate.Measure(statistic, null, "count"));
                continue;
            }
            for (String column : names(field, keys, entry.getKey(), true)) {
                measures.add(new Aggregate.Measure(statistic, column, column));
            }
        }
        if (measures.isEmpty()) {
            throw new InvalidSpecException(field, "names no statistic; add e.g. 'mean: price' or 'count: true'");
        }
        List<Aggregate.Measure> named = new ArrayList<>();
        for (Aggregate.Measure m : measures) {
            boolean clash = m.column() != null && (groupBy.contains(m.column())
                    || measures.stream().filter(o -> m.column().equals(o.column())).count() > 1);
            named.add(clash ? new Aggregate.Measure(m.statistic(), m.column(), m.statistic().specName + "_" + m.column()) : m);
        }
        return new Aggregate(groupBy, named);
    }

    private static Bin bin(String field, Map<String, Object> keys) {
        keys(field, keys, Set.of("column", "step", "bins", "as"));
        Double step = number(field, keys, "step");
        Double bins = number(field, keys, "bins");
        if (step != null && bins != null) {
            throw new InvalidSpecException(field, "give step or bins, not both");
        }
        if (step != null && !(step > 0 && Double.isFinite(step))) {
            throw new InvalidSpecException(field + ".step", "must be a positive number, got " + step);
        }
        if (bins != null && (bins < 1 || bins != Math.rint(bins) || bins > 10_000)) {
            throw new InvalidSpecException(field + ".bins", "must be a whole number from 1 to 10000, got " + bins);
        }
        List<String> as = names(field, keys, "as", false);
        if (!as.isEmpty() && as.size() != 2) {
            throw new InvalidSpecException(field + ".as", "names the two new columns, e.g. as: [low, high]");
        }
        return new Bin(text(field, keys, "column", true), step, bins == null ? Bin.DEFAULT_BINS : bins.intValue(),
                as.isEmpty() ? null : as);
    }

    private static TimeUnit timeUnit(String field, Map<String, Object> keys) {
        keys(field, keys, Set.of("column", "unit", "as"));
        String unitName = text(field, keys, "unit", true);
        TimeUnit.Unit unit = TimeUnit.Unit.fromSpecName(unitName);
        if (unit == null) {
            List<String> units = Arrays.stream(TimeUnit.Unit.values()).map(u -> u.specName).toList();
            throw new InvalidSpecException(field + ".unit", "unknown unit '" + unitName + "'" + Suggestion.hint(unitName, units)
                    + "; the units are " + String.join(", ", units));
        }
        return new TimeUnit(text(field, keys, "column", true), unit, text(field, keys, "as", false));
    }

    private static Fold fold(String field, Map<String, Object> keys) {
        keys(field, keys, Set.of("columns", "as"));
        List<String> as = names(field, keys, "as", false);
        if (!as.isEmpty() && as.size() != 2) {
            throw new InvalidSpecException(field + ".as", "names the key and value columns, e.g. as: [series, value]");
        }
        return new Fold(names(field, keys, "columns", true), as.isEmpty() ? null : as.get(0), as.isEmpty() ? null : as.get(1));
    }

    private static Pivot pivot(String field, Map<String, Object> keys) {
        keys(field, keys, Set.of("column", "value", "groupBy", "op"));
        String opName = text(field, keys, "op", false);
        Statistic op = opName == null ? null : Statistic.fromSpecName(opName);
        if (opName != null && op == null) {
            List<String> ops = Arrays.stream(Statistic.values()).map(s -> s.specName).toList();
            throw new InvalidSpecException(field + ".op", "unknown op '" + opName + "'" + Suggestion.hint(opName, ops)
                    + "; the ops are " + String.join(", ", ops));
        }
        return new Pivot(text(field, keys, "column", true), text(field, keys, "value", true),
                keys.containsKey("groupBy") ? names(field, keys, "groupBy", true) : null, op);
    }

    private static Sort sort(String field, Map<String, Object> keys) {
        keys(field, keys, Set.of("by", "descending"));
        List<String> by = names(field, keys, "by", true);
        Object flags = keys.get("descending");
        List<Boolean> descending = new ArrayList<>();
        if (flags == null || flags instanceof Boolean) {
            by.forEach(b -> descending.add(Boolean.TRUE.equals(flags)));
        } else if (flags instanceof List<?> list && list.size() == by.size() && list.stream().allMatch(Boolean.class::isInstance)) {
            list.forEach(f -> descending.add((Boolean) f));
        } else {
            throw new InvalidSpecException(field + ".descending", "must be true, false or one of them per 'by' column "
                    + "(" + by.size() + ")");
        }
        return new Sort(by, descending);
    }

    private static Top top(String field, Map<String, Object> keys) {
        keys(field, keys, Set.of("column", "n", "by", "other"));
        Double n = number(field, keys, "n");
        if (n == null || n < 1 || n != Math.rint(n)) {
            throw new InvalidSpecException(field + ".n", "is required: how many categories to keep, a whole number >= 1");
        }
        return new Top(text(field, keys, "column", true), n.intValue(), text(field, keys, "by", false),
                text(field, keys, "other", false));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapping(String field, Object body) {
        if (!(body instanceof Map<?, ?> map)) {
            throw new InvalidSpecException(field, "must be a mapping of keys, got " + describe(body));
        }
        Map<String, Object> keys = new LinkedHashMap<>();
        map.forEach((k, v) -> keys.put(String.valueOf(k), v));
        return keys;
    }

    private static void keys(String field, Map<String, Object> keys, Set<String> allowed) {
        for (String key : keys.keySet()) {
            if (!allowed.contains(key)) {
                throw new InvalidSpecException(field + "." + key, "unknown key '" + key + "'" + Suggestion.hint(key, allowed)
                        + (allowed.isEmpty() ? "; this step takes no keys" : "; the keys here are " + String.join(", ", allowed)));
            }
        }
    }

    private static String text(String field, Map<String, Object> keys, String key, boolean required) {
        Object value = keys.get(key);
        if (value == null) {
            if (required) {
                throw new InvalidSpecException(field + "." + key, "is required");
            }
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw new InvalidSpecException(field + "." + key, "must be a single value, got " + describe(value));
        }
        return String.valueOf(value);
    }

    private static Double number(String field, Map<String, Object> keys, String key) {
        Object value = keys.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number)) {
            throw new InvalidSpecException(field + "." + key, "must be a number, got " + describe(value));
        }
        return number.doubleValue();
    }

    /** A name or a list of names. */
    private static List<String> names(String field, Map<String, Object> keys, String key, boolean required) {
        Object value = keys.get(key);
        if (value == null) {
            if (required) {
                throw new InvalidSpecException(field + "." + key, "is required: a column name or a list of them");
            }
            return List.of();
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty() || list.stream().anyMatch(v -> v == null || v instanceof Map || v instanceof List)) {
                throw new InvalidSpecException(field + "." + key, "must be a column name or a list of names");
            }
            return list.stream().map(String::valueOf).toList();
        }
        if (value instanceof Map) {
            throw new InvalidSpecException(field + "." + key, "must be a column name or a list of names, got a mapping");
        }
        return List.of(String.valueOf(value));
    }

    private static String describe(Object value) {
        return value instanceof Map ? "a mapping" : value instanceof List ? "a list" : "'" + value + "'";
    }
}
