"""pandas beside bench's ReadBench, on the same files: read_csv (warm: median of 3 after one read) and
filter a > 0.25 + groupby('symbol').b.mean() (median of 21). Usage: read_bench.py DIR [rows ...]"""
import statistics, sys, time
import pandas as pd

d = sys.argv[1]
sizes = [int(s) for s in sys.argv[2:]] or [1_000_000, 5_000_000]
print("| file | pandas read_csv s (median of 3, warm) | memory_usage bytes/value |")
print("| --- | --- | --- |")
for rows in sizes:
    f = f"{d}/numbers_{rows}.csv"
    pd.read_csv(f)
    times = []
    for _ in range(3):
        t0 = time.perf_counter(); df = pd.read_csv(f); times.append(time.perf_counter() - t0)
    print(f"| numbers_{rows}.csv | {statistics.median(times):.2f} | {df.memory_usage(deep=True).sum() / df.size:.1f} |")
g = pd.read_csv(f"{d}/groups_1000000.csv")
times = []
for _ in range(21):
    t0 = time.perf_counter(); r = g[g.a > 0.25].groupby("symbol").b.mean(); times.append((time.perf_counter() - t0) * 1e3)
print(f"\nfilter + group-by mean over {len(g):,} rows: {statistics.median(times):.1f} ms (median of 21); AAPL {r['AAPL']:.6f}")
