package dev.plotpress.server;

import dev.plotpress.cli.Subcommand;
import dev.plotpress.cli.VersionInfo;
import dev.plotpress.model.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sun.misc.Signal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code plotpress --headless serve}: found by the headless CLI through {@link Subcommand} when this jar is on the class path. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = {"Serve charts over HTTP: POST /render (a spec with inline data), GET /charts/NAME.png|jpeg|svg|pdf "
                + "(NAME.yaml from --charts), / (every chart), /live/NAME, /healthz, /readyz, /metrics.",
                "Listens on 127.0.0.1 unless --bind says otherwise; beyond loopback a --token-file is required.",
                "SIGTERM or Ctrl-C: stop accepting, finish the requests in flight, exit 0."})
public final class ServeCommand implements Subcommand, Callable<Integer> {
    @Option(names = "--charts", paramLabel = "DIR", description = "folder of NAME.yaml specs and their data files")
    Path charts;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--token-file", paramLabel = "FILE", description = "file holding the bearer token clients must send; required beyond loopback")
    Path tokenFile;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN", description = {"another site whose pages may call this server from script "
            + "(CORS: fetch, POST /render), e.g. https://app.example.com; repeat for more, * for any (default: none; <img> needs none)"})
    List<String> origins = new java.util.ArrayList<>();

    @Option(names = "--max-body-kib", defaultValue = "1024", description = "largest request body in KiB (default: ${DEFAULT-VALUE})")
    long maxBodyKib;

    @Option(names = "--max-megapixels", defaultValue = "16", description = "largest image, width x height, in millions of pixels (default: ${DEFAULT-VALUE})")
    double maxMegapixels;

    @Option(names = "--render-timeout", paramLabel = "SECONDS", defaultValue = "10", description = "time limit per render; past it 504 and the render is abandoned (default: ${DEFAULT-VALUE})")
    double renderTimeout;

    @Option(names = "--body-timeout", paramLabel = "SECONDS", defaultValue = "10", description = "time limit for a request body to arrive (past it 408), and for a new connection's request line and headers (past it the connection is closed) (default: ${DEFAULT-VALUE})")
    double bodyTimeout;

    @Option(names = "--max-renders", description = "renders at the same time (default: the number of cores)")
    Integer maxRenders;

    @Option(names = "--queue", description = "renders that may wait; beyond them 503 + Retry-After (default: twice --max-renders)")
    Integer queue;

    @Option(names = "--cache-mib", defaultValue = "64", description = "memory for recently rendered bytes, in MiB; 0 turns the cache off (default: ${DEFAULT-VALUE})")
    long cacheMib;

    @Option(names = "--data-cache-mib", defaultValue = "128", description = "tables of served charts kept read between requests, counted as their data files' sizes, in MiB; a file is read again when its size, time or identity changes (default: ${DEFAULT-VALUE})")
    long dataCacheMib;

    @Option(names = "--render-budget", paramLabel = "SECONDS", defaultValue = "60", description = "drawing time each client address may use per --budget-window; past it 429 + Retry-After (cached answers and 304s are free; 0 turns budgets off; default: ${DEFAULT-VALUE})")
    double renderBudget;

    @Option(names = "--budget-window", paramLabel = "SECONDS", defaultValue = "60", description = "the window of --render-budget (default: ${DEFAULT-VALUE})")
    double budgetWindow;

    @Override
    public Integer call() throws Exception {
        ServerOptions options = options();
        CountDownLatch stop = new CountDownLatch(1);
        for (String signal : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(signal), s -> stop.countDown());
        }
        try (ChartServer server = new ChartServer(options, System.out)) {
            server.start();
            System.err.printf("plotpress: serving http://%s:%d/%s%n", options.bind(), server.port(),
                    options.charts() == null ? " (POST /render only: no --charts)" : " (charts: " + options.charts() + ")");
            stop.await();
            System.err.println("plotpress: stopping: finishing the requests in flight");
        }
        System.err.println("plotpress: stopped");
        return 0;
    }

    ServerOptions options() {
        if (charts != null && !Files.isDirectory(charts)) {
            throw new BadInputException(charts + ": --charts must name a folder of NAME.yaml specs");
        }
        String token = tokenFile == null ? null : token(tokenFile);
        if (token == null && !loopback(bind)) {
            throw new BadInputException("--bind " + bind + ": a server reachable from other machines needs a bearer token; "
                    + "give --token-file FILE (a file holding a long random string), or bind to 127.0.0.1");
        }
        if (port < 0 || port > 65535) {
            throw new BadInputException("--port " + port + ": must be from 0 to 65535");
        }
        if (maxBodyKib < 1 || maxMegapixels <= 0 || renderTimeout <= 0 || bodyTimeout <= 0 || cacheMib < 0 || dataCacheMib < 0
                || renderBudget < 0 || budgetWindow <= 0) {
            throw new BadInputException("serve: the limits must be positive (--cache-mib, --data-cache-mib and --render-budget "
                    + "may be 0); check --max-body-kib, --max-megapixels, --render-timeout, --body-timeout, --cache-mib, "
                    + "--data-cache-mib, --render-budget and --budget-window");
        }
        for (String origin : origins) {
            if (!origin.equals("*") && !(origin.matches("https?://[^/\\s:]+(:\\d{1,5})?") && port(origin) <= 65535)) {
                throw new BadInputException("--allow-origin " + origin + ": an origin is scheme://host[:port] with no path, "
                        + "e.g. https://app.example.com, or * for any site");
            }
        }
        int renders = maxRenders != null ? maxRenders : Runtime.getRuntime().availableProcessors();
        if (renders < 1 || (queue != null && queue < 0)) {
            throw new BadInputException("--max-renders must be 1 or more and --queue 0 or more");
        }
        return new ServerOptions(bind, port, charts, token, maxBodyKib * 1024, Math.round(maxMegapixels * 1_000_000), 1_000_000,
                Duration.ofMillis(Math.round(renderTimeout * 1000)), Duration.ofMillis(Math.round(bodyTimeout * 1000)),
                renders, queue != null ? queue : 2 * renders, cacheMib * ServerOptions.MIB, dataCacheMib * ServerOptions.MIB,
                Duration.ofMillis(Math.round(renderBudget * 1000)), Duration.ofMillis(Math.round(budgetWindow * 1000)), origins);
    }

    private static int port(String origin) {
        int colon = origin.lastIndexOf(':');
        return colon > origin.indexOf("://") ? Integer.parseInt(origin.substring(colon + 1)) : 0;
    }

    private static String token(Path file) {
        try {
            String token = Files.readString(file).strip();
            if (token.length() < 16) {
                throw new BadInputException(file + ": --token-file holds " + token.length() + " characters; a token needs at "
                        + "least 16 (e.g. openssl rand -hex 32 > " + file + ")");
            }
            return token;
        } catch (IOException e) {
            throw new BadInputException(file + ": the --token-file cannot be read (" + e.getMessage() + ")");
        }
    }

    private static boolean loopback(String address) {
        try {
            for (InetAddress each : InetAddress.getAllByName(address)) {
                if (!each.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            throw new BadInputException("--bind " + address + ": no such address on this machine");
        }
    }
}
