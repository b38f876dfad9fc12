package dev.plotpress.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonFactory;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ColumnTypes;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON file holding a list of records, {@code [{"x": 1, "y": "a"}, ...]}, as pandas'
 * {@code to_json(orient="records")} writes it. Keys become columns in first-seen order; a key a record lacks
 * (or null) is a missing value. Values are typed like CSV cells: a column whose values are all numbers, or
 * strings that read as numbers, is numeric; anything else is text (true/false included). Read with Jackson's
 * streaming parser, value by value into typed columns: no record object is built.
 */
final class JsonRecordsFile {
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private JsonRecordsFile() {
    }

    /** Reads the file into typed columns; call {@link CellColumns#toTable()} on the result. */
    static CellColumns read(Path file, ColumnTypes types, Set<String> asText, ReadProgress progress) {
        String source = file.toString();
        boolean listClosed = false;
        try (CountedInput bytes = new CountedInput(Files.newInputStream(file));
             JsonParser parser = FACTORY.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new BadInputException(at(source, parser.currentTokenLocation()) + "expected a list of records "
                        + "like [{\"x\": 1, \"y\": 2}, ...]; write the data as a JSON array of objects");
            }
            CellColumns columns = new CellColumns(source, types, asText).reporting(progress, bytes::bytes, Files.size(file));
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonLocation start = parser.currentTokenLocation();
                int index = columns.rowCount();
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new BadInputException(at(source, start) + "record " + index + " is not an object; every "
                            + "element of the list must be {\"column\": value, ...}");
                }
                int row = columns.addRow(start.getLineNr());
                String key;
                while ((key = parser.nextFieldName()) != null) {
                    int column = columns.indexOf(key);
                    ColumnCells cells = columns.column(column >= 0 ? column : columns.addColumn(key));
                    JsonToken value = parser.nextToken();
                    switch (value) {
                        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> cells.setNumber(row, parser.getDoubleValue(), parser.getText());
                        case VALUE_STRING -> cells.set(row, parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
                        case VALUE_TRUE, VALUE_FALSE -> cells.set(row, parser.getText());
                        case VALUE_NULL -> cells.setMissing(row);
                        default -> throw new BadInputException(at(source, start) + "record " + index + ", key '" + key
                                + "': nested " + (value == JsonToken.START_ARRAY ? "lists" : "objects") + " cannot be "
                                + "charted; give each record plain values (numbers, text, true/false or null)");
                    }
                }
            }
            listClosed = true;
            if (parser.nextToken() != null) {
                throw new BadInputException(at(source, parser.currentTokenLocation()) + "text after the closing ] of "
                        + "the list of records; a data file holds one list: remove what follows it");
            }
            if (columns.rowCount() == 0) {
                throw new BadInputException(source + ": has no data rows; the list of records is empty");
            }
            return columns;
        } catch (JsonProcessingException e) {
            String message = String.valueOf(e.getOriginalMessage());
            if (message.startsWith("Duplicate field ")) {
                throw new BadInputException(at(source, e.getLocation()) + "a record has the key "
                        + message.substring("Duplicate field ".length()) + " twice; keep one of them", e);
            }
            if (listClosed) {
                throw new BadInputException(at(source, e.getLocation()) + "text after the closing ] of the list of "
                        + "records; a data file holds one list: remove what follows it", e);
            }
            throw new BadInputException(at(source, e.getLocation()) + "is not valid JSON: " + e.getOriginalMessage()
                    + "; fix the JSON syntax there", e);
        } catch (CharConversionException e) {
            throw new BadInputException(source + ": is not UTF-8 text; save it as UTF-8", e);
        } catch (IOException e) {
            throw new BadInputException(source + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static String at(String source, JsonLocation location) {
        return location == null ? source + ": " : source + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
    }

    /** Records given in a spec ({@code data.values}), typed as a JSON file's records are. */
    static CellColumns records(List<Map<String, Object>> records, String source, ColumnTypes types, Set<String> asText) {
        CellColumns columns = new CellColumns(source, types, asText);
        for (Map<String, Object> record : records) {
            int index = columns.rowCount();
            if (record == null) {
                throw new BadInputException(source + ": record " + index + " is empty; give every record as {column: value, ...}");
            }
            int row = columns.addRow(index + 1);
            for (Map.Entry<String, Object> field : record.entrySet()) {
                Object value = field.getValue();
                if (value instanceof Map || value instanceof List) {
                    throw new BadInputException(source + ": record " + index + ", key '" + field.getKey() + "': nested "
                            + (value instanceof List ? "lists" : "objects") + " cannot be charted; give each record plain "
                            + "values (numbers, text, true/false or null)");
                }
                int column = columns.indexOf(field.getKey());
                ColumnCells cells = columns.column(column >= 0 ? column : columns.addColumn(field.getKey()));
                if (value == null) {
                    cells.setMissing(row);
                } else if (value instanceof Number number) {
                    cells.setNumber(row, number.doubleValue(), value.toString());
                } else {
                    cells.set(row, value.toString());
                }
            }
        }
        if (columns.rowCount() == 0) {
            throw new BadInputException(source + ": has no data rows; the list of records is empty");
        }
        return columns;
    }
}
