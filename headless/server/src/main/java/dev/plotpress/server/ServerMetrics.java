package dev.plotpress.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * /metrics in Prometheus text (Micrometer): requests by status, the render-time histogram, renders in flight and
 * queued, and the heap left after the last collection: the number that shows a leak, as the soak does.
 */
final class ServerMetrics implements AutoCloseable {
    /**
     * The registry and its meters. Micrometer and its JVM binders load a few hundred classes, so they are built on a
     * thread of their own while Jetty starts (a request waits for them only in the first fraction of a second).
     */
    private record Meters(PrometheusMeterRegistry registry, Timer renderTime, Counter cacheHits, Counter specReads,
                          Counter dataReads, JvmGcMetrics gc) {
    }

    private final CompletableFuture<Meters> meters;

    ServerMetrics(RenderQueue queue) {
        meters = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                meters.complete(build(queue));
            } catch (Throwable e) {
                meters.completeExceptionally(e);
            }
        }, "metrics-setup");
        thread.setDaemon(true);
        thread.start();
    }

    private static Meters build(RenderQueue queue) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Timer renderTime = Timer.builder("plotpress.render").description("time to read a chart's data, draw and encode it")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10)).register(registry);
        Counter cacheHits = Counter.builder("plotpress.cache.hits").description("answers from the in-memory cache").register(registry);
        Counter specReads = Counter.builder("plotpress.spec.reads").description("served specs read and parsed (a new file version or new parameters)").register(registry);
        Counter dataReads = Counter.builder("plotpress.data.reads").description("served charts' data read (a new file version)").register(registry);
        Gauge.builder("plotpress.renders.in.flight", queue, RenderQueue::running).description("charts being drawn").register(registry);
        Gauge.builder("plotpress.renders.queued", queue, RenderQueue::queued).description("charts waiting to be drawn").register(registry);
        Gauge.builder("plotpress.heap.after.gc", ServerMetrics::heapAfterGc).baseUnit("bytes")
                .description("heap in use right after the last garbage collection").register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        return new Meters(registry, renderTime, cacheHits, specReads, dataReads, gc);
    }

    void request(int status) {
        Counter.builder("plotpress.requests").description("answers by HTTP status").tag("status", Integer.toString(status))
                .register(meters.join().registry()).increment();
    }

    void rendered(long nanos) {
        meters.join().renderTime().record(nanos, TimeUnit.NANOSECONDS);
    }

    void cacheHit() {
        meters.join().cacheHits().increment();
    }

    void specRead() {
        meters.join().specReads().increment();
    }

    void dataRead() {
        meters.join().dataReads().increment();
    }

    String scrape() {
        return meters.join().registry().scrape();
    }

    static double heapAfterGc() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterGc != null) {
                used += afterGc.getUsed();
            }
        }
        return used;
    }

    @Override
    public void close() {
        meters.join().gc().close();
        meters.join().registry().close();
    }
}
