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
import java.util.concurrent.TimeUnit;

/**
 * /metrics in Prometheus text (Micrometer): requests by status, the render-time histogram, renders in flight and
 * queued, and the heap left after the last collection: the number that shows a leak, as the soak does.
 */
final class ServerMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer renderTime;
    private final Counter cacheHits;
    private final Counter specReads;
    private final Counter dataReads;
    private final JvmGcMetrics gc = new JvmGcMetrics();

    ServerMetrics(RenderQueue queue) {
        renderTime = Timer.builder("plotpress.render").description("time to read a chart's data, draw and encode it")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10)).register(registry);
        cacheHits = Counter.builder("plotpress.cache.hits").description("answers from the in-memory cache").register(registry);
        specReads = Counter.builder("plotpress.spec.reads").description("served specs read and parsed (a new file version or new parameters)").register(registry);
        dataReads = Counter.builder("plotpress.data.reads").description("served charts' data read (a new file version)").register(registry);
        Gauge.builder("plotpress.renders.in.flight", queue, RenderQueue::running).description("charts being drawn").register(registry);
        Gauge.builder("plotpress.renders.queued", queue, RenderQueue::queued).description("charts waiting to be drawn").register(registry);
        Gauge.builder("plotpress.heap.after.gc", ServerMetrics::heapAfterGc).baseUnit("bytes")
                .description("heap in use right after the last garbage collection").register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        gc.bindTo(registry);
    }

    void request(int status) {
        registry.counter("plotpress.requests", "status", Integer.toString(status)).increment();
    }

    void rendered(long nanos) {
        renderTime.record(nanos, TimeUnit.NANOSECONDS);
    }

    void cacheHit() {
        cacheHits.increment();
    }

    void specRead() {
        specReads.increment();
    }

    void dataRead() {
        dataReads.increment();
    }

    String scrape() {
        return registry.scrape();
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
        gc.close();
        registry.close();
    }
}
