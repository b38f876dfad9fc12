package dev.plotpress.app;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One row of the property editor: how to read a value from the chart spec and how to make a new spec
 * with it changed. Setting a value hands {@code apply} the way to build the new spec (which may fail with
 * a message for the user); the spec itself stays immutable.
 *
 * @param choices when not empty, the editor offers exactly these values (column names)
 * @param kinds   the chart kinds that draw this option: the sheet shows the row only for them
 */
record SpecField<T>(String name, String category, Class<T> type, Function<ChartSpec, T> read,
                    BiFunction<ChartSpec, T, ChartSpec> write, List<T> choices, ObjectProperty<ChartSpec> spec,
                    java.util.function.Consumer<java.util.function.Supplier<ChartSpec>> apply,
                    Set<ChartKind> kinds) implements PropertySheet.Item {

    SpecField {
        kinds = kinds == null ? EnumSet.allOf(ChartKind.class) : EnumSet.copyOf(kinds);
    }

    /** This row, shown for {@code first} and {@code more} kinds only (as render's KindOptions accepts them). */
    SpecField<T> only(ChartKind first, ChartKind... more) {
        return new SpecField<>(name, category, type, read, write, choices, spec, apply, EnumSet.of(first, more));
    }

    /** This row, shown for {@code shown} kinds only. */
    SpecField<T> shownFor(Set<ChartKind> shown) {
        return new SpecField<>(name, category, type, read, write, choices, spec, apply, shown);
    }

    /** This row, shown for the kinds that draw ChartSpec's {@code component} (its {@code @DrawnBy}). */
    SpecField<T> drawnAs(String component) {
        return shownFor(DrawnKinds.of(component));
    }

    /** This row, shown for every kind but {@code first} and {@code more}. */
    SpecField<T> except(ChartKind first, ChartKind... more) {
        return new SpecField<>(name, category, type, read, write, choices, spec, apply,
                EnumSet.complementOf(EnumSet.of(first, more)));
    }

    @Override
    public Class<?> getType() {
        return type;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return name + " (" + category + (type == String.class && choices.isEmpty() ? "; blank for the default)" : ")");
    }

    @Override
    public Object getValue() {
        return spec.get() == null ? null : read.apply(spec.get());
    }

    @Override
    public void setValue(Object value) {
        ChartSpec current = spec.get();
        if (current == null || java.util.Objects.equals(value, read.apply(current))) {
            return;
        }
        T typed = type.cast(value);
        apply.accept(() -> write.apply(current, typed));
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(Bindings.createObjectBinding(() -> spec.get() == null ? null : read.apply(spec.get()), spec));
    }
}
