package dev.plotpress.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.plotpress.server.RunningServer.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A served chart's spec and data are read once per version of their files (size, modification time, file identity),
 * not once per request, and every change is still seen: the /live page depends on it. The ETag is known before
 * anything is drawn, so a 304 or a cache hit draws nothing. Counted through /metrics, over real HTTP.
 */
class ReadOncePerFileVersionTest {
    private static final String SPEC = "kind: line\ndata: {file: changing.csv}\nx: month\ny: sales\nsize: {width: 300, height: 200}\n";

    @TempDir
    Path folder;

    private static double metric(RunningServer server, String name) throws Exception {
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(name) + " ([0-9.E]+)$").matcher(text(server.get("/metrics")));
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }

    private static RunningServer uncached(Path folder) throws Exception {
        return new RunningServer(folder, o -> o.withLimits(o.maxBodyBytes(), o.renderTimeout(), o.bodyTimeout(), o.maxRenders(), o.queue(), 0));
    }

    @Test
    void aSteadyChartIsReadOnceHoweverOftenItIsDrawn() throws Exception {
        try (RunningServer server = uncached(folder)) {
            Path data = Files.writeString(folder.resolve("changing.csv"), RunningServer.table(1));
            Files.writeString(folder.resolve("changing.yaml"), SPEC);
            double renders = metric(server, "plotpress_render_seconds_count");
            double specs = metric(server, "plotpress_spec_reads_total");
            double reads = metric(server, "plotpress_data_reads_total");
            byte[] first = server.get("/charts/changing.png").body();

            for (int i = 0; i < 5; i++) {
                assertThat(server.get("/charts/changing.png").body()).isEqualTo(first);
            }

            assertThat(metric(server, "plotpress_render_seconds_count") - renders).isEqualTo(6);
            assertThat(metric(server, "plotpress_spec_reads_total") - specs).isEqualTo(1);
            assertThat(metric(server, "plotpress_data_reads_total") - reads).isEqualTo(1);
            assertThat(data).exists();
        }
    }

    @Test
    void aDataFileRewrittenInPlaceIsReadAgainAndDrawnAnew() throws Exception {
        try (RunningServer server = uncached(folder)) {
            Path data = Files.writeString(folder.resolve("changing.csv"), RunningServer.table(1));
            Files.writeString(folder.resolve("changing.yaml"), SPEC);
            HttpResponse<byte[]> before = server.get("/charts/changing.png");
            double reads = metric(server, "plotpress_data_reads_total");

            Files.writeString(data, RunningServer.table(-1));  // the same size
            Files.setLastModifiedTime(data, FileTime.fromMillis(Files.getLastModifiedTime(data).toMillis() + 5000));
            HttpResponse<byte[]> after = server.get("/charts/changing.png", "If-None-Match", before.headers().firstValue("ETag").orElseThrow());

            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.body()).isNotEqualTo(before.body());
            assertThat(metric(server, "plotpress_data_reads_total") - reads).isEqualTo(1);
        }
    }

    @Test
    void aDataFileReplacedByARenameIsANewVersionEvenWithTheSameSizeAndTime() throws Exception {
        try (RunningServer server = uncached(folder)) {
            Path data = Files.writeString(folder.resolve("changing.csv"), RunningServer.table(1));
            Files.writeString(folder.resolve("changing.yaml"), SPEC);
            FileTime time = Files.getLastModifiedTime(data);
            byte[] before = server.get("/charts/changing.png").body();

            Path next = Files.writeString(folder.resolve("next.tmp"), RunningServer.table(-1));
            Files.setLastModifiedTime(next, time);
            Files.move(next, data, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

            assertThat(server.get("/charts/changing.png").body()).isNotEqualTo(before);
        }
    }

    @Test
    void replicasWithCopiesOfTheFolderElsewhereGiveTheSameETagForTheSameBytes(@TempDir Path elsewhere) throws Exception {
        Files.writeString(folder.resolve("changing.csv"), RunningServer.table(1));
        Files.writeString(folder.resolve("changing.yaml"), SPEC);
        Path copy = Files.createDirectories(elsewhere.resolve("another/mount"));
        Files.writeString(copy.resolve("changing.csv"), RunningServer.table(1));
        Files.writeString(copy.resolve("changing.yaml"), SPEC);
        Files.setLastModifiedTime(copy.resolve("changing.csv"), FileTime.fromMillis(1_000_000_000_000L));

        try (RunningServer one = uncached(folder); RunningServer two = uncached(copy)) {
            HttpResponse<byte[]> first = one.get("/charts/changing.png");
            HttpResponse<byte[]> second = two.get("/charts/changing.png");

            assertThat(second.body()).isEqualTo(first.body());
            assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
            assertThat(two.get("/charts/changing.png", "If-None-Match", first.headers().firstValue("ETag").orElseThrow())
                    .statusCode()).as("a conditional request answered by the other replica").isEqualTo(304);
        }
    }

    @Test
    void aChangedSpecIsParsedAgain() throws Exception {
        try (RunningServer server = uncached(folder)) {
            Files.writeString(folder.resolve("changing.csv"), RunningServer.table(1));
            Path spec = Files.writeString(folder.resolve("changing.yaml"), SPEC);
            byte[] before = server.get("/charts/changing.png").body();
            double specs = metric(server, "plotpress_spec_reads_total");

            Files.writeString(spec, SPEC.replace("300", "310"));
            Files.setLastModifiedTime(spec, FileTime.fromMillis(Files.getLastModifiedTime(spec).toMillis() + 5000));

            assertThat(ServerApiTest.image(server.get("/charts/changing.png")).getWidth()).isEqualTo(310);
            assertThat(metric(server, "plotpress_spec_reads_total") - specs).isEqualTo(1);
            assertThat(before).isNotEmpty();
        }
    }

    @Test
    void aConditionalRequestAndACacheHitDrawNothing() throws Exception {
        try (RunningServer server = new RunningServer(folder)) {
            double renders = metric(server, "plotpress_render_seconds_count");
            double hits = metric(server, "plotpress_cache_hits_total");
            String etag = server.get("/charts/sales.png?region=south").headers().firstValue("ETag").orElseThrow();

            assertThat(server.get("/charts/sales.png?region=south", "If-None-Match", etag).statusCode()).isEqualTo(304);
            assertThat(server.get("/charts/sales.png?region=south").statusCode()).isEqualTo(200);

            assertThat(metric(server, "plotpress_render_seconds_count") - renders).isEqualTo(1);
            assertThat(metric(server, "plotpress_cache_hits_total") - hits).isEqualTo(1);
        }
    }

    @Test
    void theServedChartsAreDrawnOnceBeforeTheServerSaysReady() throws Exception {
        try (RunningServer server = new RunningServer(folder)) {
            assertThat(text(server.get("/readyz"))).isEqualTo("ready\n");
            assertThat(metric(server, "plotpress_render_seconds_count")).isEqualTo(3); // heatmap, metric, sales
            double hits = metric(server, "plotpress_cache_hits_total");

            assertThat(server.get("/charts/metric.png").statusCode()).isEqualTo(200);

            assertThat(metric(server, "plotpress_cache_hits_total") - hits).isEqualTo(1);
        }
    }

    @Test
    void theBytesCacheIsOnByDefault() {
        assertThat(ServerOptions.defaults(folder).cacheBytes()).isEqualTo(64 * ServerOptions.MIB);
    }
}
