#!/usr/bin/env bash
# CI-sized soak: 20,000 small scatter matrices (the reports' dpi-10 chart) in a 48 MB heap. Exits non-zero
# (5) when heap-after-GC grows faster than 0.1 KiB per chart after the warm-up, i.e. when a leak comes back.
#   bench/soak-ci.sh [charts] [out-folder]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
charts="${1:-20000}"
out="${2:-$(mktemp -d)}"
mkdir -p "$out"
PLOTPRESS_JAVA_OPTS="-Xms48m -Xmx48m -XX:+AlwaysPreTouch ${PLOTPRESS_JAVA_OPTS:-}" "$here/plotpress" --headless soak \
  "$here/examples/scatter_matrix_dpi10.yaml" --charts "$charts" --threads 2 --report "$out/soak-ci.png" --quiet
