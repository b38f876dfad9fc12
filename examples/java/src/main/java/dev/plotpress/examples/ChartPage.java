package dev.plotpress.examples;

import com.sun.net.httpserver.HttpServer;
import dev.plotpress.Chart;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The Java twin of matplotlib's "Embedding in a web application server (Flask)" example: every request draws a
 * chart into memory and answers with a page carrying it as a data URI. No window toolkit, no figure registry:
 * nothing outlives the request, so memory stays flat however many pages are served.
 */
public final class ChartPage {
    private ChartPage() {
    }

    /** Serves the page on {@code port} (0: any free port) until the server is stopped. */
    public static HttpServer serve(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            String img = Chart.line(new double[]{0, 1}, new double[]{1, 2}).size(640, 480).imgTag();
            byte[] page = ("<!doctype html>\n<html><body>" + img + "</body></html>\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        server.start();
        return server;
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = serve(args.length > 0 ? Integer.parseInt(args[0]) : 8080);
        System.out.println("serving http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }
}
