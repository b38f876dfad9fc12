package dev.plotpress.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static dev.plotpress.server.RunningServer.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint over real HTTP, as a web page or a script in any language would call it. */
class ServerApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POSTED = """
            kind: scatter
            title: Posted
            data:
              values: [{a: 1, b: 2}, {a: 2, b: 4}, {a: 3, b: 5}]
            x: a
            y: b
            size: {width: 320, height: 240}
            """;

    @TempDir
    static Path folder;
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer(folder);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static BufferedImage image(HttpResponse<byte[]> response) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(image).as("a decodable image").isNotNull();
        return image;
    }

    @Test
    void aServedChartIsAPngOfTheSpecsSizeWithAStrongEtag() throws Exception {
        HttpResponse<byte[]> response = server.get("/charts/sales.png");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.headers().firstValue("ETag")).get().asString().matches("\"[0-9a-f]{32}\"");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        BufferedImage image = image(response);
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(300);
    }

    @Test
    void everyImageTypeIsServedByItsExtension() throws Exception {
        assertThat(server.get("/charts/metric.jpeg").headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(image(server.get("/charts/metric.jpeg")).getWidth()).isEqualTo(640);
        HttpResponse<byte[]> svg = server.get("/charts/metric.svg");
        assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(text(svg)).contains("<svg").contains("Live metric");
        HttpResponse<byte[]> pdf = server.get("/charts/heatmap.pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aServedChartIsTheCliRendersBytes() throws Exception {
        byte[] direct = dev.plotpress.Chart.fromSpec(folder.resolve("metric.yaml")).png();

        assertThat(server.get("/charts/metric.png").body()).isEqualTo(direct);
    }

    @Test
    void aDeclaredParameterChoosesTheDataAndTheTitle() throws Exception {
        HttpResponse<byte[]> north = server.get("/charts/sales.svg");
        HttpResponse<byte[]> south = server.get("/charts/sales.svg?region=south");
        HttpResponse<byte[]> explicitNorth = server.get("/charts/sales.svg?region=north");

        assertThat(text(north)).contains("Sales: north");
        assertThat(text(south)).contains("Sales: south");
        assertThat(north.body()).isEqualTo(explicitNorth.body());
        assertThat(south.headers().firstValue("ETag")).isNotEqualTo(north.headers().firstValue("ETag"));
    }

    @Test
    void sizeOverridesChangeThePixels() throws Exception {
        BufferedImage image = image(server.get("/charts/sales.png?width=200&height=150"));

        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(150);
        assertThat(image(server.get("/charts/sales.png?dpi=200")).getWidth()).isEqualTo(800);
    }

    @Test
    void ifNoneMatchWithTheEtagIsA304WithoutABody() throws Exception {
        String etag = server.get("/charts/heatmap.png").headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = server.get("/charts/heatmap.png", "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(server.get("/charts/heatmap.png", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void ifNoneMatchComparesWeaklyAsHttpSays() throws Exception {
        String etag = server.get("/charts/heatmap.png").headers().firstValue("ETag").orElseThrow();

        assertThat(server.get("/charts/heatmap.png", "If-None-Match", "\"other\", W/" + etag).statusCode()).isEqualTo(304);
        assertThat(server.get("/charts/heatmap.png", "If-None-Match", "\"other\"", "If-None-Match", etag).statusCode())
                .as("two header lines are one list").isEqualTo(304);
    }

    @Test
    void warningHeadersKeepTheFolderToThemselvesAndCarryUtf8PercentEncoded() throws Exception {
        Files.writeString(folder.resolve("accents.csv"), "mois,Température\n1,20\n2,\n3,22\n");
        Files.writeString(folder.resolve("accents.yaml"), "kind: line\ndata: {file: accents.csv}\nx: mois\ny: Température\n"
                + "size: {width: 300, height: 200}\n");

        List<String> warnings = server.get("/charts/accents.png").headers().allValues("X-Plotpress-Warning");

        assertThat(warnings).isNotEmpty().allSatisfy(w -> assertThat(w).matches("[\\x20-\\x7e]*")
                .doesNotContain(folder.toRealPath().toString()));
        assertThat(warnings.stream().map(w -> URLDecoder.decode(w.replace("+", "%2B"), StandardCharsets.UTF_8)))
                .anySatisfy(w -> assertThat(w).startsWith("accents.csv: ").contains("1 of 3").contains("Température"));
    }

    @Test
    void aChangedDataFileChangesTheEtagAndTheImage() throws Exception {
        Path data = folder.resolve("changing.csv");
        Files.writeString(data, RunningServer.table(1));
        Files.writeString(folder.resolve("changing.yaml"), "kind: line\ndata: {file: changing.csv}\nx: month\ny: sales\n"
                + "size: {width: 300, height: 200}\n");
        HttpResponse<byte[]> before = server.get("/charts/changing.png");

        Files.writeString(data, RunningServer.table(-1));
        Files.setLastModifiedTime(data, FileTime.from(Instant.now().plusSeconds(5)));
        HttpResponse<byte[]> after = server.get("/charts/changing.png", "If-None-Match", before.headers().firstValue("ETag").orElseThrow());

        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).isNotEqualTo(before.body());
    }

    @Test
    void postedYamlWithInlineRecordsIsDrawn() throws Exception {
        HttpResponse<byte[]> response = server.post("/render", "application/yaml", POSTED);

        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image(response).getWidth()).isEqualTo(320);
    }

    @Test
    void postedJsonWithInlineCsvIsDrawnAsEveryFormat() throws Exception {
        String spec = "{\"kind\": \"bar\", \"data\": {\"csv\": \"fruit,count\\napple,3\\npear,5\\n\"}, \"x\": \"fruit\", "
                + "\"y\": \"count\", \"title\": \"Fruit\"}";

        assertThat(server.post("/render?format=svg", "application/json", spec).headers().firstValue("Content-Type"))
                .hasValue("image/svg+xml");
        assertThat(text(server.post("/render?format=svg", "application/json", spec))).contains("Fruit").contains("apple");
        assertThat(server.post("/render?format=pdf", "application/json", spec).body()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(image(server.post("/render?format=jpeg&width=300&height=200", "application/json", spec)).getWidth()).isEqualTo(300);
        assertThat(server.post("/render?syntax=json", "text/plain", spec).statusCode()).isEqualTo(200);
    }

    @Test
    void aJpegDataUriIsTheWebReportsImgSource() throws Exception {
        HttpResponse<byte[]> uri = server.post("/render?format=datauri&image=jpeg", "application/yaml", POSTED);
        HttpResponse<byte[]> tag = server.post("/render?format=html&image=jpeg", "application/yaml", POSTED);

        assertThat(uri.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        String text = text(uri).strip();
        assertThat(text).startsWith("data:image/jpeg;base64,");
        byte[] jpeg = Base64.getDecoder().decode(text.substring(text.indexOf(',') + 1));
        assertThat(ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth()).isEqualTo(320);
        assertThat(text(tag)).startsWith("<img src=\"data:image/jpeg;base64,").contains("width=\"320\"");
        assertThat(tag.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    }

    @Test
    void aPostedSpecAnswersIfNoneMatchToo() throws Exception {
        String etag = server.post("/render", "application/yaml", POSTED).headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = server.client.send(java.net.http.HttpRequest.newBuilder(server.uri("/render"))
                .header("Content-Type", "application/yaml").header("If-None-Match", etag)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(POSTED)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void theDashboardShowsEveryChartOfTheFolder() throws Exception {
        HttpResponse<byte[]> page = server.get("/");

        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(text(page)).contains("<img src=\"/charts/heatmap.png\"", "<img src=\"/charts/metric.png\"",
                "<img src=\"/charts/sales.png\"");
    }

    @Test
    void theLivePagePollsItsChartWithTheEtag() throws Exception {
        HttpResponse<byte[]> page = server.get("/live/sales?region=south");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page)).contains("src=\"/charts/sales.png?region=south\"").contains("If-None-Match");
        assertThat(server.get("/live/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void healthReadinessAndMetrics() throws Exception {
        assertThat(text(server.get("/healthz"))).isEqualTo("ok\n");
        assertThat(server.get("/readyz").statusCode()).isEqualTo(200);
        server.get("/charts/sales.png?width=123");
        server.get("/charts/nothing.png");

        String metrics = text(server.get("/metrics"));

        assertThat(metrics).contains("plotpress_requests_total{status=\"200\"}", "plotpress_requests_total{status=\"404\"}",
                "plotpress_render_seconds_bucket", "plotpress_renders_in_flight", "plotpress_renders_queued",
                "plotpress_heap_after_gc_bytes", "# HELP plotpress_requests_total answers by HTTP status");
    }

    @Test
    void everyRequestGetsOneAccessLogLine() throws Exception {
        server.get("/healthz?probe=access-log-test");
        for (int wait = 0; wait < 100 && !server.accessLog().contains("access-log-test"); wait++) {
            Thread.sleep(20); // the line is written once the answer has gone
        }

        assertThat(server.accessLog().lines().filter(l -> l.contains("access-log-test")))
                .singleElement().asString().contains("\"GET /healthz?probe=access-log-test\" 200 3 ");
    }

    @Test
    void anErrorIsJsonWithWhereAndFix() throws Exception {
        HttpResponse<byte[]> response = server.post("/render", "application/yaml", "kind: line\ntitel: x\ndata: {csv: \"a\\n1\"}\n");
        JsonNode error = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(error.get("where").asText()).isEqualTo("request body:2:1");
        assertThat(error.get("error").asText()).isEqualTo("unknown key 'titel' (did you mean 'title'?)");
        assertThat(error.get("fix").asText()).startsWith("the keys allowed here are kind, title, data");
    }

    @Test
    void pagesOfAnAllowedOriginMayCallTheServerFromScriptAndOthersGetNoCorsHeaders() throws Exception {
        try (RunningServer open = new RunningServer(Files.createTempDirectory(folder, "cors"),
                o -> o.withOrigins(List.of("https://app.example.com")))) {
            HttpResponse<byte[]> preflight = open.send(HttpRequest.newBuilder(open.uri("/render"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://app.example.com")
                    .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type").build());
            assertThat(preflight.statusCode()).isBetween(200, 204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");

            HttpResponse<byte[]> chart = open.get("/charts/sales.png", "Origin", "https://app.example.com");
            assertThat(chart.statusCode()).isEqualTo(200);
            assertThat(chart.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
            assertThat(chart.headers().firstValue("Access-Control-Expose-Headers").orElse("")).contains("ETag");

            assertThat(open.get("/charts/sales.png", "Origin", "https://evil.example").headers()
                    .firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
        assertThat(server.get("/charts/sales.png", "Origin", "https://app.example.com").headers()
                .firstValue("Access-Control-Allow-Origin")).as("no --allow-origin, no CORS").isEmpty();
    }

    @Test
    void aColumnsErrorNamesTheFileAndTheColumnAsWhere() throws Exception {
        Files.writeString(folder.resolve("dates.csv"), "date,v\n2024-01-01,1\n2024-13-45,2\n2024-01-03,3\n");
        Files.writeString(folder.resolve("dates.yaml"), "kind: line\ndata: {file: dates.csv}\nx: date\ny: v\n");

        JsonNode error = JSON.readTree(server.get("/charts/dates.png").body());

        assertThat(error.get("where").asText()).isEqualTo("dates.csv column 'date'");
        assertThat(error.get("error").asText()).startsWith("2 of 3 values are dates").contains("'2024-13-45', row 2");
        assertThat(error.get("fix").asText()).startsWith("add dateFormat");
    }
}
