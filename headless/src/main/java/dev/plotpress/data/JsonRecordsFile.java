package dev.plotpress.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.Table;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A JSON file holding a list of records, {@code [{"x": 1, "y": "a"}, ...]}, as pandas'
 * {@code to_json(orient="records")} writes it. Keys become columns in first-seen order; a key a record lacks
 * (or null) is a missing value. Values are typed like CSV cells: a column whose values are all numbers, or
 * strings that read as numbers, is numeric; anything else is text (true/false included).
 */
final class JsonRecordsFile {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonRecordsFile() {
    }

    static Table read(Path file) {
        String source = file.toString();
        try (JsonParser parser = MAPPER.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new BadInputException(at(source, parser.currentTokenLocation()) + "expected a list of records "
                        + "like [{\"x\": 1, \"y\": 2}, ...]; write the data as a JSON array of objects");
            }
            CellColumns columns = new CellColumns(source);
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonLocation start = parser.currentTokenLocation();
                int index = columns.rowCount();
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new BadInputException(at(source, start) + "record " + index + " is not an object; every "
                            + "element of the list must be {\"column\": value, ...}");
                }
                JsonNode record = MAPPER.readTree(parser);
                columns.addRow(start.getLineNr());
                for (Map.Entry<String, JsonNode> field : record.properties()) {
                    JsonNode value = field.getValue();
                    if (value.isContainerNode()) {
                        throw new BadInputException(at(source, start) + "record " + index + ", key '" + field.getKey()
                                + "': nested " + (value.isArray() ? "lists" : "objects") + " cannot be charted; "
                                + "give each record plain values (numbers, text, true/false or null)");
                    }
                    int column = columns.indexOf(field.getKey());
                    columns.set(column >= 0 ? column : columns.addColumn(field.getKey()), value.isNull() ? null : value.asText());
                }
            }
            if (columns.rowCount() == 0) {
                throw new BadInputException(source + ": has no data rows; the list of records is empty");
            }
            return columns.toTable();
        } catch (JsonProcessingException e) {
            throw new BadInputException(at(source, e.getLocation()) + "is not valid JSON: " + e.getOriginalMessage()
                    + "; fix the JSON syntax there", e);
        } catch (CharConversionException e) {
            throw new BadInputException(source + ": is not UTF-8 text; save it as UTF-8", e);
        } catch (IOException e) {
            throw new BadInputException(source + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Records given in a spec ({@code data.values}), typed as a JSON file's records are. */
    static Table records(List<Map<String, Object>> records, String source) {
        CellColumns columns = new CellColumns(source);
        for (Map<String, Object> record : records) {
            int index = columns.rowCount();
            if (record == null) {
                throw new BadInputException(source + ": record " + index + " is empty; give every record as {column: value, ...}");
            }
            columns.addRow(index + 1);
            for (Map.Entry<String, Object> field : record.entrySet()) {
                Object value = field.getValue();
                if (value instanceof Map || value instanceof List) {
                    throw new BadInputException(source + ": record " + index + ", key '" + field.getKey() + "': nested "
                            + (value instanceof List ? "lists" : "objects") + " cannot be charted; give each record plain "
                            + "values (numbers, text, true/false or null)");
                }
                int column = columns.indexOf(field.getKey());
                columns.set(column >= 0 ? column : columns.addColumn(field.getKey()), value == null ? null : value.toString());
            }
        }
        if (columns.rowCount() == 0) {
            throw new BadInputException(source + ": has no data rows; the list of records is empty");
        }
        return columns.toTable();
    }

    private static String at(String source, JsonLocation location) {
        return location == null ? source + ": " : source + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
    }
}
