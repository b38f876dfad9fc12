package dev.plotpress.data;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.Column;
import dev.plotpress.model.ColumnType;
import dev.plotpress.internal.model.DateSpellings;
import dev.plotpress.internal.model.NumberText;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.TemporalColumn;
import dev.plotpress.model.TextColumn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of one column as a file is read, kept typed from the first cell on: numbers straight into a
 * {@code double[]} while every cell is a number or missing (no text kept), else each distinct text once and a code
 * per row. A column that meets text after numbers says so ({@link #lostNumbers()}): its earlier cells were not kept
 * as text, so the reader reads the file again with the column as text.
 */
final class ColumnCells {
    private final String name;
    private final ColumnType declared;
    private boolean numeric;
    private int size;
    private double[] numbers;
    private int numbersSeen;
    private int[] codes;
    private Map<String, Integer> index;
    private List<String> categories;
    private boolean lostNumbers;
    private int notNumbers;
    private int firstNotNumber = -1;
    private String firstNotNumberText;

    /** @param declared the spec's type for the column, or null to infer it; {@code asText} keeps text from the start */
    ColumnCells(String name, ColumnType declared, boolean asText) {
        this.name = name;
        this.declared = declared;
        this.numeric = declared == ColumnType.NUMERIC || (declared == null && !asText);
        if (numeric) {
            numbers = new double[16];
        } else {
            startText(16);
        }
    }

    String name() {
        return name;
    }

    boolean lostNumbers() {
        return lostNumbers;
    }

    /** Sets row {@code row}'s cell (rows before it that were not set are missing; a row set twice keeps the last). */
    void set(int row, char[] buffer, int offset, int length) {
        if (numeric && isDecimal(buffer, offset, length)) {
            try {
                setNumber(row, JavaDoubleParser.parseDouble(buffer, offset, length));
                return;
            } catch (NumberFormatException e) {
                // "1e", "1.2.3": not a number; the text path says what it is
            }
        }
        set(row, new String(buffer, offset, length));
    }

    void set(int row, String cell) {
        if (numeric) {
            double value;
            try {
                value = NumberText.parse(cell);
            } catch (NumberFormatException e) {
                if (declared == ColumnType.NUMERIC) {
                    notANumber(row, cell);
                    setNumber(row, Double.NaN);
                    return;
                }
                toText();
                setText(row, cell);
                return;
            }
            setNumber(row, value);
            return;
        }
        setText(row, cell);
    }

    /** A number as a JSON file gives it (no text in between). */
    void setNumber(int row, double value, String text) {
        if (numeric) {
            setNumber(row, value);
        } else {
            setText(row, text);
        }
    }

    void setMissing(int row) {
        if (numeric) {
            setNumber(row, Double.NaN);
        } else {
            setText(row, null);
        }
    }

    private void setNumber(int row, double value) {
        if (row >= numbers.length) {
            int length = numbers.length;
            numbers = Arrays.copyOf(numbers, CellColumns.grown(length, row + 1));
            Arrays.fill(numbers, length, numbers.length, Double.NaN);
        }
        if (row >= size) {
            Arrays.fill(numbers, size, row, Double.NaN);
            size = row + 1;
        }
        numbers[row] = value;
        if (!Double.isNaN(value)) {
            numbersSeen++;
        }
    }

    private void setText(int row, String cell) {
        if (row >= codes.length) {
            codes = Arrays.copyOf(codes, CellColumns.grown(codes.length, row + 1));
        }
        if (row >= size) {
            Arrays.fill(codes, size, row, -1);
            size = row + 1;
        }
        if (NumberText.isMissing(cell)) {
            codes[row] = -1;
            return;
        }
        Integer code = index.get(cell);
        if (code == null) {
            code = categories.size();
            index.put(cell, code);
            categories.add(cell);
        }
        codes[row] = code;
    }

    private void startText(int capacity) {
        codes = new int[capacity];
        index = new HashMap<>();
        categories = new ArrayList<>();
    }

    private void toText() {
        lostNumbers = numbersSeen > 0;
        numeric = false;
        startText(Math.max(16, numbers.length));
        Arrays.fill(codes, 0, size, -1);
        numbers = null;
    }

    private void notANumber(int row, String cell) {
        if (notNumbers++ == 0) {
            firstNotNumber = row;
            firstNotNumberText = cell;
        }
    }

    /** Only digits, signs, points and exponents, with a digit: the cells the fast parser may read. */
    private static boolean isDecimal(char[] buffer, int offset, int length) {
        boolean digit = false;
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '+' && c != '-' && c != '.' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return digit;
    }

    /**
     * The typed column of {@code rows} rows: numeric when every cell was a number or missing (or the spec says
     * numeric), temporal when the spec says so or one date spelling reads every value, else categorical.
     *
     * @param dates   the spec's dateFormat, or null
     * @param where   names the file (and gives the line of a row) for errors
     */
    Column finish(int rows, String dateFormat, RowPlaces where) {
        if (numeric) {
            if (size < rows) {
                setNumber(rows - 1, Double.NaN);
            }
            if (notNumbers > 0) {
                throw new BadInputException(where.source() + " column '" + name + "': " + notNumbers + " of " + rows
                        + " values are not numbers (first: '" + firstNotNumberText + "', " + where.row(firstNotNumber)
                        + "); the spec declares it numeric: fix those cells (leave them empty or write NA if missing) "
                        + "or declare it categorical");
            }
            return NumericColumn.wrap(name, numbers.length == rows ? numbers : Arrays.copyOf(numbers, rows));
        }
        if (size < rows) {
            setText(rows - 1, null);
        }
        TextColumn text = TextColumn.ofCodes(name, codes.length == rows ? codes : Arrays.copyOf(codes, rows), categories);
        if (declared == ColumnType.CATEGORICAL) {
            return text;
        }
        TemporalColumn dates = DateSpellings.asTemporal(text, dateFormat, where.source());
        if (dates == null && (declared == ColumnType.TEMPORAL || (dateFormat != null && readsSome(dateFormat)))) {
            throw DateSpellings.notDates(where.source(), text, dateFormat);
        }
        return dates != null ? dates : text;
    }

    /** True when the column looks like it was meant to be dates: some value has a date's shape or reads. */
    private boolean readsSome(String dateFormat) {
        DateSpellings.Spelling spelling = DateSpellings.declared(dateFormat);
        for (String category : categories) {
            if (DateSpellings.looksLikeDate(category) || !Double.isNaN(spelling.millis(category))) {
                return true;
            }
        }
        return false;
    }
}
