package dev.plotpress.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * One GET of {@code -Durl} (a POST of the file {@code -Dbody} as JSON when given) started every 1/{@code -Drate} s for {@code -Dseconds}, whatever the answers before it
 * took (Gatling's open model): a slow answer cannot hold back the next request, so the latencies are free of
 * coordinated omission. autocannon's {@code -R} is not that: each connection sends its share of a second's
 * requests back to back as soon as the second starts, then waits, so the rate arrives as a burst per second.
 * Connections are pooled and reused, as a web app's HTTP client does. The first {@code -Dwarmup} seconds (default
 * 10) at the same rate are requests named "warm-up", so that Gatling's own JIT and connection setup stay out of the
 * "chart" figures; bench/serve.sh reads those from the report's stats.json.
 */
public class FixedRate extends Simulation {
    private final String url = System.getProperty("url", "http://127.0.0.1:8080/charts/line.png");
    private final double rate = Double.parseDouble(System.getProperty("rate", "200"));
    private final int seconds = Integer.getInteger("seconds", 20);
    private final int warmUp = Integer.getInteger("warmup", 10);
    private final String body = body(System.getProperty("body"));

    private final HttpProtocolBuilder protocol = http.shareConnections().disableWarmUp().disableCaching();

    {
        setUp(get("warm-up").injectOpen(constantUsersPerSec(rate).during(warmUp))
                .andThen(get("chart").injectOpen(constantUsersPerSec(rate).during(seconds))))
                .protocols(protocol);
    }

    private ScenarioBuilder get(String name) {
        HttpRequestActionBuilder request = body == null ? http(name).get(url)
                : http(name).post(url).header("Content-Type", "application/json").body(StringBody(body));
        return scenario(name).exec(request.check(status().is(200)));
    }

    private static String body(String file) {
        try {
            return file == null ? null : Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
