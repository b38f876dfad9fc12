package dev.plotpress.server;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import org.eclipse.jetty.util.Fields;

import dev.plotpress.model.BadInputException;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Jetty (core handlers, no servlets) around {@link ChartHandler}: one connector on the bound address, a graceful
 * stop that finishes the requests in flight, one access-log line per request. Keeps no state between requests but
 * the optional cache of rendered bytes, so any number of copies can sit behind a load balancer.
 */
final class ChartServer implements AutoCloseable {
    private static final int WARM_CHARTS = 4;
    private final Server server;
    private final ServerConnector connector;
    private final RenderQueue queue;
    private final ServerMetrics metrics;
    private final GracefulHandler graceful;
    private final long stopMillis;
    private final ChartFolder folder;
    private final Renderings renderings;
    private final ServerOptions options;
    private volatile boolean ready;
    private volatile boolean stopping;

    ChartServer(ServerOptions options, PrintStream accessLog) {
        this.options = options;
        folder = options.charts() == null ? null : new ChartFolder(options.charts());
        queue = new RenderQueue(options.maxRenders(), options.queue(), options.renderTimeout());
        metrics = new ServerMetrics(queue);
        renderings = new Renderings(options, folder, queue, metrics);

        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("http");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(options.bind());
        connector.setPort(options.port());
        connector.setIdleTimeout(30_000);
        server.addConnector(connector);

        graceful = new GracefulHandler(new ChartHandler(options, folder, renderings, metrics, () -> ready));
        HeaderDeadline deadline = new HeaderDeadline(crossOrigin(graceful, options.origins()), connector.getScheduler(),
                options.bodyTimeout().toMillis());
        connector.addEventListener(deadline);
        server.setHandler(deadline);
        server.setErrorHandler(new JsonErrors());
        stopMillis = options.renderTimeout().toMillis() + 5_000;
        server.setStopAtShutdown(false);
        server.setRequestLog((Request request, Response response) -> {
            metrics.request(response.getStatus());
            if (accessLog != null) {
                accessLog.println(Request.getRemoteAddr(request) + " \"" + request.getMethod() + " "
                        + TokenCheck.loggable(request.getHttpURI().getPathQuery()) + "\" " + response.getStatus() + " "
                        + Response.getContentBytesWritten(response) + " "
                        + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - request.getBeginNanoTime()) + "ms");
            }
        });
    }

    /**
     * Starts listening, then draws the first charts of the folder once on a thread of its own (loading and compiling
     * the drawing code, reading their specs and data, filling the cache) before /readyz says ready: a load balancer
     * sends traffic to a warm server. Requests are answered meanwhile, and a chart that fails here fails the same way
     * for its request, where it is reported.
     */
    void start() throws Exception {
        try {
            server.start();
        } catch (IOException e) {
            throw unbindable(e);
        }
        Thread warmUp = new Thread(() -> {
            try {
                for (String name : folder == null ? List.<String>of() : folder.names().subList(0, Math.min(WARM_CHARTS, folder.names().size()))) {
                    try {
                        renderings.render(renderings.chart(name, ChartQuery.forChart(new Fields(), "png")), "warm-up")
                                .get(stopMillis, TimeUnit.MILLISECONDS);
                    } catch (Exception | LinkageError ignored) {
                        // only time was at stake
                    }
                }
            } finally {
                ready = !stopping;
            }
        }, "warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /**
     * Pages of the {@code origins} may call the server from script: Jetty answers their preflights and adds the
     * Access-Control headers. The ETag and the warnings are exposed, so such a page can revalidate and show them.
     * No cookies cross (the token's cookie stays the server's own pages'); a bearer header may.
     */
    private static Handler crossOrigin(Handler handler, List<String> origins) {
        if (origins.isEmpty()) {
            return handler;
        }
        CrossOriginHandler cors = new CrossOriginHandler();
        cors.setAllowedOriginPatterns(origins.stream().map(o -> o.equals("*") ? ".*" : Pattern.quote(o)).collect(Collectors.toSet()));
        cors.setAllowedMethods(Set.of("GET", "POST", "HEAD"));
        cors.setAllowedHeaders(Set.of("Content-Type", "Authorization", "If-None-Match"));
        cors.setExposedHeaders(Set.of("ETag", "X-Plotpress-Warning", "Retry-After"));
        cors.setAllowCredentials(false);
        cors.setHandler(handler);
        return cors;
    }

    private Exception unbindable(IOException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (!(cause instanceof BindException)) {
            return e;
        }
        String where = options.bind() + ":" + options.port();
        return String.valueOf(cause.getMessage()).contains("in use")
                ? new BadInputException("--port " + options.port() + ": " + where + " is in use by another program; "
                        + "choose another with --port (--port 0 picks a free one)")
                : new BadInputException("--bind " + options.bind() + ": cannot listen on " + where + " (" + cause.getMessage()
                        + "); give an address of this machine, e.g. --bind 127.0.0.1");
    }

    int port() {
        return connector.getLocalPort();
    }

    /** Stops accepting, lets the requests in flight finish (up to the render limit and 5 s), then stops. */
    @Override
    public void close() throws Exception {
        stopping = true;
        ready = false;
        try {
            // Jetty's own graceful stop also waits for idle keep-alive connections; wait only for requests in flight
            connector.shutdown();
            try {
                graceful.shutdown().get(stopMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                System.err.println("plotpress: requests still in flight after " + stopMillis + " ms; stopping anyway");
            }
            server.stop();
        } finally {
            queue.close();
            metrics.close();
        }
    }
}
