package dev.plotpress.transform;

import dev.plotpress.model.Column;
import dev.plotpress.model.ColumnType;
import dev.plotpress.model.InvalidSpecException;
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
 * Wide to long, as pandas' {@code melt(id_vars=other columns, value_vars=columns, var_name=key, value_name=value)}:
 * each of {@code columns} becomes rows with its name in {@code key} and its value in {@code value}, the other
 * columns repeated; all the rows of the first column come first. The folded columns must share one type.
 */
public record Fold(List<String> columns, String key, String value) implements TransformStep {
    public Fold {
        columns = List.copyOf(columns);
        key = key == null ? "key" : key;
        value = value == null ? "value" : value;
    }

    @Override
    public Table apply(Table table) {
        List<Column> folded = new ArrayList<>();
        for (String name : columns) {
            folded.add(Columns.find(table, name, "fold.columns"));
        }
        ColumnType type = ColumnType.of(folded.get(0));
        for (Column column : folded) {
            if (ColumnType.of(column) != type) {
                throw new InvalidSpecException("fold.columns", "'" + folded.get(0).name() + "' is " + type + " but '"
                        + column.name() + "' is " + ColumnType.of(column) + "; fold columns of one type");
            }
        }
        int rows = table.rowCount();
        int n = folded.size();
        int[] repeated = new int[rows * n];
        int[] keyCodes = new int[rows * n];
        for (int i = 0; i < n; i++) {
            for (int row = 0; row < rows; row++) {
                repeated[i * rows + row] = row;
                keyCodes[i * rows + row] = i;
            }
        }
        List<Column> result = new ArrayList<>();
        for (Column column : table.columns()) {
            if (!columns.contains(column.name())) {
                result.add(column.select(repeated));
            }
        }
        result.add(TextColumn.ofCodes(key, keyCodes, columns));
        result.add(stacked(folded, type, rows));
        return new Table(table.source(), result);
    }

    private Column stacked(List<Column> folded, ColumnType type, int rows) {
        if (type == ColumnType.CATEGORICAL) {
            String[] texts = new String[rows * folded.size()];
            for (int i = 0; i < folded.size(); i++) {
                TextColumn text = (TextColumn) folded.get(i);
                for (int row = 0; row < rows; row++) {
                    texts[i * rows + row] = text.get(row);
                }
            }
            return new TextColumn(value, texts);
        }
        double[] values = new double[rows * folded.size()];
        for (int i = 0; i < folded.size(); i++) {
            Column column = folded.get(i);
            for (int row = 0; row < rows; row++) {
                values[i * rows + row] = column instanceof NumericColumn n ? n.get(row) : ((TemporalColumn) column).get(row);
            }
        }
        return type == ColumnType.TEMPORAL ? TemporalColumn.wrap(value, values, ((TemporalColumn) folded.get(0)).format())
                : NumericColumn.wrap(value, values);
    }

    @Override
    public Object toSpec() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("columns", columns);
        if (!key.equals("key") || !value.equals("value")) {
            body.put("as", List.of(key, value));
        }
        return Map.of("fold", body);
    }
}
