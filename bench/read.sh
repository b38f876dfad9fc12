#!/usr/bin/env bash
# Reading data and transforms: Plotpress's DataReader and pandas' read_csv on the same generated CSV files, in
# the same run. Prints markdown tables for docs/PERFORMANCE.md ("Reading data and transforms").
#   bench/read.sh [rows ...]     (default 1000000 5000000; files are kept in target/read-bench)
#   runs ReadBench (bench/src/main/java/dev/plotpress/bench/ReadBench.java) with javac against headless/core/target/classes,
#   so it needs no mvn install
set -euo pipefail
cd "$(dirname "$0")/.."
dir=target/read-bench
mkdir -p "$dir" bench/target/read-classes
mvn -B -q -pl headless/core -am compile >&2
mvn -B -q -pl headless/core dependency:build-classpath -Dmdep.outputFile="$PWD/$dir/cp.txt" >&2
cp="headless/core/target/classes:$(cat "$dir/cp.txt")"
javac -d bench/target/read-classes -cp "$cp" bench/src/main/java/dev/plotpress/bench/ReadBench.java
echo "- $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); -Xmx4g"
echo
java -Xmx4g -XX:+UseParallelGC -Dplotpress.limits=dataRows=10000000 -cp "bench/target/read-classes:$cp" dev.plotpress.bench.ReadBench "$dir" "$@"
echo
/usr/bin/python3 bench/read_bench.py "$dir" "$@"
