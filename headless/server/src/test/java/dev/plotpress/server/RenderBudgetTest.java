package dev.plotpress.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static dev.plotpress.server.RunningServer.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-address render budgets (vl-convert's per-IP budgets), over real HTTP: an address that has used its drawing time
 * for the window gets 429 with Retry-After, while answers that draw nothing (cache hits, 304s) are still given.
 */
class RenderBudgetTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void pastItsBudgetAnAddressGets429WithRetryAfterButCachedAndUnchangedChartsStillCome() throws Exception {
        // one millisecond of drawing per minute: the first render uses it all
        try (RunningServer server = new RunningServer(folder, o -> o.withBudget(Duration.ofMillis(1), Duration.ofSeconds(60)))) {
            HttpResponse<byte[]> first = server.get("/charts/sales.png?region=north");
            assertThat(first.statusCode()).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();

            HttpResponse<byte[]> refused = server.get("/charts/sales.png?region=south");
            HttpResponse<byte[]> posted = server.post("/render", "application/yaml",
                    "kind: scatter\ndata: {values: [{a: 1, b: 2}, {a: 2, b: 3}]}\nx: a\ny: b\n");

            assertThat(refused.statusCode()).isEqualTo(429);
            JsonNode error = JSON.readTree(refused.body());
            assertThat(error.get("error").asText()).isEqualTo("this address has used its 0.001 s of drawing for the last 60 s");
            assertThat(error.get("fix").asText()).contains("Retry-After", "--render-budget");
            assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);
            assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(posted.statusCode()).isEqualTo(429);

            HttpResponse<byte[]> cached = server.get("/charts/sales.png?region=north");
            assertThat(cached.statusCode()).isEqualTo(200);
            assertThat(cached.body()).isEqualTo(first.body());
            assertThat(server.get("/charts/sales.png?region=north", "If-None-Match", etag).statusCode()).isEqualTo(304);
            assertThat(text(server.get("/metrics"))).contains("plotpress_requests_total{status=\"429\"} 2.0");
        }
    }

    @Test
    void theBudgetComesBackWhenItsWindowEnds() throws Exception {
        try (RunningServer server = new RunningServer(folder, o -> o.withBudget(Duration.ofMillis(1), Duration.ofMillis(1500)))) {
            assertThat(server.get("/charts/sales.png?region=north").statusCode()).isEqualTo(200);
            assertThat(server.get("/charts/sales.png?region=south").statusCode()).isEqualTo(429);

            Thread.sleep(1600);

            assertThat(server.get("/charts/sales.png?region=south").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aBudgetOfZeroTurnsBudgetsOff() throws Exception {
        try (RunningServer server = new RunningServer(folder, o -> o.withBudget(Duration.ZERO, Duration.ofSeconds(60)))) {
            for (String size : new String[] {"200", "210", "220", "230"}) {
                assertThat(server.get("/charts/sales.png?width=" + size).statusCode()).isEqualTo(200);
            }
        }
    }
}
