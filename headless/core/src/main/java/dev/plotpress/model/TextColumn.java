package dev.plotpress.model;

import dev.plotpress.internal.model.NumberText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A categorical column: text values, each row a code into {@link #categories()}, which keep the order in which
 * they first appear. A missing value is null (code -1). Immutable.
 */
public final class TextColumn implements Column {
    private final String name;
    private final int[] codes;
    private final List<String> categories;

    public TextColumn(String name, String[] values) {
        this.name = name;
        this.codes = new int[values.length];
        Map<String, Integer> index = new HashMap<>();
        List<String> seen = new ArrayList<>();
        for (int row = 0; row < values.length; row++) {
            String value = values[row];
            if (value == null) {
                codes[row] = -1;
                continue;
            }
            Integer code = index.putIfAbsent(value, seen.size());
            if (code == null) {
                code = seen.size();
                seen.add(value);
            }
            codes[row] = code;
        }
        this.categories = List.copyOf(seen);
    }

    private TextColumn(String name, int[] codes, List<String> categories) {
        this.name = name;
        this.codes = codes;
        this.categories = categories;
    }

    /**
     * A column from codes into {@code categories} (distinct, non-null), taking {@code codes} as its own; -1 is
     * missing. The caller must not change the array afterwards.
     */
    public static TextColumn ofCodes(String name, int[] codes, List<String> categories) {
        return new TextColumn(name, codes, List.copyOf(categories));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return codes.length;
    }

    @Override
    public boolean isMissing(int row) {
        return codes[row] < 0;
    }

    public String get(int row) {
        int code = codes[row];
        return code < 0 ? null : categories.get(code);
    }

    /** The code of row {@code row} into {@link #categories()}; -1 when missing. */
    public int code(int row) {
        return codes[row];
    }

    /** The distinct values in the order they first appear (or the order they were given in). */
    public List<String> categories() {
        return categories;
    }

    @Override
    public TextColumn select(int[] rows) {
        int[] picked = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = codes[rows[i]];
        }
        return new TextColumn(name, picked, categories).compacted();
    }

    @Override
    public TextColumn renamed(String newName) {
        return new TextColumn(newName, codes, categories);
    }

    /** The same values with the categories no row uses dropped, in first-appearance order. */
    TextColumn compacted() {
        int[] remap = new int[categories.size()];
        Arrays.fill(remap, -1);
        List<String> kept = new ArrayList<>();
        int[] recoded = new int[codes.length];
        for (int row = 0; row < codes.length; row++) {
            int code = codes[row];
            if (code < 0) {
                recoded[row] = -1;
                continue;
            }
            if (remap[code] < 0) {
                remap[code] = kept.size();
                kept.add(categories.get(code));
            }
            recoded[row] = remap[code];
        }
        return new TextColumn(name, recoded, List.copyOf(kept));
    }

    /** The first row whose value is neither missing nor a number (see {@code NumberText}), if any. */
    public OptionalInt firstNonNumber() {
        for (int row = 0; row < codes.length; row++) {
            if (!NumberText.fitsNumericColumn(get(row))) {
                return OptionalInt.of(row);
            }
        }
        return OptionalInt.empty();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TextColumn other) || !name.equals(other.name) || codes.length != other.codes.length) {
            return false;
        }
        for (int row = 0; row < codes.length; row++) {
            if (!java.util.Objects.equals(get(row), other.get(row))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = name.hashCode();
        for (int row = 0; row < codes.length; row++) {
            hash = 31 * hash + java.util.Objects.hashCode(get(row));
        }
        return hash;
    }

    @Override
    public String toString() {
        return "TextColumn[" + name + ", " + codes.length + " rows, " + categories.size() + " categories]";
    }
}
