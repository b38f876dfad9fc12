#!/usr/bin/env bash
# The benchmark: Plotpress vs raw JFreeChart (ChartUtils/ImageIO) vs matplotlib Agg, in the same run, on the
# reports' workload (4x8 random table -> 8x8 scatter matrix 12x8 in + correlation heatmap 8x6 in, dpi 100)
# and the web report's line chart (1000 points -> JPEG -> data URI). Prints markdown tables.
#   bench/run.sh [charts-for-throughput, default 2000]
set -euo pipefail
cd "$(dirname "$0")/.."
charts="${1:-2000}"
python=/usr/bin/python3

if ! "$python" -c "import matplotlib, seaborn, pandas" 2>/dev/null; then
  echo "installing Debian's python3-matplotlib and python3-seaborn..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-matplotlib python3-seaborn >/dev/null
fi

echo "building (headless installed to ~/.m2, then bench/pom.xml)..." >&2
mvn -B -q -pl headless/cli -am install -DskipTests >&2
mvn -B -q -f bench/pom.xml package >&2
mvn -B -q -DskipTests package >&2   # the app jars behind ./plotpress
cp="bench/target/plotpress-bench-0.1.0.jar:bench/target/lib/*"
# Both Java engines run with the collector settings `plotpress batch` uses (the plotpress script adds them).
java_run=(java -Djava.awt.headless=true -XX:+UseParallelGC -Xmn128m -cp "$cp")
java_first=(java -Djava.awt.headless=true -cp "$cp")
tmp="$(mktemp -d)"

median_seconds() {   # median wall time of 7 runs of "$@"
  local times=()
  for _ in 1 2 3 4 5 6 7; do
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    times+=("$(( (t1 - t0) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 4p | awk '{printf "%.2f", $1 / 1000}'
}

echo "## Machine"
echo
echo "- $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- $(java -version 2>&1 | head -1); $("$python" -c 'import sys, matplotlib; print("Python", sys.version.split()[0], "matplotlib", matplotlib.__version__)')"
echo
echo "## Throughput (warm, same run)"
echo
echo "| engine | scatter matrix 1200x800 PNG, median ms | heatmap 800x600 PNG, median ms | line 1000 pts -> JPEG data URI, median ms | reports' workload charts/s, 1 thread | charts/s, all cores | peak RSS MiB |"
echo "|---|---|---|---|---|---|---|"
"${java_run[@]}" dev.plotpress.bench.Bench plotpress examples "$charts"
"${java_run[@]}" dev.plotpress.bench.Bench jfreechart examples "$charts"
"$python" bench/matplotlib_bench.py 20
echo
echo "## Cold process to first chart (scatter matrix PNG, median of 7)"
echo
./plotpress --headless render examples/scatter_matrix.yaml -o "$tmp/warm.png" >/dev/null 2>&1 || true   # records the CDS archive
echo "| how | seconds |"
echo "|---|---|"
echo "| \`./plotpress --headless render examples/scatter_matrix.yaml\` (CDS archive) | $(median_seconds ./plotpress --headless render examples/scatter_matrix.yaml -o "$tmp/a.png") |"
echo "| same, \`PLOTPRESS_CDS=0\` | $(median_seconds env PLOTPRESS_CDS=0 ./plotpress --headless render examples/scatter_matrix.yaml -o "$tmp/b.png") |"
echo "| plain \`java -cp ... Bench first\` (no script, no CDS) | $(median_seconds "${java_first[@]}" dev.plotpress.bench.Bench first examples "$tmp/c.png") |"
echo "| matplotlib Agg (\`python3 bench/matplotlib_bench.py first\`) | $(median_seconds "$python" bench/matplotlib_bench.py first "$tmp/d.png") |"
echo
echo "## Every example, warm (one thread)"
echo
"${java_run[@]}" dev.plotpress.bench.ExampleTimes examples
echo
echo "## Where a reports' chart spends its time (warm, one thread)"
echo
"${java_run[@]}" dev.plotpress.bench.TimeSplit examples
echo
echo "## PNG encoders on the reports' images"
echo
"${java_run[@]}" dev.plotpress.bench.EncoderBench examples "$tmp/encoders"
pngcheck -q "$tmp"/encoders/*.png "$tmp"/*.png && echo && echo "pngcheck: every PNG above is valid"
rm -rf "$tmp"
