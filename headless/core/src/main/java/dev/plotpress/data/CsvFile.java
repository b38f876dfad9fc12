package dev.plotpress.data;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ColumnTypes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file with a header row, read with FastCSV: quoted fields, UTF-8 with or without a byte order mark,
 * and the delimiter (comma, semicolon or tab) taken from the header line. Blank lines are skipped. Fields go
 * straight into typed columns ({@link CellColumns}); no record is kept.
 */
final class CsvFile {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvFile() {
    }

    /** Reads the file into typed columns; call {@link CellColumns#toTable()} on the result. */
    static CellColumns read(Path file, ColumnTypes types, Set<String> asText, ReadProgress progress) {
        try (CountedInput bytes = new CountedInput(Files.newInputStream(file));
             BufferedReader in = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()))) {
            CellColumns columns = new CellColumns(file.toString(), types, asText).reporting(progress, bytes::bytes, Files.size(file));
            return read(in, file.toString(), columns, () -> endsWithQuote(file));
        } catch (CharacterCodingException e) {
            throw notUtf8(file.toString(), 0);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** CSV text given in a spec ({@code data.csv}); {@code source} names it in messages. */
    static CellColumns read(String text, String source, ColumnTypes types, Set<String> asText) {
        return read(new BufferedReader(new java.io.StringReader(text)), source, new CellColumns(source, types, asText),
                () -> text.stripTrailing().endsWith("\""));
    }

    /** Whether the text's last non-blank character is a quote (asked only when the last field ran on). */
    private interface EndsWithQuote {
        boolean test() throws IOException;
    }

    private static CellColumns read(BufferedReader in, String source, CellColumns columns, EndsWithQuote endsWithQuote) {
        Cells cells = new Cells(source, columns);
        try {
            skipByteOrderMark(in);
            String headerLine = firstLine(in, source);
            if (headerLine == null) {
                throw noDataRows(source);
            }
            cells.delimiter = delimiterOf(headerLine);
            CsvReader<Void> csv = CsvReader.builder().fieldSeparator(cells.delimiter).allowExtraFields(true)
                    .allowMissingFields(true).build(cells, in);
            for (Void ignored : csv) {
                // every record is handled as it is parsed; none is kept
            }
            if (cells.runsOn && !endsWithQuote.test()) {
                throw unclosedQuote(source, cells.line, cells.columns.rowCount(), cells.lastFieldCount);
            }
            if (cells.columns.rowCount() == 0) {
                throw noDataRows(source);
            }
            return cells.columns;
        } catch (CharacterCodingException e) {
            throw notUtf8(source, cells.line);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8(source, cells.line);
            }
            throw new BadInputException(source + ": cannot be read: " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(source + ": cannot be read: " + e.getMessage(), e);
        } catch (CsvParseException e) {
            if (String.valueOf(e.getMessage()).contains("maximum buffer size")) {
                throw new BadInputException(source + ":" + cells.line + ": a field longer than 16 MiB (the most one "
                        + "field may hold); if a quote (\") opens there and is never closed, close it; otherwise "
                        + "split the field", e);
            }
            if (e.getCause() instanceof RuntimeException fromCallback) {
                throw fromCallback; // ours (a bad row, or a bug), not the CSV syntax
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new BadInputException(source + ": is not valid CSV after line " + cells.line + ": " + e.getMessage()
                    + "; check for an unclosed quote", e);
        }
    }

    /**
     * FastCSV's callbacks, straight into the columns: each field's characters go to its column, which parses a
     * number from them without making a String, so a numeric column keeps no text at all.
     */
    private static final class Cells extends AbstractBaseCsvCallbackHandler<Void> {
        private final String source;
        private final CellColumns columns;
        private final List<String> header = new ArrayList<>();
        private char delimiter;
        private long line;
        private int width = -1;
        private int row = -1;
        /** The last field read was quoted and ran over a line break: the sign of a quote never closed. */
        private boolean runsOn;
        private int lastFieldCount;

        Cells(String source, CellColumns columns) {
            this.source = source;
            this.columns = columns;
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            line = startingLineNumber;
            row = -1; // added with its first field, so a blank line adds none
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            runsOn = quoted && hasLineBreak(buf, offset, len);
            lastFieldCount = fieldIdx + 1;
            if (width < 0) {
                header.add(new String(buf, offset, len));
                return;
            }
            if (row < 0) {
                row = columns.addRow((int) line);
            }
            if (fieldIdx < width) {
                columns.column(fieldIdx).set(row, buf, offset, len);
            }
        }

        @Override
        protected Void buildRecord() {
            if (getRecordType() != RecordType.DATA) {
                return null;
            }
            if (width < 0) {
                width = header(source, line, header, columns);
                return null;
            }
            if (getFieldCount() != width) {
                if (runsOn) {
                    throw unclosedQuote(source, line, row + 1, getFieldCount());
                }
                throw new BadInputException(source + ":" + line + ": row " + (row + 1) + " has "
                        + getFieldCount() + " fields but the header has " + width + "; give every row one "
                        + "field per column, and quote fields that contain '" + printable(delimiter) + "'");
            }
            return null;
        }
    }

    private static int header(String source, long line, List<String> names, CellColumns columns) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isBlank()) {
                throw new BadInputException(source + ":" + line + ": column " + (i + 1)
                        + " has no name in the header; name every column in the first line");
            }
            Integer earlier = seen.putIfAbsent(name, i + 1);
            if (earlier != null) {
                throw new BadInputException(source + ":" + line + ": column " + (i + 1)
                        + " is named '" + name + "' like column " + earlier + "; give each column its own name");
            }
            columns.addColumn(name);
        }
        return names.size();
    }

    private static boolean hasLineBreak(char[] buf, int offset, int len) {
        for (int i = offset; i < offset + len; i++) {
            if (buf[i] == '\n' || buf[i] == '\r') {
                return true;
            }
        }
        return false;
    }

    /** True when the file's last non-blank character is a quote: a quoted last field that does close. */
    private static boolean endsWithQuote(Path file) throws IOException {
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "r")) {
            long at = raf.length() - 1;
            int c;
            do {
                if (at < 0) {
                    return false;
                }
                raf.seek(at--);
                c = raf.read();
            } while (c == '\n' || c == '\r' || c == ' ' || c == '\t');
            return c == '"';
        }
    }

    private static BadInputException unclosedQuote(String source, long line, int row, int column) {
        return new BadInputException(source + ":" + line + ": row " + row + ", column " + column + ": a quote (\") "
                + "opened here is never closed, so the field runs on to the end of the file; close the quote or remove it");
    }

    private static void skipByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != BYTE_ORDER_MARK) {
            in.reset();
        }
    }

    /** The header is read twice (for its delimiter, then by FastCSV), so it must fit the mark. */
    private static final int MAX_HEADER_CHARS = 1 << 20;

    private static String firstLine(BufferedReader in, String source) throws IOException {
        in.mark(MAX_HEADER_CHARS + 2);
        char[] head = new char[MAX_HEADER_CHARS + 1];
        int n = 0;
        int c = in.read();
        boolean empty = c < 0;
        for (; n < head.length && c >= 0 && c != '\n' && c != '\r'; c = in.read()) {
            head[n++] = (char) c;
        }
        in.reset();
        if (n > MAX_HEADER_CHARS) {
            throw new BadInputException(source + ":1: the header line is longer than " + MAX_HEADER_CHARS + " characters; a CSV "
                    + "header names the columns on its first line (is this a CSV file?)");
        }
        return empty ? null : new String(head, 0, n);
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
