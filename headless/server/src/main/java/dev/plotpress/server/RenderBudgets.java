package dev.plotpress.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Render time per client address (vl-convert's per-IP budgets): each address may spend {@code budget} of drawing in
 * every window of {@code window}; past it, its next render is refused with 429 and a Retry-After until the window ends.
 * Only drawing counts: answers from the cache and 304s cost nothing and are never refused. A render that starts
 * within the budget may end past it (the time is counted when it is known).
 */
final class RenderBudgets {
    /** One address's current window: when it began and how much drawing it has used. */
    private static final class Window {
        final long start;
        final AtomicLong used = new AtomicLong();

        Window(long start) {
            this.start = start;
        }
    }

    private final long budget;
    private final long window;
    private final LongSupplier clock;
    private final Cache<String, Window> windows;

    RenderBudgets(Duration budget, Duration window, LongSupplier nanoClock) {
        this.budget = budget.toNanos();
        this.window = window.toNanos();
        this.clock = nanoClock;
        // an address unseen for a window has nothing left to remember; the bound keeps a flood of addresses in check
        this.windows = Caffeine.newBuilder().expireAfterAccess(window.multipliedBy(2)).maximumSize(100_000).build();
    }

    boolean enabled() {
        return budget > 0;
    }

    /** Refuses with a 429 when {@code client} has used its render time of the current window. */
    void check(String client) {
        if (!enabled()) {
            return;
        }
        long now = clock.getAsLong();
        Window current = current(client, now);
        if (current.used.get() >= budget) {
            long retry = Math.max(1, (long) Math.ceil((current.start + window - now) / 1e9));
            throw Problem.overBudget(String.format("this address has used its %s s of drawing for the last %s s",
                    seconds(budget), seconds(window)), "retry after the time in Retry-After; ask for the same chart again "
                    + "(a cached or unchanged chart costs nothing), or ask whoever runs this server for a larger --render-budget", retry);
        }
    }

    /** Counts {@code nanos} of drawing against {@code client}. */
    void spend(String client, long nanos) {
        if (enabled()) {
            current(client, clock.getAsLong()).used.addAndGet(nanos);
        }
    }

    private Window current(String client, long now) {
        return windows.asMap().compute(client, (key, old) -> old == null || now - old.start >= window ? new Window(now) : old);
    }

    private static String seconds(long nanos) {
        double s = nanos / 1e9;
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }
}
