package dev.plotpress.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Errors Jetty answers itself (a malformed request line, an ambiguous path) as the same JSON as ours, without a trace. */
final class JsonErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String error = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        Problem problem = new Problem(code, "request", error, switch (code) {
            case 400 -> "send a well-formed HTTP request (a path without encoded '..', '/' or NUL)";
            case 414, 431 -> "send a shorter request line and fewer or shorter headers (together at most 8 KiB); "
                    + "put a long spec in a POST /render body instead";
            default -> null;
        });
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap((problem.json() + "\n").getBytes(StandardCharsets.UTF_8)), callback);
    }
}
