package dev.plotpress.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rows of the option groups whose keys sit at the top of a spec file ({@code @JsonUnwrapped} in ChartSpec:
 * estimator and errorbar, a histogram's stat and multiple, a category order and sort), made from the records
 * themselves: an enum is a choice of its spec names, a list of names a comma-separated text, a yes/no a check box
 * (a histogram's kde), each row shown for the
 * kinds its {@code @DrawnBy} names. A new option in such a group, or a new group, appears here without an edit.
 */
final class OptionFields {
    /** How a choice names "not set": the kind's default (seaborn's, for the estimator and error bar). */
    static final String DEFAULT = "(default)";
    private static final ChartSpec DEFAULTS = ChartSpec.builder(ChartKind.LINE).build();
    /** Keys that are initials, written as such ("KDE", not "Kde"). */
    private static final Set<String> ACRONYMS = Set.of("kde");

    private OptionFields() {
    }

    static List<SpecField<?>> of(SpecFields f) {
        List<SpecField<?>> rows = new ArrayList<>();
        for (RecordComponent group : ChartSpec.class.getRecordComponents()) {
            if (group.getAccessor().isAnnotationPresent(JsonUnwrapped.class) && group.getType().isRecord()) {
                for (RecordComponent option : group.getType().getRecordComponents()) {
                    SpecField<?> row = row(f, category(group), group, option);
                    if (row != null) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    /** The sheet's category for a group: its record's name in words ({@code CategoryOrder} -> "Category order"). */
    static String category(RecordComponent group) {
        return words(group.getType().getSimpleName().replaceFirst("Options$", ""));
    }

    private static SpecField<?> row(SpecFields f, String category, RecordComponent group, RecordComponent option) {
        String key = key(option);
        String name = words(key.equals(option.getName().toLowerCase(Locale.ROOT)) ? option.getName() : key);
        Set<ChartKind> kinds = DrawnKinds.of(option);
        if (option.getType().isEnum()) {
            Object[] constants = option.getType().getEnumConstants();
            boolean blank = DrawnKinds.read(option, (Record) DrawnKinds.read(group, DEFAULTS)) == null;
            List<String> choices = new ArrayList<>(blank ? List.of(DEFAULT) : List.of());
            Arrays.stream(constants).map(OptionFields::specName).forEach(choices::add);
            return f.choice(name, category, choices,
                    s -> value(s, group, option) == null ? DEFAULT : specName(value(s, group, option)),
                    (s, v) -> write(s, group, option, Arrays.stream(constants)
                            .filter(c -> specName(c).equals(v)).findFirst().orElse(null))).shownFor(kinds);
        }
        if (option.getType() == List.class && option.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == String.class) {
            return f.field(name, category, String.class, s -> ((List<?>) value(s, group, option)).stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")),
                    (s, v) -> write(s, group, option, names(v))).shownFor(kinds);
        }
        if (option.getType() == Boolean.class) {
            return f.field(name, category, Boolean.class, s -> Boolean.TRUE.equals(value(s, group, option)),
                    (s, v) -> write(s, group, option, v)).shownFor(kinds);
        }
        return null; // no editor for this type yet: the spec file sets it
    }

    private static Object value(ChartSpec s, RecordComponent group, RecordComponent option) {
        return DrawnKinds.read(option, (Record) DrawnKinds.read(group, s));
    }

    private static ChartSpec write(ChartSpec s, RecordComponent group, RecordComponent option, Object value) {
        Record changed = DrawnKinds.with((Record) DrawnKinds.read(group, s), option, value);
        return DrawnKinds.with(s, group, changed);
    }

    private static List<String> names(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    /** The key a spec file writes: its {@code @JsonProperty} name, else the component's. */
    private static String key(RecordComponent option) {
        JsonProperty named = option.getAccessor().getAnnotation(JsonProperty.class);
        return named == null ? option.getName() : named.value();
    }

    private static String specName(Object constant) {
        try {
            return String.valueOf(constant.getClass().getMethod("specName").invoke(constant));
        } catch (ReflectiveOperationException e) {
            return ((Enum<?>) constant).name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code errorBar} -> "Error bar". */
    static String words(String camel) {
        if (ACRONYMS.contains(camel)) {
            return camel.toUpperCase(Locale.ROOT);
        }
        String spaced = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
