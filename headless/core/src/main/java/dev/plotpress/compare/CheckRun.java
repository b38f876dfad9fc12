package dev.plotpress.compare;

import java.util.List;

/** All results of one check, in the order the charts were given, and how long the whole run took. */
public record CheckRun(List<ChartResult> results, long wallMillis) {
    public CheckRun {
        results = List.copyOf(results);
    }

    public long count(CheckStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    /** Whether every chart passed (or had its baseline generated). */
    public boolean passed() {
        return results.stream().noneMatch(r -> r.status().fails());
    }

    /** {@code 12 charts: 10 passed, 1 failed, 1 without baseline, 0 errors in 1.2 s}. */
    public String summary() {
        StringBuilder s = new StringBuilder().append(results.size()).append(results.size() == 1 ? " chart: " : " charts: ");
        if (count(CheckStatus.GENERATED) > 0) {
            s.append(count(CheckStatus.GENERATED)).append(" baselines generated, ");
        }
        s.append(count(CheckStatus.PASS)).append(" passed, ")
                .append(count(CheckStatus.FAIL)).append(" failed, ")
                .append(count(CheckStatus.MISSING_BASELINE)).append(" without baseline, ")
                .append(count(CheckStatus.ERROR)).append(" errors in ")
                .append(String.format(java.util.Locale.ROOT, "%.1f s", wallMillis / 1000.0));
        return s.toString();
    }
}
