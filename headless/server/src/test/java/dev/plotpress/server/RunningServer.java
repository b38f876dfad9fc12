package dev.plotpress.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * A real server on a random loopback port, serving a folder of test charts: {@code sales} (a parameter
 * {@code region}, north or south, choosing the data file), {@code metric} (the web report's 1000-point line) and
 * {@code heatmap} (random data). Requests go over real HTTP through java.net.http.
 */
final class RunningServer implements AutoCloseable {
    static final String SALES = """
            params:
              region: {type: string, values: [north, south], default: north}
              months: {type: number, min: 1, max: 12, default: 12}
            kind: line
            title: "Sales: ${region}"
            data: {file: "${region}.csv"}
            x: month
            y: sales
            axes: {xMax: "${months}"}
            size: {width: 400, height: 300}
            """;

    final Path folder;
    final ChartServer server;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    RunningServer(Path folder, UnaryOperator<ServerOptions> change) throws Exception {
        this.folder = folder;
        Files.writeString(folder.resolve("sales.yaml"), SALES);
        Files.writeString(folder.resolve("north.csv"), table(1));
        Files.writeString(folder.resolve("south.csv"), table(-1));
        Files.copy(Path.of("../../examples/data/live_metric.csv"), folder.resolve("live_metric.csv"));
        Files.writeString(folder.resolve("metric.yaml"), Files.readString(Path.of("../../examples/line_chart.yaml"))
                .replace("data/live_metric.csv", "live_metric.csv"));
        Files.copy(Path.of("../../examples/correlation_heatmap.yaml"), folder.resolve("heatmap.yaml"));
        server = new ChartServer(change.apply(ServerOptions.defaults(folder).withPort(0)), new PrintStream(log, true, StandardCharsets.UTF_8));
        server.start();
        for (int wait = 0; wait < 300 && get("/readyz").statusCode() != 200; wait++) {
            Thread.sleep(100); // the served charts are drawn once before the server says ready
        }
    }

    RunningServer(Path folder) throws Exception {
        this(folder, UnaryOperator.identity());
    }

    /** Twelve months of sales rising ({@code sign} 1) or falling (-1). */
    static String table(int sign) {
        StringBuilder csv = new StringBuilder("month,sales\n");
        for (int month = 1; month <= 12; month++) {
            csv.append(month).append(',').append(100 + sign * 10 * month).append('\n');
        }
        return csv.toString();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpResponse<byte[]> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    HttpResponse<byte[]> post(String pathAndQuery, String contentType, String body) throws IOException, InterruptedException {
        return post(pathAndQuery, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> post(String pathAndQuery, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /**
     * Sends once more when the pooled connection the client picked had been closed by the server after an earlier
     * answer (a refusal closes its connection): the request never reached the server, so the test would be testing
     * the client's pool. A server that drops the request itself fails the second send too.
     */
    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    String accessLog() {
        return log.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
