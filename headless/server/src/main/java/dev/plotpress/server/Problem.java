package dev.plotpress.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plotpress.model.BadInputException;

import java.util.LinkedHashMap;
import java.util.Map;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a client gets instead of a chart: a status and {@code {"error", "where", "fix"}}, the CLI's one-line message
 * split into its parts ("sales.yaml:3:7: unknown key 'titel'; the keys allowed are ..." gives where
 * {@code sales.yaml:3:7}, the error, and the fix after the first "; ").
 */
final class Problem extends RuntimeException {
    private static final Pattern PLACE = Pattern.compile("^((?:[^:;]+?:\\d+(?::\\d+)?)|[^\\s:;]+ column '[^']*'|[^\\s:;]+): (.*)$", Pattern.DOTALL);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String where;
    private final String fix;
    private final Integer retryAfterSeconds;

    Problem(int status, String where, String error, String fix) {
        this(status, where, error, fix, null);
    }

    private Problem(int status, String where, String error, String fix, Integer retryAfterSeconds) {
        super(error, null, false, false);
        this.status = status;
        this.where = where;
        this.fix = fix;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static Problem busy(String error, String fix, int retryAfterSeconds) {
        return new Problem(503, null, error, fix, retryAfterSeconds);
    }

    /** 429: this client has used its render time; Retry-After says when its budget is back. */
    static Problem overBudget(String error, String fix, long retryAfterSeconds) {
        return new Problem(429, null, error, fix, (int) Math.min(Integer.MAX_VALUE, retryAfterSeconds));
    }

    /**
     * A bad spec or data: 400, the message split; {@code hidden} (the served folder) is taken out of it. Input over
     * one of Plotpress's limits (a size, a cell count, a text length: "is over the limit of N (name)") is too large,
     * 413, whichever reader found it.
     */
    private static final Pattern SERVER_LIMIT = Pattern.compile("or raise the limit with PLOTPRESS_LIMITS=(\\w+)=\\d+");

    static Problem of(BadInputException e, String hidden) {
        String message = e.getMessage();
        int status = message.contains(" is over the limit of ") ? 413 : 400;
        if (hidden != null) {
            message = message.replace(hidden, "");
        }
        // the CLI's user sets the limit; a client of the server cannot, so point it at whoever runs the server
        message = SERVER_LIMIT.matcher(message).replaceAll("or ask whoever runs this server to raise its $1 limit (PLOTPRESS_LIMITS)");
        String where = null;
        Matcher place = PLACE.matcher(message);
        if (place.matches()) {
            where = place.group(1);
            message = place.group(2);
        }
        int semicolon = message.indexOf("; ");
        return semicolon < 0 ? new Problem(status, where, message, fixFor(message))
                : new Problem(status, where, message.substring(0, semicolon), message.substring(semicolon + 2));
    }

    /** A message that names no fix of its own still gets one: what to change, in the spec's words. */
    private static String fixFor(String message) {
        if (message.startsWith("data.file") || message.contains("data file")) {
            return "name a data file of the served folder relative to the spec (data: {file: NAME.csv}), or give the data inline";
        }
        if (message.contains("YAML") || message.contains("JSON")) {
            return "correct the spec's syntax at the place given (indentation, a ':' after each key, closed quotes and brackets)";
        }
        return "correct the spec or its data at the place given; docs/spec.schema.json lists every key and its values";
    }

    String where() {
        return where;
    }

    String fix() {
        return fix;
    }

    int status() {
        return status;
    }

    Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    String json() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", getMessage());
        body.put("where", where);
        body.put("fix", fix);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
