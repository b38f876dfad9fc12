package dev.plotpress.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rows a program already has (records, or maps as a JSON array of objects reads) turned into a {@link Table}. */
final class RecordTable {
    private RecordTable() {
    }

    /** One column per record component, in declaration order, named as the component. */
    static Table of(String source, List<? extends Record> records) {
        if (records.isEmpty()) {
            throw new BadInputException(source + ": no records; a chart needs at least one row");
        }
        Class<?> type = records.get(0).getClass();
        RecordComponent[] components = type.getRecordComponents();
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        for (RecordComponent component : components) {
            columns.put(component.getName(), new ArrayList<>(records.size()));
        }
        for (Record record : records) {
            if (record == null || record.getClass() != type) {
                throw new BadInputException(source + ": row " + (columns.values().iterator().next().size() + 1) + " is "
                        + (record == null ? "null" : "a " + record.getClass().getSimpleName()) + ", not a "
                        + type.getSimpleName() + "; give records of one type");
            }
            for (RecordComponent component : components) {
                columns.get(component.getName()).add(value(component.getAccessor(), record));
            }
        }
        return TableBuilder.ofColumns(source, columns);
    }

    /** One column per key found in any row, in the order keys first appear; a row without a key is missing there. */
    static Table ofRows(String source, List<? extends Map<String, ?>> rows) {
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(row -> names.addAll(row.keySet()));
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        for (String name : names) {
            List<Object> values = new ArrayList<>(rows.size());
            rows.forEach(row -> values.add(row.get(name)));
            columns.put(name, values);
        }
        return TableBuilder.ofColumns(source, columns);
    }

    private static Object value(Method accessor, Record record) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new BadInputException(record.getClass().getName() + "." + accessor.getName()
                    + ": cannot be read (" + e + "); make the record public, or on the module path open its package to dev.plotpress.core");
        } catch (InvocationTargetException e) {
            throw new BadInputException(record.getClass().getSimpleName() + "." + accessor.getName() + "() threw "
                    + e.getCause(), e.getCause());
        }
    }
}
