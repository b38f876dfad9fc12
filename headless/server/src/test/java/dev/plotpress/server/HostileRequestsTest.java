package dev.plotpress.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.plotpress.server.RunningServer.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad and hostile requests: each gets the status a client can branch on and a message that says what was wrong and
 * how to fix it, and none of them hurts the server (it still answers after each).
 */
class HostileRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer(folder, o -> o.withLimits(o.maxBodyBytes(), o.renderTimeout(), Duration.ofSeconds(2),
                2, 4, 0));
        Files.writeString(folder.resolve("outside.yaml"), "kind: line\ndata: {file: ../outside.csv}\n");
        Files.writeString(folder.getParent().resolve("outside.csv"), "a,b\n1,2\n");
        Files.writeString(folder.resolve("absolute.yaml"), "kind: line\ndata: {file: /etc/passwd}\n");
        Files.writeString(folder.resolve("url.yaml"), "kind: line\ndata: {file: \"http://169.254.169.254/latest/meta-data.csv\"}\n");
        Files.createSymbolicLink(folder.resolve("link.csv"), Path.of("/etc/hostname"));
        Files.writeString(folder.resolve("linked.yaml"), "kind: line\ndata: {file: link.csv}\n");
        Files.writeString(folder.resolve("undeclared.yaml"), "kind: line\ntitle: \"${color}\"\ndata: {file: north.csv}\n");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** Asserts the status and that the JSON error's text contains {@code error}; returns the JSON. */
    private static JsonNode refused(HttpResponse<byte[]> response, int status, String error) throws IOException {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode json = JSON.readTree(response.body());
        assertThat(json.get("error").asText()).contains(error);
        assertThat(text(response)).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(folder.toString());
        return json;
    }

    private static HttpResponse<byte[]> postYaml(String body) throws Exception {
        return server.post("/render", "application/yaml", body);
    }

    @Test
    void malformedYaml() throws Exception {
        JsonNode json = refused(postYaml("kind: line\ndata: {csv: \"a\n  - [unclosed\n"), 400, "this is not valid YAML");
        assertThat(json.get("where").asText()).startsWith("request body:");
        assertThat(json.get("fix").asText()).contains("indentation");
    }

    @Test
    void malformedJson() throws Exception {
        JsonNode json = refused(server.post("/render", "application/json", "{\"kind\": \"line\",, }"), 400, "this is not valid JSON");
        assertThat(json.get("fix").asText()).contains("commas");
    }

    /** The billion laughs: ten levels of nine aliases each. Jackson's YAML parser never expands an alias, so it stays small. */
    @Test
    void aYamlAliasBomb() throws Exception {
        StringBuilder bomb = new StringBuilder("kind: line\ndata:\n  values:\n    - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            String alias = "*" + (char) (c - 1);
            bomb.append("    - &").append(c).append(" [").append(String.join(", ", java.util.Collections.nCopies(9, alias))).append("]\n");
        }
        long start = System.nanoTime();
        JsonNode json = refused(postYaml(bomb.toString()), 400, "data.values.0: must be a mapping");
        assertThat(json.get("where").asText()).isEqualTo("request body:4:7");
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(2));
        assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
    }

    @Test
    void deeplyNestedJson() throws Exception {
        String nested = "[".repeat(100_000);
        // the spec is read as a tree before it is bound, so the depth limit answers before any key is looked at
        refused(server.post("/render", "application/json", "{\"kind\": " + nested), 400,
                "this is not valid JSON: Document nesting depth (1001) exceeds the maximum allowed (1000");
        refused(server.post("/render", "application/json", "{\"params\": {}, \"kind\": " + nested), 400,
                "this is not valid JSON: Document nesting depth (1001) exceeds the maximum allowed (1000");
    }

    @Test
    void aTenMegabyteBodyWithItsLength() throws Exception {
        String answer = RawHttp.exchange(server.server.port(), "POST /render HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\n"
                + "Content-Length: 10485760\r\n\r\n", out -> {
            byte[] block = new byte[65536];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 160; i++) {
                out.write(block);
            }
        });
        assertThat(answer).startsWith("HTTP/1.1 413 ").contains("larger than the 1,048,576 bytes this server reads");
    }

    @Test
    void aTenMegabyteBodyInChunks() throws Exception {
        String answer = RawHttp.exchange(server.server.port(), "POST /render HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n", out -> {
            String chunk = Integer.toHexString(65536) + "\r\n" + "a".repeat(65536) + "\r\n";
            for (int i = 0; i < 160; i++) {
                out.write(chunk.getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        assertThat(answer).startsWith("HTTP/1.1 413 ").contains("larger than the 1,048,576 bytes");
    }

    @Test
    void headersThatArriveOneByteASecondGetTheConnectionClosed() throws Exception {
        long start = System.nanoTime();
        String head = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: " + "a".repeat(30) + "\r\n\r\n";
        String answer = RawHttp.exchange(server.server.port(), "GET /healthz HTTP/1.1\r\n", out -> {
            for (int i = "GET /healthz HTTP/1.1\r\n".length(); i < head.length() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(8); i++) {
                out.write(head.charAt(i));
                out.flush();
                Thread.sleep(1000);
            }
        });
        assertThat(answer).isEmpty();
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(6));
        assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyThatArrivesOneByteASecondTimesOut() throws Exception {
        long start = System.nanoTime();
        String body = "kind: line\ndata: {csv: \"a,b\\n1,2\"}\n";
        String answer = RawHttp.exchange(server.server.port(), "POST /render HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n", out -> {
            for (int i = 0; i < body.length() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(8); i++) {
                out.write(body.charAt(i));
                out.flush();
                Thread.sleep(1000);
            }
        });
        assertThat(answer).startsWith("HTTP/1.1 408 ").contains("the body did not arrive within 2 s");
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(12));
    }

    @Test
    void ahundredThousandPixelsSquare() throws Exception {
        JsonNode json = refused(server.get("/charts/sales.png?width=100000&height=100000"), 413,
                "100000 x 100000 pixels is more than the 16,000,000 pixels this server draws");
        assertThat(json.get("fix").asText()).contains("--max-megapixels");
    }

    @Test
    void aPostedSpecAskingForAHugeImage() throws Exception {
        JsonNode json = refused(postYaml("kind: line\ndata: {csv: \"a,b\\n1,2\"}\nsize: {width: 20000, height: 20000}\n"), 413,
                "20000 x 20000 px: 400,000,000 pixels in a chart drawn is over the limit");
        assertThat(json.get("fix").asText()).as("a client cannot set the server's environment")
                .contains("ask whoever runs this server to raise its").doesNotContain("=400000000");
    }

    @Test
    void aDpiThatMakesTheImageHuge() throws Exception {
        refused(server.get("/charts/sales.png?dpi=5000"), 413, "pixels is more than");
    }

    @Test
    void impossibleSizes() throws Exception {
        refused(server.get("/charts/sales.png?width=0"), 400, "width must be a whole number of pixels (1 or more), got '0'");
        refused(server.get("/charts/sales.png?height=tall"), 400, "height must be a whole number of pixels");
        refused(server.get("/charts/sales.png?dpi=-3"), 400, "dpi must be a positive number");
        assertThat(refused(server.get("/charts/sales.png?dpi=0.001"), 400, "less than one pixel").get("where").asText())
                .isEqualTo("?dpi=0.001");
    }

    @Test
    void dotDotInAChartName() throws Exception {
        refused(server.get("/charts/..%2F..%2Fetc%2Fpasswd.png"), 400, "Ambiguous");
        HttpResponse<byte[]> dots = server.get("/charts/..%2Eoutside.png");
        assertThat(dots.statusCode()).isIn(400, 404);
        refused(server.get("/charts/a.b.png"), 400, "'a.b' is not a chart name");
    }

    @Test
    void dotDotInADataPath() throws Exception {
        JsonNode json = refused(server.get("/charts/outside.png"), 400, "only regular files inside the served folder can be read");
        assertThat(json.get("where").asText()).isEqualTo("data.file");
    }

    @Test
    void anAbsoluteDataPath() throws Exception {
        refused(server.get("/charts/absolute.png"), 400, "only regular files inside the served folder can be read");
    }

    @Test
    void aLinkPointingOutOfTheFolder() throws Exception {
        JsonNode json = refused(server.get("/charts/linked.png"), 400, "only regular files inside the served folder can be read");
        assertThat(json.toString()).doesNotContain("/etc/hostname");
    }

    @Test
    void aUrlAsDataFileIsNeverFetched() throws Exception {
        refused(server.get("/charts/url.png"), 400, "'http://169.254.169.254/latest/meta-data.csv' is an address, not a file");
        refused(postYaml("kind: line\ndata: {file: \"https://example.com/data.csv\"}\n"), 400, "this spec has no folder to read files from");
    }

    @Test
    void aPostedSpecCannotReadFiles() throws Exception {
        JsonNode json = refused(postYaml("kind: line\ndata: {file: /etc/passwd}\n"), 400, "data.file: this spec has no folder to read files from");
        assertThat(json.get("fix").asText()).isEqualTo("give the data inline or read the spec from a file");
    }

    @Test
    void anUndeclaredParameter() throws Exception {
        JsonNode json = refused(server.get("/charts/sales.png?color=red"), 400, "parameter 'color' is not declared");
        assertThat(json.get("fix").asText()).isEqualTo("the parameters are region (one of north, south), months (a number >= 1 and <= 12)");
        refused(server.get("/charts/metric.png?region=north"), 400, "parameter 'region' is not declared");
    }

    @Test
    void aValueOutsideTheDeclaredOnes() throws Exception {
        refused(server.get("/charts/sales.png?region=west"), 400, "parameter 'region' must be one of north, south, got 'west'");
        refused(server.get("/charts/sales.png?region=north%22%0Atitle:%20x"), 400, "parameter 'region' must be one of north, south");
    }

    @Test
    void aNumberOutOfRangeOrNotANumber() throws Exception {
        refused(server.get("/charts/sales.png?months=99"), 400, "parameter 'months' must be a number >= 1 and <= 12, got 99");
        refused(server.get("/charts/sales.png?months=twelve"), 400, "got 'twelve'");
    }

    @Test
    void aParameterGivenTwice() throws Exception {
        refused(server.get("/charts/sales.png?region=north&region=south"), 400, "'region' is given 2 times");
    }

    @Test
    void aFreeTextValueCannotChangeTheSpecsStructure() throws Exception {
        String spec = "params: {label: {type: string, default: plain}}\nkind: line\ntitle: \"${label}\"\n"
                + "data: {csv: \"a,b\\n1,2\\n2,3\"}\nsize: {width: 300, height: 200}\n";
        HttpResponse<byte[]> response = server.post("/render?format=svg&label=" + java.net.URLEncoder.encode(
                "x\", kind: pie, data: {file: /etc/passwd}", StandardCharsets.UTF_8), "application/yaml", spec);

        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        assertThat(text(response)).contains("x&quot;, kind: pie, data: {file: /etc/passwd}");
    }

    @Test
    void aReferenceToNoDeclaredParameter() throws Exception {
        JsonNode json = refused(server.get("/charts/undeclared.png"), 400, "'${color}' names no declared parameter");
        assertThat(json.get("where").asText()).isEqualTo("undeclared.yaml:2:1");
    }

    @Test
    void anUnknownChart() throws Exception {
        JsonNode json = refused(server.get("/charts/nothing.png"), 404, "there is no chart 'nothing' in the served folder");
        assertThat(json.get("fix").asText()).contains("heatmap", "metric", "sales");
    }

    @Test
    void anUnknownImageTypeOrFormat() throws Exception {
        refused(server.get("/charts/sales.gif"), 404, "unknown image type '.gif'");
        refused(server.post("/render?format=gif", "application/yaml", "kind: line\n"), 400, "unknown format 'gif'");
        refused(server.post("/render?syntax=toml", "application/yaml", "kind: line\n"), 400, "unknown syntax 'toml'");
    }

    @Test
    void theWrongMethod() throws Exception {
        HttpResponse<byte[]> delete = server.client.send(HttpRequest.newBuilder(server.uri("/charts/sales.png")).DELETE().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        refused(delete, 405, "DELETE is not allowed here");
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, HEAD");
        refused(server.get("/render"), 405, "GET is not allowed here");
    }

    @Test
    void anEmptyBodyOrNoSpec() throws Exception {
        refused(postYaml(""), 400, "the body is empty");
        refused(postYaml("# only a comment\n"), 400, "the spec is empty");
        refused(postYaml("- kind\n- line\n"), 400, "a spec must be a mapping of keys");
    }

    @Test
    void aBodyThatIsNotUtf8() throws Exception {
        refused(server.post("/render", "application/yaml", new byte[] {'k', 'i', (byte) 0xff, (byte) 0xfe, '\n'}), 400, "not UTF-8");
    }

    @Test
    void aDuplicateKey() throws Exception {
        refused(postYaml("kind: line\nkind: bar\ndata: {csv: \"a\\n1\"}\n"), 400, "appears twice");
    }

    @Test
    void tooManyRandomCells() throws Exception {
        refused(postYaml("kind: heatmap\ndata: {random: {rows: 10000, columns: 5000}}\n"), 413,
                "10,000 x 5,000 random cells are more than the 1,000,000 this server draws");
    }

    @Test
    void badInlineData() throws Exception {
        refused(postYaml("kind: line\ndata: {csv: \"a,b\\n1,2,3\"}\n"), 400, "row 1 has 3 fields but the header has 2");
        refused(postYaml("kind: line\ndata: {values: [{a: [1, 2]}]}\n"), 400, "nested lists cannot be charted");
        refused(postYaml("kind: line\ndata: {csv: \"a\\n1\", values: [{a: 1}]}\n"), 400, "give exactly one of data.csv or data.values");
        refused(postYaml("kind: line\ndata: {csv: \"a\\n1\", random: {rows: 1, columns: 1}}\n"), 400, "give exactly one of data.file, data.random, data.csv or data.values");
        refused(postYaml("kind: line\ndata: {values: []}\nx: a\n"), 400, "has no data rows");
    }

    @Test
    void anUnknownColumn() throws Exception {
        refused(postYaml("kind: line\ndata: {csv: \"a,b\\n1,2\"}\nx: a\ny: price\n"), 400, "price");
    }

    @Test
    void anUnknownRoute() throws Exception {
        refused(server.get("/admin"), 404, "nothing at /admin");
    }

    @Test
    void aMalformedRequestLine() throws Exception {
        String answer = RawHttp.exchange(server.server.port(), "GET /charts/sales.png HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n", out -> { });
        assertThat(answer).startsWith("HTTP/1.1 400 ").contains("application/json").doesNotContain("<html");
    }

    @Test
    void fiveHundredRequestsAtOnceGetSome503sAndTheServerStillAnswers() throws Exception {
        List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String spec = "kind: heatmap\ntitle: \"n" + i + "\"\ndata: {random: {rows: 50, columns: 12, seed: " + i + "}, transform: correlation}\n"
                    + "heatmap: {annotate: true}\n";
            answers.add(server.client.sendAsync(HttpRequest.newBuilder(server.uri("/render")).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(spec)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        Map<Integer, Long> statuses = answers.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));

        assertThat(statuses.keySet()).containsOnly(200, 503);
        assertThat(statuses.get(503)).isGreaterThan(100);
        assertThat(statuses.get(200)).isGreaterThanOrEqualTo(6);
        HttpResponse<byte[]> busy = answers.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 503).findFirst().orElseThrow();
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(JSON.readTree(busy.body()).get("error").asText()).startsWith("the server is busy: 2 charts are being drawn");
        assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(server.get("/charts/metric.png").statusCode()).isEqualTo(200);
    }

    @Test
    void aRenderOverTheTimeLimitIsA504() throws Exception {
        try (RunningServer slow = new RunningServer(Files.createTempDirectory(folder, "slow"),
                o -> o.withLimits(o.maxBodyBytes(), Duration.ofMillis(1), o.bodyTimeout(), 1, 1, 0))) {
            JsonNode json = refused(slow.get("/charts/heatmap.png?width=3000&height=3000"), 504,
                    "the chart took longer than the render time limit of 0.001 s and was abandoned");
            assertThat(json.get("fix").asText()).contains("--render-timeout");
            assertThat(slow.get("/healthz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aHundredKilobyteHeaderIs431WithTheFix() throws Exception {
        JsonNode json = refused(server.get("/charts/sales.png", "X-Big", "a".repeat(100_000)), 431, "Request Header Fields Too Large");
        assertThat(json.get("fix").asText()).contains("fewer or shorter headers");
        assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
    }

    @Test
    void theClisJpegQualityIsNotAQueryKeyAndSaysSo() throws Exception {
        JsonNode json = refused(server.post("/render?format=jpeg&quality=0.5", "application/yaml",
                "kind: line\ndata: {csv: \"a,b\\n1,2\\n2,3\"}\nx: a\ny: b\n"), 400, "the JPEG quality is the server's (0.9)");
        assertThat(json.get("where").asText()).isEqualTo("?quality");
        assertThat(json.get("fix").asText()).contains("?width, ?height and ?dpi");
        assertThat(refused(server.get("/charts/sales.jpeg?quality=0.5"), 400, "?quality= is not a query key").get("where").asText())
                .isEqualTo("?quality");
    }

    @Test
    void anImageTypeForAnAnswerThatHoldsNoImageIsRefusedNotIgnored() throws Exception {
        String spec = "kind: line\ndata: {csv: \"a,b\\n1,2\\n2,3\"}\nx: a\ny: b\n";
        JsonNode plain = refused(server.post("/render?format=png&image=jpeg", "application/yaml", spec), 400,
                "chooses the picture inside ?format=html or datauri");
        assertThat(plain.get("where").asText()).isEqualTo("?image");
        assertThat(plain.get("fix").asText()).contains("?format=jpeg");
        assertThat(refused(server.get("/charts/sales.png?image=jpeg"), 400, "?image= is for POST /render").get("where").asText())
                .isEqualTo("?image");
        JsonNode gif = refused(server.post("/render?format=html&image=gif", "application/yaml", spec), 400, "unknown image type 'gif'");
        assertThat(gif.get("where").asText()).isEqualTo("?image");
        assertThat(server.post("/render?format=html&image=jpeg", "application/yaml", spec).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenIsRequiredWhenTheServerHasOne() throws Exception {
        String token = "s3cret-token-0123456789";
        try (RunningServer guarded = new RunningServer(Files.createTempDirectory(folder, "guarded"), o -> o.withToken(token))) {
            HttpResponse<byte[]> none = guarded.get("/charts/sales.png");
            refused(none, 401, "this server needs a bearer token");
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"plotpress\"");
            refused(guarded.get("/metrics", "Authorization", "Bearer wrong"), 401, "bearer token");
            assertThat(guarded.get("/charts/sales.png", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
            assertThat(guarded.get("/charts/sales.png", "Authorization", "bearer " + token).statusCode())
                    .as("the scheme is case-insensitive (RFC 9110)").isEqualTo(200);
            refused(guarded.get("/charts/sales.png", "Authorization", "Basic " + token), 401, "bearer token");
            assertThat(guarded.get("/healthz").statusCode()).isEqualTo(200);
            assertThat(guarded.get("/readyz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theServerStillAnswersAfterAllOfThis() throws Exception {
        Function<String, Integer> status = path -> {
            try {
                return server.get(path).statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(status.apply("/healthz")).isEqualTo(200);
        assertThat(status.apply("/charts/sales.png?region=south")).isEqualTo(200);
    }
}
