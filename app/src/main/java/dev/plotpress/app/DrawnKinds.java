package dev.plotpress.app;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.internal.model.DrawnBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The kinds that draw an option, as the spec model declares them ({@link DrawnBy} on a component of ChartSpec or of
 * one of its option groups): the sheet shows a row for those kinds only, and a kind change lets go of the rest, so an
 * option added to the model with its {@code @DrawnBy} needs no edit here.
 */
final class DrawnKinds {
    private DrawnKinds() {
    }

    /** The kinds that draw {@code component} of ChartSpec (every kind when it declares none). */
    static Set<ChartKind> of(String component) {
        return of(component(ChartSpec.class, component));
    }

    /** The kinds that draw {@code component}, within the kinds that draw the group holding it. */
    static Set<ChartKind> of(RecordComponent component) {
        DrawnBy drawnBy = component.getAnnotation(DrawnBy.class);
        Set<ChartKind> kinds = drawnBy == null || drawnBy.value().length == 0 ? EnumSet.allOf(ChartKind.class)
                : EnumSet.copyOf(Arrays.asList(drawnBy.value()));
        if (drawnBy != null) {
            Arrays.asList(drawnBy.except()).forEach(kinds::remove);
        }
        if (component.getDeclaringRecord() != ChartSpec.class) {
            Arrays.stream(ChartSpec.class.getRecordComponents()).filter(c -> c.getType() == component.getDeclaringRecord())
                    .findFirst().ifPresent(group -> kinds.retainAll(of(group)));
        }
        return kinds;
    }

    static RecordComponent component(Class<?> record, String name) {
        return Arrays.stream(record.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(record.getSimpleName() + " has no " + name));
    }

    /**
     * {@code options} with every component that {@code kind} does not draw set back to its value in {@code defaults}
     * (looking into the option groups and the per-series styles), the rest kept.
     */
    @SuppressWarnings("unchecked")
    static <R extends Record> R undrawnReset(R options, R defaults, ChartKind kind) {
        RecordComponent[] components = options.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            Object value = read(components[i], options);
            Object byDefault = defaults == null ? null : read(components[i], defaults);
            Object kept;
            if (!of(components[i]).contains(kind)) {
                kept = byDefault;
            } else if (value instanceof Record group && byDefault instanceof Record groupDefaults) {
                kept = undrawnReset(group, groupDefaults, kind);
            } else if (value instanceof Map<?, ?> entries && !entries.isEmpty()
                    && entries.values().iterator().next() instanceof Record) {
                Map<Object, Object> fitted = new LinkedHashMap<>();
                entries.forEach((name, entry) -> fitted.put(name, undrawnReset((Record) entry, null, kind)));
                kept = fitted;
            } else {
                kept = value;
            }
            changed |= kept != value;
            values[i] = kept;
        }
        return changed ? (R) construct(options.getClass(), values) : options;
    }

    /** {@code options} with {@code component} replaced by {@code value} (its constructor's checks apply). */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R options, RecordComponent component, Object value) {
        RecordComponent[] components = options.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getName().equals(component.getName()) ? value : read(components[i], options);
        }
        return (R) construct(options.getClass(), values);
    }

    static Object read(RecordComponent component, Record options) {
        try {
            return component.getAccessor().invoke(options);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e); // public records: never happens
        }
    }

    private static Record construct(Class<?> type, Object[] values) {
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return (Record) type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused; // the record's own check, with its message for the status bar
            }
            throw new IllegalStateException("cannot make " + type.getSimpleName(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + type.getSimpleName(), e);
        }
    }
}
