package dev.plotpress.server;

import dev.plotpress.cli.PlotpressCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code plotpress --headless serve} as a user starts it: found on the class path, refusing unsafe setups, stopping cleanly. */
class ServeCommandTest {
    private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path folder;

    private static int run(StringWriter err, String... args) {
        CommandLine cli = PlotpressCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void versionPrintsTheVersionAndExitsZero() {
        CommandLine cli = PlotpressCli.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));

        int code = cli.execute("serve", "--version");

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("plotpress ").contains("JFreeChart ", "Java ");
    }

    @Test
    void theHeadlessCliFindsServeOnTheClassPath() {
        assertThat(PlotpressCli.commandLine().getSubcommands()).containsKey("serve");
    }

    @Test
    void bindingBeyondLoopbackWithoutATokenIsRefused() {
        StringWriter err = new StringWriter();

        int code = run(err, "serve", "--charts", folder.toString(), "--bind", "0.0.0.0", "--port", "0");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("plotpress: error: --bind 0.0.0.0: a server reachable from other machines needs "
                + "a bearer token; give --token-file FILE");
    }

    @Test
    void aPortInUseIsBadInputWithTheFixNotAnInternalError() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();

            int code = run(err, "serve", "--charts", folder.toString(), "--port", String.valueOf(taken.getLocalPort()));

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("plotpress: error: --port " + taken.getLocalPort() + ": 127.0.0.1:"
                    + taken.getLocalPort() + " is in use by another program; choose another with --port")
                    .doesNotContain("internal error", "at org.eclipse");
        }
    }

    @Test
    void anAddressOfAnotherMachineIsBadInput() throws Exception {
        Path token = Files.writeString(folder.resolve("token"), "a-long-enough-random-token-1234\n");
        StringWriter err = new StringWriter();

        // TEST-NET-1 (RFC 5737) is never an address of this machine; beyond loopback, so a token is needed first
        int code = run(err, "serve", "--charts", folder.toString(), "--bind", "192.0.2.1", "--port", "0",
                "--token-file", token.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--bind 192.0.2.1: cannot listen on 192.0.2.1:0").doesNotContain("internal error");
    }

    @Test
    void aShortTokenOrAMissingFolderIsRefused() throws Exception {
        Path token = Files.writeString(folder.resolve("token"), "short\n");
        StringWriter err = new StringWriter();

        assertThat(run(err, "serve", "--token-file", token.toString(), "--port", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--token-file holds 5 characters; a token needs at least 16");
        assertThat(run(err, "serve", "--charts", folder.resolve("nothing").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--charts must name a folder of NAME.yaml specs");
        assertThat(run(err, "serve", "--allow-origin", "https://app.example.com/page", "--port", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--allow-origin https://app.example.com/page: an origin is scheme://host[:port] with no path");
        assertThat(run(err, "serve", "--allow-origin", "https://a.com:99999", "--port", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--allow-origin https://a.com:99999: an origin is");
    }

    /** The real thing in its own JVM: first answer soon after start; SIGTERM finishes the request in flight and exits 0. */
    @Test
    void sigtermFinishesTheRequestInFlightAndExitsZero() throws Exception {
        Files.copy(Path.of("../../examples/correlation_heatmap.yaml"), folder.resolve("heatmap.yaml"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = folder.resolve("server.log");
        long start = System.nanoTime();
        Process server = new ProcessBuilder(java.toString(), "-Xmx256m", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "dev.plotpress.cli.PlotpressCli", "serve", "--charts", folder.toString(),
                "--port", "0").redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
        try {
            int port = -1;
            while (port < 0 && server.isAlive() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60)) {
                Matcher serving = SERVING.matcher(Files.readString(log));
                if (serving.find()) {
                    port = Integer.parseInt(serving.group(1));
                }
                Thread.sleep(10);
            }
            assertThat(port).as("the server said where it listens").isPositive();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            long firstAnswerMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(first.statusCode()).isEqualTo(200);
            System.out.println("first answer " + firstAnswerMillis + " ms after the JVM was started");

            URI base = URI.create("http://127.0.0.1:" + port);
            while (client.send(HttpRequest.newBuilder(base.resolve("/readyz")).build(), HttpResponse.BodyHandlers.ofString()).statusCode() != 200) {
                Thread.sleep(50); // the served chart is drawn once before the server says ready
            }
            CompletableFuture<HttpResponse<byte[]>> inFlight = client.sendAsync(HttpRequest.newBuilder(
                    base.resolve("/charts/heatmap.png?width=3000&height=2000")).build(), HttpResponse.BodyHandlers.ofByteArray());
            while (!client.send(HttpRequest.newBuilder(base.resolve("/metrics")).build(), HttpResponse.BodyHandlers.ofString())
                    .body().contains("plotpress_renders_in_flight 1.0")) {
                Thread.sleep(20); // until the big chart is being drawn
            }
            server.destroy(); // SIGTERM

            HttpResponse<byte[]> finished = inFlight.get(30, TimeUnit.SECONDS);
            assertThat(finished.statusCode()).isEqualTo(200);
            assertThat(finished.headers().firstValue("Content-Type")).hasValue("image/png");
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(server.exitValue()).isZero();
            assertThat(Files.readAllLines(log)).contains("plotpress: stopping: finishing the requests in flight", "plotpress: stopped");
        } finally {
            server.destroyForcibly();
        }
    }
}
