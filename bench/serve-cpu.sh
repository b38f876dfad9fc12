#!/usr/bin/env bash
# CPU time per answer, ours vs matplotlib's Flask example under gunicorn -w 2: on a machine shared with other work
# (load average far above the core count) req/s and latency measure the neighbours, but the CPU seconds a server
# process spends per answer (utime + stime from /proc, all its processes) still compare the two engines.
#   bench/serve-cpu.sh [requests per case, default 2000]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-2000}"
ac=(npx -y autocannon@9.0.0)
tmp="$(mktemp -d)"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
cp="app/target/plotpress-app.jar:app/target/lib/*"
mkdir -p "$tmp/charts"
cp examples/data/live_metric.csv "$tmp/charts/"
sed 's#data/live_metric.csv#live_metric.csv#' examples/line_chart.yaml > "$tmp/charts/line.yaml"
cp examples/correlation_heatmap.yaml "$tmp/charts/heatmap.yaml"
cp examples/scatter_matrix.yaml "$tmp/charts/scatter_matrix.yaml"
ticks=$(getconf CLK_TCK)
cpu_ms() { local t=0; for p in "$@"; do t=$(( t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0) )); done; echo $(( t * 1000 / ticks )); }
wait_200() { for _ in $(seq 1 600); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done; return 1; }
# per_answer URL PIDS... -> CPU ms per answer over $n answers (after n/4 warm-up answers)
per_answer() { local url="$1"; shift
  "${ac[@]}" -c 4 -a $(( n / 4 )) "$url" >/dev/null 2>&1
  local before; before=$(cpu_ms "$@")
  "${ac[@]}" -c 4 -a "$n" "$url" >/dev/null 2>&1
  echo "$(( $(cpu_ms "$@") - before ))" | awk -v n="$n" '{printf "%.2f", $1 / n}'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $n answers per case, 4 connections"
java -Djava.awt.headless=true -Xmx256m -cp "$cp" dev.plotpress.app.Launcher --headless serve --charts "$tmp/charts" \
  --port 18090 --cache-mib 0 --queue 64 > /dev/null 2>&1 &
ours=$!; pids+=("$ours")
gunicorn -w 2 -b 127.0.0.1:18091 --chdir bench/serve flask_figure:app > /dev/null 2>&1 &
g=$!; pids+=("$g")
wait_200 http://127.0.0.1:18090/charts/line.png; wait_200 http://127.0.0.1:18091/line.png
gw="$g $(pgrep -P "$g" | tr '\n' ' ')"
echo
echo "| chart | Plotpress CPU ms/answer | gunicorn + matplotlib CPU ms/answer | ratio |"
echo "|---|---:|---:|---:|"
# shellcheck disable=SC2086
a=$(per_answer http://127.0.0.1:18090/charts/line.png "$ours"); b=$(per_answer http://127.0.0.1:18091/line.png $gw)
echo "| line chart PNG | $a | $b | $(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.1fx", b / a}') |"
# shellcheck disable=SC2086
a=$(per_answer http://127.0.0.1:18090/charts/heatmap.png "$ours")
echo "| correlation heatmap PNG | $a | | |"
a=$(per_answer http://127.0.0.1:18090/charts/scatter_matrix.png "$ours")
echo "| scatter matrix PNG | $a | | |"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
