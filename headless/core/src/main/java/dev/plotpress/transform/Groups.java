package dev.plotpress.transform;

import dev.plotpress.model.Column;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.TemporalColumn;
import dev.plotpress.model.TextColumn;

import java.util.Arrays;
import java.util.List;

/**
 * The rows of a table split by the values of some columns, columnar: a dense group number per row, groups in
 * key order (numbers and dates ascending, categories in their order, a missing key last, as its own group), and
 * each group's first row to take the key values from.
 */
final class Groups {
    private final int[] groupOfRow;
    private final int count;
    private final int[] firstRow;

    private Groups(int[] groupOfRow, int count) {
        this.groupOfRow = groupOfRow;
        this.count = count;
        this.firstRow = new int[count];
        Arrays.fill(firstRow, -1);
        for (int row = 0; row < groupOfRow.length; row++) {
            if (firstRow[groupOfRow[row]] < 0) {
                firstRow[groupOfRow[row]] = row;
            }
        }
    }

    static Groups of(List<? extends Column> keys, int rows) {
        long[] composite = new long[rows];
        int cardinality = 1;
        for (Column key : keys) {
            Ranks ranks = ranks(key);
            for (int row = 0; row < rows; row++) {
                composite[row] = composite[row] * ranks.count + ranks.rank[row];
            }
            cardinality = dense(composite);
        }
        int[] groups = new int[rows];
        for (int row = 0; row < rows; row++) {
            groups[row] = (int) composite[row];
        }
        return new Groups(groups, keys.isEmpty() ? Math.min(1, rows) : cardinality);
    }

    /** Replaces each key (>= 0) by its rank among the distinct keys (so order is kept); returns how many there are. */
    private static int dense(long[] keys) {
        long max = 0;
        for (long key : keys) {
            max = Math.max(max, key);
        }
        if (max < Math.max(2L * keys.length, 1 << 16)) { // small keys: count them, no sort
            int[] rankOf = new int[(int) max + 1];
            for (long key : keys) {
                rankOf[(int) key] = 1;
            }
            int n = 0;
            for (int key = 0; key <= max; key++) {
                rankOf[key] = rankOf[key] == 1 ? n++ : -1;
            }
            for (int row = 0; row < keys.length; row++) {
                keys[row] = rankOf[(int) keys[row]];
            }
            return keys.length == 0 ? 0 : n;
        }
        long[] distinct = keys.clone();
        Arrays.sort(distinct);
        int n = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || distinct[i] != distinct[i - 1]) {
                distinct[n++] = distinct[i];
            }
        }
        for (int row = 0; row < keys.length; row++) {
            keys[row] = Arrays.binarySearch(distinct, 0, n, keys[row]);
        }
        return n;
    }

    private record Ranks(int[] rank, int count) {
    }

    private static Ranks ranks(Column column) {
        int rows = column.size();
        int[] rank = new int[rows];
        if (column instanceof TextColumn text) {
            int missing = text.categories().size();
            for (int row = 0; row < rows; row++) {
                int code = text.code(row);
                rank[row] = code < 0 ? missing : code;
            }
            return new Ranks(rank, missing + 1);
        }
        double[] values = column instanceof NumericColumn n ? n.toArray() : ((TemporalColumn) column).toArray();
        DistinctNumbers distinct = DistinctNumbers.of(values);
        int[] rankOfId = distinct.ranks();
        for (int row = 0; row < rows; row++) {
            rank[row] = Double.isNaN(values[row]) ? distinct.count() : rankOfId[distinct.id(row)];
        }
        return new Ranks(rank, distinct.count() + 1);
    }

    int count() {
        return count;
    }

    int of(int row) {
        return groupOfRow[row];
    }

    int rows() {
        return groupOfRow.length;
    }

    /** Each group's first row, in group order: the rows whose key values the result shows. */
    int[] firstRows() {
        return firstRow.clone();
    }

    /** The rows of each group together, group by group ({@code offsets} has count + 1 entries). */
    record Members(int[] rows, int[] offsets) {
    }

    Members members() {
        int[] offsets = new int[count + 1];
        for (int group : groupOfRow) {
            offsets[group + 1]++;
        }
        for (int g = 0; g < count; g++) {
            offsets[g + 1] += offsets[g];
        }
        int[] next = Arrays.copyOf(offsets, count);
        int[] rows = new int[groupOfRow.length];
        for (int row = 0; row < groupOfRow.length; row++) {
            rows[next[groupOfRow[row]]++] = row;
        }
        return new Members(rows, offsets);
    }
}
