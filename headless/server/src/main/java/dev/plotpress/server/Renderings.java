package dev.plotpress.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plotpress.Chart;
import dev.plotpress.DataFolder;
import dev.plotpress.export.Exporter;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.RandomData;
import dev.plotpress.model.Size;
import dev.plotpress.spec.SpecReader;
import dev.plotpress.SpecSyntax;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Requests to bytes. Plotpress draws the same bytes for the same spec, data and size, so a rendering is named by a
 * hash of what went in (spec text, query, the data file's size, time and identity, the version): that hash is the strong ETag,
 * answers If-None-Match without drawing, and keys the in-memory cache of recent bytes. Drawing happens on the
 * {@link RenderQueue}, through {@link Chart} only.
 */
final class Renderings {
    private static final String VERSION = String.valueOf(Chart.class.getPackage().getImplementationVersion());

    /** What a request will produce, named before it is drawn. */
    record Planned(String etag, Callable<Rendered> draw) {
    }

    record Rendered(byte[] bytes, String mediaType, List<String> warnings, String etag) {
    }

    private final ServerOptions options;
    private final ChartFolder folder;
    private final RenderQueue queue;
    private final ServerMetrics metrics;
    private final Exporter exporter = new Exporter();
    private final Cache<String, Rendered> cache;
    private final ServedCharts served;
    private final RenderBudgets budgets;

    Renderings(ServerOptions options, ChartFolder folder, RenderQueue queue, ServerMetrics metrics) {
        this.options = options;
        this.folder = folder;
        this.queue = queue;
        this.metrics = metrics;
        this.cache = options.cacheBytes() <= 0 ? null : Caffeine.newBuilder().maximumWeight(options.cacheBytes())
                .weigher((String key, Rendered value) -> value.bytes().length + 64).build();
        this.budgets = new RenderBudgets(options.budget(), options.budgetWindow(), System::nanoTime);
        this.served = folder == null ? null : new ServedCharts(folder, options.tableBytes());
    }

    /**
     * GET /charts/NAME.EXT: the spec as parsed for these parameters (again only when its file changed), named with the
     * data file's version before anything is read or drawn; its table is read again only when that version is new.
     */
    Planned chart(String name, ChartQuery query) {
        if (folder == null) {
            throw new Problem(404, "path", "this server serves no chart folder", "start it with --charts DIR, or POST a spec to /render");
        }
        ServedCharts.Parsed parsed = served.parsed(name, query.arguments(), text -> {
            metrics.specRead();
            return read(() -> SpecReader.read(text, name + ".yaml", SpecSyntax.YAML, folder.data().root(), query.arguments()));
        });
        ChartSpec spec = parsed.spec();
        Size size = query.size(spec, options.maxPixels());
        String dataVersion = ServedCharts.dataVersion(spec);
        String etag = etag("chart", name, parsed.textHash(), query.key(), served.dataTag(spec, dataVersion));
        Callable<Chart> chart = () -> served.chart(parsed, dataVersion, p -> {
            metrics.dataRead();
            return read(() -> Chart.fromSpec(p.spec(), folder.data()));
        });
        return new Planned(etag, () -> draw(chart, size, query, etag));
    }

    /**
     * Why chart {@code name} cannot be drawn with its default parameters, or null when its spec reads and its data file
     * is one it may read: for the dashboard, which shows the error in the chart's place. The data is not read here.
     */
    Problem problemOf(String name) {
        try {
            ChartSpec spec = served.parsed(name, java.util.Map.of(), text -> read(() ->
                    SpecReader.read(text, name + ".yaml", SpecSyntax.YAML, folder.data().root(), java.util.Map.of()))).spec();
            if (spec.data() == null) {
                throw new Problem(400, name + ".yaml", "the spec has no data", "add a data: section with file: or random:");
            }
            read(() -> {
                folder.data().check(spec.data());
                return null;
            });
            return null;
        } catch (Problem problem) {
            return problem;
        }
    }

    /** POST /render: the body is the spec, with its data inline. */
    Planned posted(byte[] body, ChartQuery query) {
        String etag = etag("post", query.key(), HexFormat.of().formatHex(sha256(body)));
        return new Planned(etag, () -> {
            String text = utf8(body);
            ChartSpec spec = read(() -> SpecReader.read(text, "request body", query.syntax(), null, query.arguments()));
            RandomData random = spec.data() == null ? null : spec.data().random();
            if (random != null && (long) random.rows() * random.columns() > options.maxCells()) {
                throw new Problem(413, "data.random", String.format("%,d x %,d random cells are more than the %,d this server "
                        + "draws", random.rows(), random.columns(), options.maxCells()), "ask for fewer rows or columns");
            }
            return draw(() -> Chart.fromSpec(spec, DataFolder.NONE), query.size(spec, options.maxPixels()), query, etag);
        });
    }

    /**
     * The bytes: from the cache, or drawn on the queue (and kept). Only a drawing counts against {@code client}'s render
     * budget, and one over it is refused (429) before it is queued.
     */
    CompletableFuture<Rendered> render(Planned planned, String client) {
        Rendered cached = cache == null ? null : cache.getIfPresent(planned.etag());
        if (cached != null) {
            metrics.cacheHit();
            return CompletableFuture.completedFuture(cached);
        }
        budgets.check(client);
        Callable<Rendered> draw = planned.draw();
        return queue.submit(() -> {
            long start = System.nanoTime();
            try {
                return draw.call();
            } finally {
                budgets.spend(client, System.nanoTime() - start);
            }
        }).thenApply(rendered -> {
            if (cache != null) {
                cache.put(rendered.etag(), rendered);
            }
            return rendered;
        });
    }

    private Rendered draw(Callable<Chart> source, Size size, ChartQuery query, String etag) {
        long start = System.nanoTime();
        Chart chart = read(source);
        Chart.Rendering rendering = read(() -> chart.render(query.format(), size, exporter));
        metrics.rendered(System.nanoTime() - start);
        List<String> warnings = folder == null ? rendering.warnings()
                : rendering.warnings().stream().map(w -> w.replace(folder.hidden(), "")).toList();
        return new Rendered(rendering.bytes(), rendering.mediaType(), warnings, etag);
    }

    /** Runs {@code step}, turning bad input into a 400 that keeps the served folder's path to itself. */
    private <T> T read(Callable<T> step) {
        try {
            return step.call();
        } catch (dev.plotpress.model.BadInputException e) {
            throw Problem.of(e, folder == null ? null : folder.hidden());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new Problem(400, "request body", "the body is not UTF-8 text", "send the spec as UTF-8 YAML or JSON");
        }
    }

    private static String etag(String... parts) {
        MessageDigest digest = digest();
        digest.update(VERSION.getBytes(StandardCharsets.UTF_8));
        for (String part : parts) {
            digest.update((byte) 0);
            digest.update(part.getBytes(StandardCharsets.UTF_8));
        }
        return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
    }

    private static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
