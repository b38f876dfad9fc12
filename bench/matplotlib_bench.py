"""The benchmark's workload in matplotlib, the way the reports should have written it: the Agg backend and
the object-oriented Figure API (no pyplot registry), seaborn for the heatmap as in the report.

  /usr/bin/python3 bench/matplotlib_bench.py [charts]      -> one markdown row
  /usr/bin/python3 bench/matplotlib_bench.py first OUT.png -> one scatter matrix, then exit (cold start)
"""
import base64
import io
import resource
import statistics
import sys
import time

import matplotlib
matplotlib.use("Agg")
from matplotlib.figure import Figure  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402


def scatter_matrix(df, out, dpi=100):
    n = df.shape[1]
    figure = Figure(figsize=(12, 8))
    grid = figure.add_gridspec(n, n, hspace=0.1, wspace=0.1)
    for i in range(n):
        for j in range(n):
            ax = figure.add_subplot(grid[i, j])
            ax.scatter(df.iloc[:, j], df.iloc[:, i], s=3, color="black", alpha=0.5)
            ax.set_xticks([])
            ax.set_yticks([])
            if i == n - 1:
                ax.set_xlabel(df.columns[j])
            if j == 0:
                ax.set_ylabel(df.columns[i], rotation=0, labelpad=15)
    figure.savefig(out, format="png", dpi=dpi)


def heatmap(df, out, dpi=100):
    figure = Figure(figsize=(8, 6))
    ax = figure.subplots()
    sns.heatmap(df.corr(), annot=True, cmap="coolwarm", ax=ax)
    figure.savefig(out, format="png", dpi=dpi)


def line_data_uri(values):
    figure = Figure(figsize=(6.4, 4.8))
    ax = figure.subplots()
    ax.plot(range(len(values)), values, linewidth=1.5)
    ax.set_title("Live metric")
    ax.set_xlabel("Step")
    ax.set_ylabel("Value")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="jpg", dpi=100)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode()


def table(seed):
    return pd.DataFrame(np.random.default_rng(seed).random((4, 8)))


def median_ms(runs, draw):
    times = []
    for i in range(runs):
        t0 = time.perf_counter()
        draw(i)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "first":
        scatter_matrix(table(0), sys.argv[2])
        return
    charts = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    line = list(50 + np.cumsum(np.random.default_rng(1).normal(size=1000)))
    for i in range(3):
        scatter_matrix(table(i), io.BytesIO())
        heatmap(table(i), io.BytesIO())
        line_data_uri(line)
    scatter = median_ms(15, lambda i: scatter_matrix(table(i), io.BytesIO()))
    heat = median_ms(15, lambda i: heatmap(table(i), io.BytesIO()))
    line_ms = median_ms(40, lambda i: line_data_uri(line))
    t0 = time.perf_counter()
    for i in range(charts):
        if i % 2 == 0:
            scatter_matrix(table(i // 2), io.BytesIO())
        else:
            heatmap(table(i // 2), io.BytesIO())
    rate = charts / (time.perf_counter() - t0)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"| matplotlib {matplotlib.__version__} Agg + seaborn {sns.__version__} (Figure API) | {scatter:.1f} | "
          f"{heat:.1f} | {line_ms:.1f} | {rate:.1f} | n/a (GIL: one process) | {rss} |")


if __name__ == "__main__":
    main()
