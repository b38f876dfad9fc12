package dev.plotpress.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How a chart server listens and what it allows; every limit has a flag of {@code plotpress --headless serve}.
 *
 * @param charts       the served folder of {@code NAME.yaml} specs, or null for POST /render only
 * @param token        the bearer token every request but /healthz and /readyz must carry, or null for none
 * @param maxBodyBytes the largest request body
 * @param maxPixels    the largest image, width x height
 * @param maxCells     the most random or inline cells a posted spec may ask for
 * @param maxRenders   renders at the same time
 * @param queue        renders waiting for one of those; beyond it a request gets 503
 * @param cacheBytes   rendered bytes kept in memory (0: none)
 * @param tableBytes   tables of served charts kept read, counted as their data files' sizes
 * @param budget       render time each client address may use per {@code budgetWindow} (zero: no budget)
 * @param origins      the other sites whose pages may call this server from script (CORS), as given: "*" for any;
 *                     empty: only pages of the server itself
 */
record ServerOptions(String bind, int port, Path charts, String token, long maxBodyBytes, long maxPixels, long maxCells,
                     Duration renderTimeout, Duration bodyTimeout, int maxRenders, int queue, long cacheBytes,
                     long tableBytes, Duration budget, Duration budgetWindow, List<String> origins) {

    ServerOptions {
        origins = List.copyOf(origins);
    }

    static final long MIB = 1024 * 1024;

    static ServerOptions defaults(Path charts) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerOptions("127.0.0.1", 8080, charts, null, MIB, 16_000_000, 1_000_000, Duration.ofSeconds(10),
                Duration.ofSeconds(10), cores, 2 * cores, 64 * MIB, 128 * MIB, Duration.ofSeconds(60), Duration.ofSeconds(60), List.of());
    }

    ServerOptions withPort(int newPort) {
        return new ServerOptions(bind, newPort, charts, token, maxBodyBytes, maxPixels, maxCells, renderTimeout,
                bodyTimeout, maxRenders, queue, cacheBytes, tableBytes, budget, budgetWindow, origins);
    }

    ServerOptions withToken(String newToken) {
        return new ServerOptions(bind, port, charts, newToken, maxBodyBytes, maxPixels, maxCells, renderTimeout,
                bodyTimeout, maxRenders, queue, cacheBytes, tableBytes, budget, budgetWindow, origins);
    }

    ServerOptions withLimits(long newMaxBodyBytes, Duration newRenderTimeout, Duration newBodyTimeout, int newMaxRenders,
                             int newQueue, long newCacheBytes) {
        return new ServerOptions(bind, port, charts, token, newMaxBodyBytes, maxPixels, maxCells, newRenderTimeout,
                newBodyTimeout, newMaxRenders, newQueue, newCacheBytes, tableBytes, budget, budgetWindow, origins);
    }

    ServerOptions withOrigins(List<String> newOrigins) {
        return new ServerOptions(bind, port, charts, token, maxBodyBytes, maxPixels, maxCells, renderTimeout, bodyTimeout,
                maxRenders, queue, cacheBytes, tableBytes, budget, budgetWindow, newOrigins);
    }

    ServerOptions withBudget(Duration newBudget, Duration newWindow) {
        return new ServerOptions(bind, port, charts, token, maxBodyBytes, maxPixels, maxCells, renderTimeout, bodyTimeout,
                maxRenders, queue, cacheBytes, tableBytes, newBudget, newWindow, origins);
    }
}
