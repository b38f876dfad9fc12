package dev.plotpress.testing;

import dev.plotpress.leak.LeastSquares;
import dev.plotpress.leak.LeakAttribution;
import dev.plotpress.leak.LiveHeap;
import org.assertj.core.api.AbstractAssert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A leak check for one's own chart code, the JUnit counterpart of {@code mprof} + {@code fil-profile}:
 *
 * <pre>{@code
 * assertThatCalling(() -> report.render()).doesNotLeak();
 * assertThatCalling(() -> report.render()).times(400).warmUp(40).allowing(256).doesNotLeak();
 * }</pre>
 *
 * It calls the code {@code warmUp} times (caches fill, classes load), then {@code times} times, measuring the
 * live heap (after a full collection) at 11 points, and fits the least-squares slope in bytes per call. Above
 * {@code allowing} it calls the code {@code times} times more to confirm (a slope that was only the end of the
 * warm-up does not recur: the check passes), and {@code times} times more to explain: a class histogram before
 * and after names the classes
 * whose instances grew per call, and a JFR old-object recording names the first line outside the JDK, JFreeChart
 * and Plotpress that allocated what stayed alive, and the path from a GC root that keeps it. Everything runs in
 * this JVM with the JDK's own instruments. Calls run on the test's thread, one after another.
 */
public final class LeakCheck extends AbstractAssert<LeakCheck, LeakCheck.Code> {
    /** Code under test: a lambda or method reference; what it throws fails the check. */
    @FunctionalInterface
    public interface Code {
        void call() throws Exception;
    }

    public static final int DEFAULT_TIMES = 200;
    public static final int DEFAULT_WARM_UP = 20;
    /**
     * 64 bytes per call: above the live-heap noise of a warm clean render loop (2-24 B/call over 200 calls,
     * measured), below a leaked chart, table or image (hundreds of bytes and up).
     */
    public static final double DEFAULT_ALLOWANCE = 64;
    static final int POINTS = 11;
    /** Frames an allocation is never charged to: the JDK, the libraries a chart is made with, the harness. */
    static final Predicate<String> INTERNAL = LeakAttribution.internalTo(List.of("java.", "javax.", "jdk.", "sun.",
            "com.sun.", "org.jfree.", "dev.plotpress.", "org.junit.", "org.assertj.", "org.apache.maven.surefire."));

    /** What the check itself keeps while measuring (its points, the histograms' text) is not the code's. */
    static final Predicate<String> HARNESS = LeakAttribution.internalTo(List.of("dev.plotpress.leak.", "dev.plotpress.testing."));

    private int times = DEFAULT_TIMES;
    private int warmUp = DEFAULT_WARM_UP;
    private double allowance = DEFAULT_ALLOWANCE;

    private LeakCheck(Code code) {
        super(code, LeakCheck.class);
    }

    /** Named so that a static import sits beside AssertJ's own {@code assertThatCode}. */
    public static LeakCheck assertThatCalling(Code code) {
        return new LeakCheck(code);
    }

    /** Calls measured (default {@value #DEFAULT_TIMES}); at least {@value #POINTS}. */
    public LeakCheck times(int calls) {
        if (calls < POINTS) {
            throw new IllegalArgumentException("times(" + calls + "): a slope needs at least " + POINTS + " calls");
        }
        this.times = calls;
        return this;
    }

    /** Calls made before measuring, so that first-call caches do not count (default {@value #DEFAULT_WARM_UP}). */
    public LeakCheck warmUp(int calls) {
        if (calls < 0) {
            throw new IllegalArgumentException("warmUp(" + calls + "): the warm-up cannot be negative");
        }
        this.warmUp = calls;
        return this;
    }

    /** Live-heap growth tolerated, in bytes per call (default {@value #DEFAULT_ALLOWANCE}). */
    public LeakCheck allowing(double bytesPerCall) {
        if (!(bytesPerCall >= 0)) {
            throw new IllegalArgumentException("allowing(" + bytesPerCall + "): give bytes per call, 0 or more");
        }
        this.allowance = bytesPerCall;
        return this;
    }

    /** Passes when the live heap grows by at most {@code allowing} bytes per call; else says who keeps what. */
    public LeakCheck doesNotLeak() {
        isNotNull();
        long started = System.nanoTime();
        call(warmUp, 0);
        double slope = slope(warmUp);
        if (slope <= allowance) {
            return this;
        }
        double confirmed = slope(warmUp + times);
        if (confirmed <= allowance) {
            return this;   // the first slope was the last of the warm-up: caches that fill slowly, then stop
        }
        long measured = System.nanoTime();
        LeakAttribution attribution = LeakAttribution.of(() -> call(times, warmUp + 2 * times), times, INTERNAL, HARNESS);
        failWithMessage("%nExpecting the code not to leak, but the live heap grew by %s per call over %d calls,"
                        + " then by %s per call over %d more (allowed: %s per call).%nIt keeps %s%n"
                        + "(%.1f s measuring, %.1f s explaining)",
                LeakAttribution.bytes(slope), times, LeakAttribution.bytes(confirmed), times,
                LeakAttribution.bytes(allowance), attribution.details(),
                (measured - started) / 1e9, (System.nanoTime() - measured) / 1e9);
        return this;
    }

    /** Bytes per call: the least-squares slope of the live heap at {@value #POINTS} points over {@code times} calls. */
    private double slope(int before) {
        List<long[]> points = new ArrayList<>();
        int step = times / (POINTS - 1);
        int done = 0;
        points.add(new long[] {0, LiveHeap.bytesAfterFullGc()});
        for (int point = 1; point < POINTS; point++) {
            int calls = point == POINTS - 1 ? times - done : step;
            call(calls, before + done);
            done += calls;
            points.add(new long[] {done, LiveHeap.bytesAfterFullGc()});
        }
        return LeastSquares.fit(points, p -> p[0], p -> p[1]).slope();
    }

    private void call(int calls, int before) {
        for (int i = 0; i < calls; i++) {
            try {
                actual.call();
            } catch (Exception e) {
                throw new AssertionError(String.format(Locale.ROOT, "the code threw on call %d of the leak check: %s",
                        before + i + 1, e), e);
            }
        }
    }
}
