package dev.plotpress.data;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.Table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file with a header row, read with FastCSV: quoted fields, UTF-8 with or without a byte order mark,
 * and the delimiter (comma, semicolon or tab) taken from the header line. Blank lines are skipped.
 */
final class CsvFile {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvFile() {
    }

    static Table read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (CharacterCodingException e) {
            throw notUtf8(file.toString(), 0);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** CSV text given in a spec ({@code data.csv}); {@code source} names it in messages. */
    static Table read(String text, String source) {
        return read(new BufferedReader(new StringReader(text)), source);
    }

    private static Table read(BufferedReader in, String source) {
        long line = 0;
        try {
            skipByteOrderMark(in);
            String headerLine = firstLine(in);
            if (headerLine == null) {
                throw noDataRows(source);
            }
            char delimiter = delimiterOf(headerLine);
            CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(delimiter).allowExtraFields(true)
                    .allowMissingFields(true).ofCsvRecord(in);
            CellColumns columns = new CellColumns(source);
            int width = -1;
            for (CsvRecord record : csv) {
                line = record.getStartingLineNumber();
                if (width < 0) {
                    width = header(source, record, columns);
                    continue;
                }
                if (record.getFieldCount() != width) {
                    throw new BadInputException(source + ":" + line + ": row " + (columns.rowCount() + 1) + " has "
                            + record.getFieldCount() + " fields but the header has " + width + "; give every row one "
                            + "field per column, and quote fields that contain '" + printable(delimiter) + "'");
                }
                columns.addRow((int) line);
                for (int i = 0; i < width; i++) {
                    columns.set(i, record.getField(i));
                }
            }
            if (columns.rowCount() == 0) {
                throw noDataRows(source);
            }
            return columns.toTable();
        } catch (CharacterCodingException e) {
            throw notUtf8(source, line);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8(source, line);
            }
            throw new BadInputException(source + ": cannot be read: " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(source + ": cannot be read: " + e.getMessage(), e);
        } catch (CsvParseException e) {
            throw new BadInputException(source + ": is not valid CSV after line " + line + ": " + e.getMessage()
                    + "; check for an unclosed quote", e);
        }
    }

    private static int header(String source, CsvRecord record, CellColumns columns) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = record.getFields();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isBlank()) {
                throw new BadInputException(source + ":" + record.getStartingLineNumber() + ": column " + (i + 1)
                        + " has no name in the header; name every column in the first line");
            }
            Integer earlier = seen.putIfAbsent(name, i + 1);
            if (earlier != null) {
                throw new BadInputException(source + ":" + record.getStartingLineNumber() + ": column " + (i + 1)
                        + " is named '" + name + "' like column " + earlier + "; give each column its own name");
            }
            columns.addColumn(name);
        }
        return names.size();
    }

    private static void skipByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != BYTE_ORDER_MARK) {
            in.reset();
        }
    }

    private static String firstLine(BufferedReader in) throws IOException {
        in.mark(1 << 20);
        String line = in.readLine();
        in.reset();
        return line;
    }

    /** The most frequent of comma, semicolon and tab outside quotes in the header line; comma on a tie. */
    static char delimiterOf(String headerLine) {
        Map<Character, Integer> counts = new HashMap<>(Map.of(',', 0, ';', 0, '\t', 0));
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && counts.containsKey(c)) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        char best = ',';
        for (char candidate : new char[] {';', '\t'}) {
            if (counts.get(candidate) > counts.get(best)) {
                best = candidate;
            }
        }
        return best;
    }

    private static BadInputException noDataRows(String source) {
        return new BadInputException(source + ": has no data rows; a CSV file needs a header line with the column "
                + "names and at least one line of values below it");
    }

    private static BadInputException notUtf8(String source, long afterLine) {
        return new BadInputException(source + ": is not UTF-8 text" + (afterLine > 0 ? " (after line " + afterLine + ")" : "")
                + "; save it as UTF-8 (in a spreadsheet: 'CSV UTF-8')");
    }

    private static String printable(char delimiter) {
        return delimiter == '\t' ? "\\t" : String.valueOf(delimiter);
    }
}
