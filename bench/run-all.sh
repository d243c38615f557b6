#!/usr/bin/env bash
# Every benchmark, one after the other, and one table of their figures with the targets.
#   bench/run-all.sh [--runs N] [--skip NAME]...
# NAME: rules, cli, window, chain, import, volume, store, documents. --runs: runs per start-up figure (5).
# The store benchmark fills its own 1M-entry database (minutes; --skip store to leave it out).
# Each script's full output goes to target/bench-all/NAME.log; RESULT lines make the table.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=5
SKIP=" "
while [ $# -gt 0 ]; do
  case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --skip) SKIP="$SKIP$2 "; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
OUT=target/bench-all
mkdir -p "$OUT"
. bench/lib.sh
bench_build
started=$(date +%s)
run() { # name command...
  local name=$1
  shift
  case "$SKIP" in *" $name "*) echo "[run-all] $name skipped"; return ;; esac
  echo "[run-all $(date +%T)] $name: $*"
  if "$@" >"$OUT/$name.log" 2>&1; then :; else echo "[run-all] $name FAILED (see $OUT/$name.log)"; fi
  grep '^RESULT|' "$OUT/$name.log" >>"$OUT/results" || true
}
: >"$OUT/results"
loads=$(cut -d' ' -f1-3 /proc/loadavg)
run rules bench/rules-bench.sh
run cli bench/cli-bench.sh "$RUNS"
run window bench/window-start.sh "$RUNS"
run chain bench/chain-bench.sh
run import bench/import-bench.sh
run volume bench/volume-bench.sh
run store bench/store-bench.sh
run documents bash -c 'bench/daily-report.sh && bench/pdf-render.sh'

# The store and document scripts predate RESULT lines: their figures are read from their output.
if [ -f "$OUT/store.log" ]; then
  awk '/^append/ {print "RESULT|append a log entry, durable commit|" $0 "|≤ 5 ms median|"}
       /^list one day/ {print "RESULT|list one day of 1M entries|" $0 "|≤ 100 ms|"}
       /^search/ {print "RESULT|full-text search|" $0 "|≤ 300 ms|"}
       /^verify/ {print "RESULT|verify (store bench)|" $0 "|≤ 5 s|"}
       /file size after restart/ {print "RESULT|database file after restart|" $0 "|≤ 500 MB|"}' \
    "$OUT/store.log" >>"$OUT/results"
fi
if [ -f "$OUT/documents.log" ]; then
  awk '/^cold total/ {print "RESULT|daily report, first in a fresh JVM|" $0 "|≤ 1 s|"}
       /^warm/ {print "RESULT|daily report, warm|" $0 "|≤ 1 s|"}
       /^service/ {print "RESULT|" $1 " " $2 "|" $0 "|—|"}
       /render|font/ && !/^service/ {print "RESULT|pdf-render|" $0 "|—|"}' \
    "$OUT/documents.log" >>"$OUT/results"
fi

echo
echo "RoadDesk benchmarks, $(date -u +%F), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"
echo "$(java -version 2>&1 | head -1); load at start $loads, at end $(cut -d' ' -f1-3 /proc/loadavg); $(( ($(date +%s) - started) / 60 )) min"
echo "| figure | result | target | note |"
echo "|---|---|---|---|"
awk -F'|' '{printf "| %s | %s | %s | %s |\n", $2, $3, $4, $5}' "$OUT/results"
