#!/usr/bin/env bash
# Command-line start-up: wall time of whole commands, median of RUNS, for the jar with its AppCDS
# archive, the app image (its own runtime and archive), and the jar without an archive (for
# reference). Needs installer/build.sh --image-only (run-all.sh builds it).
#   bench/cli-bench.sh [RUNS=5]
# Prints RESULT lines for bench/run-all.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${1:-5}
bench_build
[ target/roaddesk.jsa -nt target/roaddesk.jar ] || installer/build.sh --no-maven --cds-only
OUT=target/bench-cli
rm -rf "$OUT" && mkdir -p "$OUT"
python3 bench/make-scenarios.py "$OUT/scenarios" 100
java -cp "$(bench_test_cp)" cn.shiguai.roaddesk.bench.FillDesk "$OUT/data" 0 0 >/dev/null
SAMPLE=resources/samples/01-heavy-snow-level-ii.json

# Wall milliseconds of one command, its output discarded; exit status 0 or 2 (an invalid file) is fine.
wall() {
  local t0 rc=0
  t0=$(now_ms)
  "$@" >/dev/null 2>&1 || rc=$?
  [ "$rc" -le 2 ] || { echo "failed ($rc): $*" >&2; exit 1; }
  echo $(( $(now_ms) - t0 ))
}
times() { for _ in $(seq "$RUNS"); do wall "$@"; done | median; }

declare -A RUN
RUN[jar+cds]="java -XX:SharedArchiveFile=target/roaddesk.jsa -cp target/roaddesk.jar cn.shiguai.roaddesk.Launcher"
RUN[jar]="java -cp target/roaddesk.jar cn.shiguai.roaddesk.Launcher"
if [ -x target/installer/roaddesk/bin/roaddesk ] && [ target/installer/roaddesk/lib/app/roaddesk.jsa -nt target/roaddesk.jar ]; then
  RUN[image]="target/installer/roaddesk/bin/roaddesk"
fi
echo "command-line start-up, median of $RUNS, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for kind in jar+cds image jar; do
  [ -n "${RUN[$kind]:-}" ] || continue
  # shellcheck disable=SC2086
  one=$(times ${RUN[$kind]} evaluate "$SAMPLE")
  # shellcheck disable=SC2086
  many=$(times ${RUN[$kind]} evaluate "$OUT"/scenarios/*.json)
  # shellcheck disable=SC2086
  add=$(times ${RUN[$kind]} --data-dir "$OUT/data" log add "基准测试记录")
  echo "$kind: evaluate 1 file ${one} ms, 100 files of 500 readings ${many} ms, log add ${add} ms"
  [ "$kind" = jar ] && note="reference: no archive" || note=""
  echo "RESULT|evaluate 1 file ($kind)|${one} ms|≤ 500 ms|$note"
  echo "RESULT|evaluate 100 files of 500 readings ($kind)|${many} ms|≤ 2,000 ms|$note"
  echo "RESULT|log add, nearly empty store ($kind)|${add} ms|≤ 1,000 ms|$note"
done
if [ -f target/bench-data/big/roaddesk.mv.db ]; then
  # shellcheck disable=SC2086
  big=$(times ${RUN[jar+cds]} --data-dir target/bench-data/big log add "基准测试记录")
  echo "jar+cds: log add on the 1M store ${big} ms"
  echo "RESULT|log add, 1M entries + 1M readings (jar+cds)|${big} ms|≤ 1,000 ms|"
fi
