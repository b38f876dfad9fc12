package dev.plotpress.server;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Jetty (core handlers, no servlets) around {@link ChartHandler}: one connector on the bound address, a graceful
 * stop that finishes the requests in flight, one access-log line per request. Keeps no state between requests but
 * the optional cache of rendered bytes, so any number of copies can sit behind a load balancer.
 */
final class ChartServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;
    private final RenderQueue queue;
    private final ServerMetrics metrics;
    private final GracefulHandler graceful;
    private final long stopMillis;
    private volatile boolean ready;

    ChartServer(ServerOptions options, PrintStream accessLog) {
        ChartFolder folder = options.charts() == null ? null : new ChartFolder(options.charts());
        queue = new RenderQueue(options.maxRenders(), options.queue(), options.renderTimeout());
        metrics = new ServerMetrics(queue);
        Renderings renderings = new Renderings(options, folder, queue, metrics);

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
        server.setHandler(graceful);
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

    void start() throws Exception {
        server.start();
        ready = true;
    }

    int port() {
        return connector.getLocalPort();
    }

    /** Stops accepting, lets the requests in flight finish (up to the render limit and 5 s), then stops. */
    @Override
    public void close() throws Exception {
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
