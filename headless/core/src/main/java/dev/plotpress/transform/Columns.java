package dev.plotpress.transform;

import dev.plotpress.internal.model.Suggestion;
import dev.plotpress.model.Column;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.Table;

/** Finding a step's columns, with an error that names the step's key and the column meant. */
final class Columns {
    private Columns() {
    }

    /** @param field the step's key, e.g. {@code aggregate.groupBy} */
    static Column find(Table table, String name, String field) {
        if (table.has(name)) {
            return table.column(name);
        }
        String hint = Suggestion.hint(name, table.columnNames());
        throw new InvalidSpecException(field, "no column '" + name + "'" + hint
                + (hint.isEmpty() ? "; the columns are " + String.join(", ", table.columnNames()) : ""));
    }
}
