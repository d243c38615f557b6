#!/usr/bin/env bash
# Station files: wall time of `import` of a 10,000-row CSV (20 points every 10 minutes) into a
# fresh store, the same file again (every row a repeat), and a bare `log list` of an empty store
# (the JVM and the store's open, to subtract). Median of RUNS.
#   bench/import-bench.sh [RUNS=3]
# Prints RESULT lines for bench/run-all.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${1:-3}
bench_build
OUT=target/bench-import
rm -rf "$OUT" && mkdir -p "$OUT"
python3 - "$OUT/ten-k.csv" <<'PY'
import datetime, sys
rows = ["location,time,snow_depth_cm,air_temp_c"]
start = datetime.datetime(2026, 11, 25, 0, 0)
for i in range(10000):
    t = start + datetime.timedelta(minutes=10 * (i // 20))
    rows.append(f"站点 {i % 20:02d},{t:%Y-%m-%dT%H:%M},{(i % 30) / 2:.1f},-{i % 15}")
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(rows) + "\n")
PY
JAR="java -jar target/roaddesk.jar"
wall() { local t0; t0=$(now_ms); "$@" >/dev/null 2>&1; echo $(( $(now_ms) - t0 )); }
new=(); again=(); bare=()
for i in $(seq "$RUNS"); do
  rm -rf "$OUT/data$i" "$OUT/empty$i"
  mkdir -p "$OUT/data$i" "$OUT/empty$i"
  bare+=("$(wall $JAR --data-dir "$OUT/empty$i" log list)")
  new+=("$(wall $JAR --data-dir "$OUT/data$i" import "$OUT/ten-k.csv")")
  again+=("$(wall $JAR --data-dir "$OUT/data$i" import "$OUT/ten-k.csv")")
done
m() { printf '%s\n' "$@" | median; }
echo "import of 10,000 rows, median of $RUNS, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "RESULT|import 10,000 new rows (whole command)|$(m "${new[@]}") ms|≤ 3 s|JVM + open of an empty store: $(m "${bare[@]}") ms|"
echo "RESULT|import the same 10,000 rows again (all repeats)|$(m "${again[@]}") ms|—|each row checked against the store|"
