package dev.plotpress.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most N renders at once, a small bounded queue behind them, and a time limit on each: a render that cannot be
 * queued fails at once with a 503, one that takes too long is answered with a 504 and abandoned (taken off the queue
 * if it has not started, interrupted if it has). Request threads never wait here; results arrive as futures.
 */
final class RenderQueue implements AutoCloseable {
    private final ThreadPoolExecutor workers;
    private final ScheduledThreadPoolExecutor clock;
    private final Duration timeout;

    RenderQueue(int renders, int queue, Duration timeout) {
        this.timeout = timeout;
        AtomicInteger count = new AtomicInteger();
        workers = new ThreadPoolExecutor(renders, renders, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(Math.max(1, queue)),
                work -> daemon(work, "render-" + count.incrementAndGet()), new ThreadPoolExecutor.AbortPolicy());
        workers.prestartAllCoreThreads();
        clock = new ScheduledThreadPoolExecutor(1, work -> daemon(work, "render-clock"));
        clock.setRemoveOnCancelPolicy(true);
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    /** The work's result, or a {@link Problem}: 503 when the queue is full, 504 past the time limit. */
    <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        FutureTask<Void> task = new FutureTask<>(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
            return null;
        });
        try {
            workers.execute(task);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(Problem.busy("the server is busy: " + workers.getMaximumPoolSize()
                    + " charts are being drawn and " + workers.getQueue().size() + " wait", "retry after the time in "
                    + "Retry-After, or run more replicas (see README: Serving charts)", 1));
            return result;
        }
        ScheduledFuture<?> limit = clock.schedule(() -> {
            if (result.completeExceptionally(new Problem(504, null, "the chart took longer than the render time limit of "
                    + timeout.toMillis() / 1000.0 + " s and was abandoned", "draw fewer rows or a smaller image, "
                    + "or ask whoever runs this server for a longer --render-timeout"))) {
                task.cancel(true);
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        result.whenComplete((value, error) -> limit.cancel(false));
        return result;
    }

    int running() {
        return workers.getActiveCount();
    }

    int queued() {
        return workers.getQueue().size();
    }

    /** Lets running renders finish (up to {@code wait}), then stops the threads. */
    @Override
    public void close() {
        workers.shutdown();
        try {
            workers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
        clock.shutdownNow();
    }
}
