#!/usr/bin/env bash
# The chart server under load, side by side with matplotlib in the same run (docs/PERFORMANCE.md, "Serving charts"):
#  - plotpress --headless serve: closed-loop req/s (autocannon 9.0.0) and fixed-rate p50/p90/p99/p99.9 (Gatling,
#    open model: bench/gatling) for the web report's line chart (PNG, and the JPEG data URI by POST with the data inline),
#    the heatmap and the scatter matrix; the cache is off (--cache-mib 0) so every answer is drawn, and one line with
#    the cache on (a cache hit is not a render); the server's CPU per answer from /proc; render budgets off (one client);
#  - the first answer after a start: median of START_RUNS (default 7) starts of ./plotpress --headless serve;
#  - matplotlib's documented Flask example (Figure API, Agg) under gunicorn -w 2, the same line chart;
#  - the first report's pyplot app on TkAgg under Xvfb (gunicorn -w 1): RSS over TKAGG_REQUESTS (default 20,000)
#    requests or TKAGG_SECONDS (default 3600), plotted by Plotpress into docs/serve-tkagg.png;
#  - our server over SOAK requests (default 100,000): RSS and heap after GC every 5,000, plotted by Plotpress.
# Everything listens on 127.0.0.1 only; every load run is bounded by a request count or a duration.
# The memory runs are bounded by time too (a busy machine may not reach the counts): the peers run 10 steps of
# PEER_STEP seconds (default 20) each, the soak stops at SOAK_SECONDS (default 900); the tables give the requests
# actually answered.
#   bench/serve.sh [soak-requests, default 100000]
#   PARTS="tkagg soak" bench/serve.sh 100000   runs only the named parts (of: start speed rate peers tkagg soak)
# The figures in docs/PERFORMANCE.md were taken with: bench/serve.sh 100000 (see there for the short runs' settings).
set -euo pipefail
cd "$(dirname "$0")/.."
soak="${1:-100000}"
peer_step="${PEER_STEP:-20}"
soak_budget="${SOAK_SECONDS:-900}"
python=/usr/bin/python3
ac=(npx -y autocannon@9.0.0)
tmp="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

./plotpress --headless --version >/dev/null   # builds the jars when they are missing or stale
serve=(env PLOTPRESS_JAVA_OPTS=-Xmx256m ./plotpress --headless serve --render-budget 0)
parts=" ${PARTS:-start speed rate peers tkagg soak} "   # PARTS="tkagg soak" runs only the memory runs
has() { [[ "$parts" == *" $1 "* ]]; }
tkagg_requests="${TKAGG_REQUESTS:-20000}"
tkagg_budget="${TKAGG_SECONDS:-3600}"
start_runs="${START_RUNS:-7}"

mkdir -p "$tmp/charts"
cp examples/data/live_metric.csv "$tmp/charts/"
sed 's#data/live_metric.csv#live_metric.csv#' examples/line_chart.yaml > "$tmp/charts/line.yaml"
cp examples/correlation_heatmap.yaml "$tmp/charts/heatmap.yaml"
cp examples/scatter_matrix.yaml "$tmp/charts/scatter_matrix.yaml"
# the line chart with its 1000 rows inline, as a web app would POST it
"$python" - "$tmp" <<'PY'
import json, sys
tmp = sys.argv[1]
csv = open(tmp + "/charts/live_metric.csv").read()
spec = {"kind": "line", "title": "Live metric", "data": {"csv": csv}, "x": "step", "y": ["value"], "xLabel": "Step",
        "yLabel": "Value", "size": {"width": 640, "height": 480, "unit": "px", "dpi": 100}, "style": {"lineWidth": 1.5}}
open(tmp + "/line.json", "w").write(json.dumps(spec))
PY

plot() {   # plot CSV PNG TITLE COLUMNS...: a line chart of the columns over requests, drawn by Plotpress
  local csv="$1" png="$2" title="$3"; shift 3
  cat > "$tmp/plot.yaml" <<YAML
kind: line
title: "$title"
data: {file: $(pwd)/$csv}
x: requests
y: [$(IFS=,; echo "$*" | sed 's/,/, /g')]
xLabel: requests answered
yLabel: MiB
axes: {yMin: 0}
size: {width: 900, height: 450}
YAML
  ./plotpress --headless render "$tmp/plot.yaml" -o "$png" >&2
}
# jvm PID: the JVM behind a started ./plotpress: the script execs java once the serve class archive exists, and runs it
# as a background child while it makes that archive (the first run, or when the start part was skipped)
jvm() { local child; child=$(pgrep -P "$1" -x java | head -1 || true); echo "${child:-$1}"; }
rss_kib() { local total=0; for p in "$@"; do total=$(( total + $(ps -o rss= -p "$p" 2>/dev/null || echo 0) )); done; echo "$total"; }
wait_for() {   # wait_for URL: milliseconds until URL answers 200 (polls every 10 ms, at most 60 s)
  "$python" - "$1" <<'PY'
import sys, time, urllib.request
start = time.time()
while time.time() - start < 60:
    try:
        if urllib.request.urlopen(sys.argv[1], timeout=5).status == 200:
            break
    except Exception:
        time.sleep(0.01)
print(int((time.time() - start) * 1000))
PY
}
# closed [args...] URL -> "req/s | p50 | p99" (10 connections, 10 s)
closed() { "${ac[@]}" -j -c 10 -d "${DUR:-10}" "$@" 2>/dev/null | "$python" -c '
import json, sys; r = json.load(sys.stdin); l = r["latency"]
print("%.0f | %.1f | %.1f | %d" % (r["requests"]["average"], l["p50"], l["p99"], r["non2xx"] + r["errors"]))'; }
# answered SECONDS CONNECTIONS URL -> the number of 2xx answers in that time
answered() { "${ac[@]}" -j -c "$2" -d "$1" "$3" 2>/dev/null | "$python" -c '
import json, sys; r = json.load(sys.stdin); print(r["2xx"])'; }
# rate R URL [JSON body file] -> "p50 | p90 | p99 | p99.9 | requests | failed" at R req/s, open model (Gatling: a request
# starts every 1/R s whatever the earlier ones took; autocannon's -R sends each second's quota in a burst at its start),
# after 10 s at the same rate that is not counted (the generator's own JIT); RATE_DUR (default 20) s counted
rate() { local out; out=$(mktemp -d "$tmp/gatling.XXXXXX")   # one results folder per run: rate runs in $(...)
  (cd bench/gatling && mvn -B -q gatling:test -Dgatling.resultsFolder="$out" -Drate="$1" -Durl="$2" ${3:+-Dbody="$3"} \
     -Dseconds="${RATE_DUR:-20}" > "$out.log" 2>&1) || { echo "Gatling failed: $out.log" >&2; tail -20 "$out.log" >&2; return 1; }
  "$python" bench/gatling/percentiles.py "$(ls -d "$out"/*/ | head -1)" chart; }

echo "## Machine"
echo
echo "- $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- $(java -version 2>&1 | head -1); $("$python" -c 'import sys, matplotlib, flask; print("Python", sys.version.split()[0], "matplotlib", matplotlib.__version__, "Flask", flask.__version__)'); gunicorn $(gunicorn --version 2>&1 | awk '{print $NF}' | tr -d ')'); autocannon 9.0.0; Gatling 3.13.5"
echo

if has start; then
# First answers: START_RUNS starts of the server as a user starts it (the script, its class-data archive for serve),
# each timed from the start to the first 200 of the line chart; the CPU the JVM used by then is load-independent.
sport=18083
"${serve[@]}" --charts "$tmp/charts" --port "$sport" --cache-mib 0 >/dev/null 2>&1 &   # makes the archive, once
p=$!; wait_for "http://127.0.0.1:$sport/charts/line.png" >/dev/null; kill -TERM "$p"; wait "$p" || true
starts=(); cpus=()
for i in $(seq "$start_runs"); do
  t0=$(date +%s%N)
  "${serve[@]}" --charts "$tmp/charts" --port "$sport" --cache-mib 0 >/dev/null 2>&1 &
  p=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$sport/charts/line.png"; do sleep 0.005; done
  starts+=($(( ($(date +%s%N) - t0) / 1000000 )))
  cpus+=($(awk '{print ($14 + $15) * 10}' "/proc/$(jvm "$p")/stat"))
  kill -TERM "$p"; wait "$p" || true
done
median() { tr ' ' '\n' | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)] " ms (" a[1] "-" a[NR] ")"}'; }
echo "## Plotpress server: first answer (GET /charts/line.png, cache off) after ./plotpress --headless serve starts"
echo
echo "Median of $start_runs starts: $(echo "${starts[@]}" | median) wall clock; the JVM's CPU by then: $(echo "${cpus[@]}" | median); load average $(cut -d' ' -f1 /proc/loadavg)"
echo

fi
port=18080
"${serve[@]}" --charts "$tmp/charts" --port "$port" --cache-mib 0 --queue 64 > "$tmp/access.log" 2> "$tmp/server.err" &
ours=$!; pids+=("$ours")
wait_for "http://127.0.0.1:$port/charts/line.png" >/dev/null
ours_jvm=$(jvm "$ours")   # for CPU and RSS: not the script's bash when it runs java as a child
base="http://127.0.0.1:$port"
if has speed || has rate; then
cport=18084
"${serve[@]}" --charts "$tmp/charts" --port "$cport" --queue 64 > /dev/null 2>&1 &
cached=$!; pids+=("$cached")
wait_for "http://127.0.0.1:$cport/charts/line.png" >/dev/null
post=(-m POST -H "Content-Type: application/json" -i "$tmp/line.json")
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
fi

if has speed; then

echo "Closed loop, 10 connections, ${DUR:-10} s each, cache off (every answer drawn) unless the row says otherwise:"
echo
echo "| chart | req/s | p50 ms | p99 ms | non-2xx |"
echo "|---|---:|---:|---:|---:|"
"${ac[@]}" -c 10 -d 5 "$base/charts/line.png" >/dev/null 2>&1   # JIT warm-up
t0=$(cpu_ticks "$ours_jvm")
line=$(closed "$base/charts/line.png")
cpu_ms=$(( ($(cpu_ticks "$ours_jvm") - t0) * 1000 / $(getconf CLK_TCK) ))
echo "| line chart, GET /charts/line.png | $line |"
echo "| line chart, POST /render?format=datauri&image=jpeg (1000 rows inline) | $(closed "${post[@]}" "$base/render?format=datauri&image=jpeg") |"
echo "| correlation heatmap, GET .png | $(closed "$base/charts/heatmap.png") |"
echo "| 8x8 scatter matrix 1200x800, GET .png | $(closed "$base/charts/scatter_matrix.png") |"
"${ac[@]}" -c 10 -d 3 "http://127.0.0.1:$cport/charts/line.png" >/dev/null 2>&1
echo "| line chart, GET /charts/line.png, **cache on: answers from the cache, not renders** | $(closed "http://127.0.0.1:$cport/charts/line.png") |"
echo
echo "Server CPU per drawn line chart (the GET row above): $(echo "$line" | awk -F'|' -v ms="$cpu_ms" -v s="${DUR:-10}" '{printf "%.1f ms", ms / ($1 * s)}') (the JVM's user + system time over the run / answers)."
echo
fi

if has rate; then
echo "Fixed rate, open model (Gatling 3.13: one request every 1/rate s, connections pooled), ${RATE_DUR:-20} s counted after 10 s at the same rate:"
echo
echo "| chart | rate | p50 ms | p90 ms | p99 ms | p99.9 ms | requests | failed |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
echo "| line chart PNG | 200/s | $(rate 200 "$base/charts/line.png") |"
echo "| line chart JPEG data URI (POST) | 200/s | $(rate 200 "$base/render?format=datauri&image=jpeg" "$tmp/line.json") |"
echo "| correlation heatmap PNG | 50/s | $(rate 50 "$base/charts/heatmap.png") |"
echo "| scatter matrix PNG | 20/s | $(rate 20 "$base/charts/scatter_matrix.png") |"
echo "| line chart PNG, cache on (cache hits) | 200/s | $(rate 200 "http://127.0.0.1:$cport/charts/line.png") |"
echo
fi
if has speed || has rate; then kill -TERM "$cached"; wait "$cached" || true; fi

if has peers; then
gport=18081
gunicorn -w 2 -b "127.0.0.1:$gport" --chdir bench/serve flask_figure:app > "$tmp/gunicorn.log" 2>&1 &
gunicorn_pid=$!; pids+=("$gunicorn_pid")
wait_for "http://127.0.0.1:$gport/line.png" >/dev/null
echo "## Same run: matplotlib's Flask example (Figure API, Agg) under gunicorn -w 2"
echo
echo "| chart | req/s | p50 ms | p99 ms | non-2xx |"
echo "|---|---:|---:|---:|---:|"
echo "| line chart PNG | $(closed "http://127.0.0.1:$gport/line.png") |"
echo "| line chart JPEG data URI | $(closed "http://127.0.0.1:$gport/line.jpeg.datauri") |"
echo
echo "## Memory of the peers over requests (RSS in MiB, all of a server's processes)"
echo
gworkers=$(pgrep -P "$gunicorn_pid" | tr '\n' ' ')
echo "| seconds | gunicorn + Figure/Agg (2 workers): requests | RSS MiB |"
echo "|---:|---:|---:|"
g_total=0
for i in 1 2 3 4 5 6 7 8 9 10; do
  g_total=$(( g_total + $(answered "$peer_step" 4 "http://127.0.0.1:$gport/line.jpeg.datauri") ))
  # shellcheck disable=SC2086
  echo "| $(( i * peer_step )) | $g_total | $(( $(rss_kib "$gunicorn_pid" $gworkers) / 1024 )) |"
done
echo
kill "$gunicorn_pid" 2>/dev/null || true
fi

if has tkagg; then
tport=18082
# no worker timeout: a slow answer on a busy machine must not restart the worker and reset the memory being measured
xvfb-run -a gunicorn -w 1 --timeout 0 -b "127.0.0.1:$tport" --chdir bench/serve pyplot_tkagg:app > "$tmp/tkagg.log" 2>&1 &
pids+=("$!")
wait_for "http://127.0.0.1:$tport/line.jpeg.datauri" >/dev/null
tk_pids=$(pgrep -f "pyplot_tkagg:app" | tr '\n' ' ')
echo "### The first report's pyplot + TkAgg app (1 worker, 1 connection): up to $tkagg_requests requests or $tkagg_budget s"
echo
tk_samples="$tmp/tkagg.csv"
echo "requests,rss_mib" > "$tk_samples"
echo "0,$(( $(rss_kib $tk_pids) / 1024 ))" >> "$tk_samples"
t_total=0
tk_start=$(date +%s)
while [ "$t_total" -lt "$tkagg_requests" ] && [ $(( $(date +%s) - tk_start )) -lt "$tkagg_budget" ]; do
  t_total=$(( t_total + $(answered "${TKAGG_STEP:-30}" 1 "http://127.0.0.1:$tport/line.jpeg.datauri") ))
  # shellcheck disable=SC2086
  echo "$t_total,$(( $(rss_kib $tk_pids) / 1024 ))" >> "$tk_samples"
done
echo "| requests | RSS MiB |"
echo "|---:|---:|"
tail -n +2 "$tk_samples" | awk -F, '{print "| " $1 " | " $2 " |"}'
echo
echo "($t_total requests in $(( $(date +%s) - tk_start )) s; load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
echo
mkdir -p bench/results
cp "$tk_samples" bench/results/serve-tkagg.csv
fi
for p in "${pids[@]}"; do [ "$p" = "$ours" ] || kill "$p" 2>/dev/null || true; done
pids=("$ours")

if has soak; then
echo "## Plotpress server soak: up to $soak requests or $soak_budget s of the line chart PNG (10 connections, cache off)"
echo
samples="$tmp/soak.csv"
echo "requests,rss_mib,heap_after_gc_mib" > "$samples"
done_requests=0
soak_start=$(date +%s)
while [ "$done_requests" -lt "$soak" ] && [ $(( $(date +%s) - soak_start )) -lt "$soak_budget" ]; do
  done_requests=$(( done_requests + $(answered 15 10 "$base/charts/line.png") ))
  heap=$(curl -s "$base/metrics" | awk '/^plotpress_heap_after_gc_bytes/ {printf "%.1f", $2 / 1048576}')
  echo "$done_requests,$(( $(rss_kib "$ours_jvm") / 1024 )),$heap" >> "$samples"
done
soak_seconds=$(( $(date +%s) - soak_start ))
echo "| requests | RSS MiB | heap after GC MiB |"
echo "|---:|---:|---:|"
tail -n +2 "$samples" | awk -F, '{print "| " $1 " | " $2 " | " $3 " |"}'
echo
"$python" - "$samples" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
first, last = float(rows[0]["rss_mib"]), float(rows[-1]["rss_mib"])
print(f"RSS after {rows[-1]['requests']} requests vs after {rows[0]['requests']}: {last:.0f} / {first:.0f} MiB = {100 * (last - first) / first:+.1f}%")
PY
echo "($done_requests requests in $soak_seconds s; access log: $(wc -l < "$tmp/access.log") lines; load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
mkdir -p bench/results
cp "$samples" bench/results/serve-soak.csv
fi
if has soak; then plot bench/results/serve-soak.csv docs/serve-soak.png "plotpress serve: memory over $done_requests requests (line chart PNG, cache off, -Xmx256m)" rss_mib heap_after_gc_mib; fi
if has tkagg; then plot bench/results/serve-tkagg.csv docs/serve-tkagg.png "pyplot + TkAgg under Xvfb (the first report's app): RSS over $t_total requests" rss_mib; fi
kill -TERM "$ours"; wait "$ours" && echo "(server stopped on SIGTERM with exit code 0)"
