package dev.plotpress.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each key of a spec file starts, by dotted path ({@code size.width}, {@code y.1} for list items),
 * found by one walk over the file's tokens. Lets an error about a field point at its line and column.
 */
final class KeyLocations {
    private final Map<String, JsonLocation> locations;
    /** Where each key's value starts: a value of the wrong type is pointed at there. */
    private final Map<String, JsonLocation> values;

    private KeyLocations(Map<String, JsonLocation> locations, Map<String, JsonLocation> values) {
        this.locations = locations;
        this.values = values;
    }

    /** Walks {@code text}; a syntax error ends the walk early (the binding step reports it). */
    static KeyLocations of(ObjectMapper mapper, String text) {
        Map<String, JsonLocation> locations = new HashMap<>();
        Map<String, JsonLocation> values = new HashMap<>();
        try (JsonParser parser = mapper.createParser(text)) {
            JsonToken token;
            String key = null;
            while ((token = parser.nextToken()) != null) {
                JsonStreamContext context = parser.getParsingContext();
                if (key != null) {
                    values.putIfAbsent(key, parser.currentTokenLocation());
                    key = null;
                }
                if (token == JsonToken.FIELD_NAME || (context.inArray() && token.isScalarValue())) {
                    locations.putIfAbsent(path(context), parser.currentTokenLocation());
                } else if (token.isStructStart() && context.getParent() != null && context.getParent().inArray()) {
                    // a list or mapping as a list item (data.values.0): its context is the one it opens
                    locations.putIfAbsent(path(context.getParent()), parser.currentTokenLocation());
                }
                if (token == JsonToken.FIELD_NAME) {
                    key = path(context);
                }
            }
        } catch (IOException e) {
            // keep what was found before the error
        }
        return new KeyLocations(locations, values);
    }

    /** The location of {@code path}, else of its nearest enclosing key that is in the file; null if none. */
    JsonLocation find(String path) {
        String key = path;
        while (!key.isEmpty()) {
            JsonLocation location = locations.get(key);
            if (location != null) {
                return location;
            }
            int dot = key.lastIndexOf('.');
            key = dot < 0 ? "" : key.substring(0, dot);
        }
        return null;
    }

    /** Where the value of {@code path} starts, else where its key or the nearest enclosing key is; null if none. */
    JsonLocation findValue(String path) {
        JsonLocation value = values.get(path);
        return value != null ? value : find(path);
    }

    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            parts.addFirst(c.inArray() ? Integer.toString(c.getCurrentIndex()) : c.getCurrentName());
        }
        return String.join(".", parts);
    }
}
