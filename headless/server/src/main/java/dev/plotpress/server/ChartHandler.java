package dev.plotpress.server;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * The routes: {@code POST /render}, {@code GET /charts/NAME.EXT}, {@code /}, {@code /live/NAME}, {@code /healthz},
 * {@code /readyz}, {@code /metrics}. Nothing here blocks on a render: the body is read and the chart drawn
 * asynchronously, and every answer that is not a chart is JSON {@code {error, where, fix}}. A failure that is not the
 * client's is a 500 whose stack trace goes to the server's log, never to the client.
 */
final class ChartHandler extends Handler.Abstract {
    private static final String CACHE_CONTROL = "no-cache";

    private final ServerOptions options;
    private final ChartFolder folder;
    private final Renderings renderings;
    private final ServerMetrics metrics;
    private final BooleanSupplier ready;
    private final TokenCheck token;

    ChartHandler(ServerOptions options, ChartFolder folder, Renderings renderings, ServerMetrics metrics, BooleanSupplier ready) {
        this.options = options;
        this.folder = folder;
        this.renderings = renderings;
        this.metrics = metrics;
        this.ready = ready;
        this.token = options.token() == null ? null : new TokenCheck(options.token());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        try {
            route(request, response, callback);
        } catch (Problem problem) {
            problem(response, callback, problem);
        } catch (Throwable bug) {
            bug(request, response, callback, bug);
        }
        return true;
    }

    private void route(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        if (token != null && !path.equals("/healthz") && !path.equals("/readyz")
                && token.check(request, response) == TokenCheck.Outcome.REDIRECTED) {
            callback.succeeded();
            return;
        }
        if (path.equals("/render")) {
            allow(method, response, "POST");
            post(request, response, callback);
            return;
        }
        allow(method, response, "GET", "HEAD");
        switch (path) {
            case "/healthz" -> text(response, callback, 200, "text/plain; charset=utf-8", "ok\n");
            case "/readyz" -> text(response, callback, ready.getAsBoolean() ? 200 : 503, "text/plain; charset=utf-8",
                    ready.getAsBoolean() ? "ready\n" : "starting or stopping\n");
            case "/metrics" -> text(response, callback, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
            case "/" -> text(response, callback, 200, "text/html; charset=utf-8", dashboard());
            default -> {
                if (path.startsWith("/charts/")) {
                    chart(request, response, callback, path.substring("/charts/".length()));
                } else if (path.startsWith("/live/") && folder != null) {
                    String name = path.substring("/live/".length());
                    folder.specFile(name); // 404 now rather than a page whose image never loads
                    text(response, callback, 200, "text/html; charset=utf-8", Pages.live(name, plainQuery(request)));
                } else {
                    throw new Problem(404, "path", "nothing at " + shorten(path), "the routes are POST /render, GET /charts/NAME.png|jpeg|svg|pdf, "
                            + "/, /live/NAME, /healthz, /readyz and /metrics");
                }
            }
        }
    }

    private void chart(Request request, Response response, Callback callback, String file) {
        int dot = file.lastIndexOf('.');
        if (dot < 0) {
            throw new Problem(404, "path", "'" + shorten(file) + "' names no image type", "ask for /charts/NAME.png, .jpeg, .svg or .pdf");
        }
        ChartQuery query = ChartQuery.forChart(Request.extractQueryParameters(request), file.substring(dot + 1));
        answer(request, response, callback, renderings.chart(file.substring(0, dot), query));
    }

    private void post(Request request, Response response, Callback callback) {
        ChartQuery query = ChartQuery.forPost(Request.extractQueryParameters(request), request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        long length = request.getLength();
        if (length > options.maxBodyBytes()) {
            throw tooLarge(length);
        }
        CompletableFuture<byte[]> body = Content.Source.asByteArrayAsync(request, (int) options.maxBodyBytes())
                .orTimeout(options.bodyTimeout().toMillis(), TimeUnit.MILLISECONDS);
        body.whenComplete((bytes, error) -> {
            try {
                if (error != null) {
                    throw bodyProblem(request, unwrap(error));
                }
                if (bytes.length == 0) {
                    throw new Problem(400, "request body", "the body is empty", "send a chart spec (YAML or JSON) with its data inline");
                }
                answer(request, response, callback, renderings.posted(bytes, query));
            } catch (Problem problem) {
                problem(response, callback, problem);
            } catch (Throwable bug) {
                bug(request, response, callback, bug);
            }
        });
    }

    /** Every chart of the folder, each with what stops it from being drawn (null when nothing does). */
    private String dashboard() {
        java.util.Map<String, Problem> charts = new java.util.LinkedHashMap<>();
        for (String name : folder == null ? List.<String>of() : folder.names()) {
            charts.put(name, renderings.problemOf(name));
        }
        return Pages.dashboard(charts);
    }

    private Problem bodyProblem(Request request, Throwable error) {
        if (error instanceof TimeoutException) {
            return new Problem(408, "request body", "the body did not arrive within " + options.bodyTimeout().toSeconds()
                    + " s", "send the whole body at once");
        }
        if (Request.getContentBytesRead(request) > options.maxBodyBytes() || String.valueOf(error.getMessage()).contains("too large")
                || String.valueOf(error.getMessage()).contains("exceed")) {
            return tooLarge(Request.getContentBytesRead(request));
        }
        return new Problem(400, "request body", "the body could not be read: " + error.getMessage(), "send it again");
    }

    private Problem tooLarge(long length) {
        return new Problem(413, "request body", String.format("the body is larger than the %,d bytes this server reads%s",
                options.maxBodyBytes(), length > 0 ? " (" + String.format("%,d", length) + " bytes or more)" : ""),
                "send less inline data, or serve the data from a file of the served folder (or ask whoever runs this server for a larger --max-body-kib)");
    }

    private void answer(Request request, Response response, Callback callback, Renderings.Planned planned) {
        List<String> lines = request.getHeaders().getValuesList(HttpHeader.IF_NONE_MATCH);
        String match = lines.isEmpty() ? null : String.join(",", lines);   // several header lines are one list
        if (match != null && matches(match, planned.etag())) {
            response.setStatus(304);
            response.getHeaders().put(HttpHeader.ETAG, planned.etag());
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, CACHE_CONTROL);
            callback.succeeded();
            return;
        }
        CompletableFuture<Renderings.Rendered> rendering;
        try {
            rendering = renderings.render(planned, Request.getRemoteAddr(request));
        } catch (Problem problem) {
            problem(response, callback, problem);
            return;
        }
        rendering.whenComplete((rendered, error) -> {
            if (error == null) {
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, rendered.mediaType());
                response.getHeaders().put(HttpHeader.ETAG, rendered.etag());
                response.getHeaders().put(HttpHeader.CACHE_CONTROL, CACHE_CONTROL);
                for (String warning : rendered.warnings()) {
                    response.getHeaders().add(new HttpField("X-Plotpress-Warning", headerText(warning)));
                }
                response.write(true, ByteBuffer.wrap(rendered.bytes()), callback);
            } else if (unwrap(error) instanceof Problem problem) {
                problem(response, callback, problem);
            } else {
                bug(request, response, callback, unwrap(error));
            }
        });
    }

    /** If-None-Match compares weakly (RFC 9110, 13.1.2): {@code W/"x"} matches {@code "x"}. */
    static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String plain = tag.strip();
            if (plain.equals("*") || (plain.startsWith("W/") ? plain.substring(2) : plain).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A header value is ISO-8859-1 on the wire, so a warning naming a column "Température" would arrive garbled: its
     * text is sent as percent-encoded UTF-8 ('%' itself as %25), which {@code decodeURIComponent} or
     * {@code urllib.parse.unquote} turns back into the CLI's words; line breaks become spaces.
     */
    static String headerText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.replaceAll("[\\r\\n]+", " ").getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 0x20 && c < 0x7F && c != '%') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static void allow(String method, Response response, String... allowed) {
        if (!List.of(allowed).contains(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", allowed));
            throw new Problem(405, "method", method + " is not allowed here", "use " + String.join(" or ", allowed));
        }
    }

    /** The query as one value per key, for pages that pass it on. */
    private static Map<String, String> plainQuery(Request request) {
        Map<String, String> query = new TreeMap<>();
        for (Fields.Field field : Request.extractQueryParameters(request)) {
            query.put(field.getName(), field.getValue());
        }
        return query;
    }

    private static void problem(Response response, Callback callback, Problem problem) {
        if (problem.retryAfterSeconds() != null) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(problem.retryAfterSeconds()));
        }
        if (problem.status() >= 400 && problem.status() != 401 && problem.status() != 404 && problem.status() != 405) {
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        }
        text(response, callback, problem.status(), "application/json", problem.json() + "\n");
    }

    private static void bug(Request request, Response response, Callback callback, Throwable bug) {
        System.err.println("plotpress serve: internal error on " + request.getMethod() + " " + TokenCheck.loggable(request.getHttpURI().getPathQuery())
                + " (a bug: please report it with the lines below)");
        bug.printStackTrace();
        problem(response, callback, new Problem(500, null, "internal error (a bug in Plotpress); the server's log has the details",
                "report it with the server's log"));
    }

    private static void text(Response response, Callback callback, int status, String type, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
