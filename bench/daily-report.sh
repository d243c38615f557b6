#!/usr/bin/env bash
# Times the daily situation report with 1,000 log entries of the day, snapshot to PDF bytes
# (assembly + render; the budget is <= 1 s), then the same report as the window makes it from the
# database (IssueBench: draft from the stores, preview render, issue):
#   cold: the first report in a fresh JVM (class loading, JIT), font loaded apart as the app
#         does at start-up; median of COLD_RUNS JVMs
#   warm: median of WARM_RUNS reports in one JVM after 5 unmeasured ones, as in a running app
# Usage: bench/daily-report.sh [entries=1000] [warm runs=20] [cold runs=5]
set -euo pipefail
cd "$(dirname "$0")/.."
ENTRIES=${1:-1000}
WARM_RUNS=${2:-20}
COLD_RUNS=${3:-5}

mvn -B -q -Dstyle.color=never test-compile
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
bench() { java -cp "$CP" cn.shiguai.roaddesk.report.DailyReportBench "$@" 2>/dev/null; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "== $(nproc) cores, $(java -version 2>&1 | head -1)"
colds=()
for _ in $(seq "$COLD_RUNS"); do
    out=$(bench "$ENTRIES" 0)
    colds+=("$(awk '/cold total/ { print $3 }' <<<"$out")")
done
grep -E '^(font|document)' <<<"$out"
echo "cold total      median $(printf '%s\n' "${colds[@]}" | median) ms of $COLD_RUNS fresh JVMs (${colds[*]})"
bench "$ENTRIES" "$WARM_RUNS" | grep '^warm'
java -cp "$CP" cn.shiguai.roaddesk.report.issue.IssueBench "$ENTRIES" 10 2>/dev/null | grep '^service'
