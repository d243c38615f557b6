#!/usr/bin/env bash
# Times the PDF render of the daily duty log with 1,000 entries (the app's budget: <= 1 s warm).
#   cold: the first render in a fresh JVM (class loading, JIT), median of COLD_RUNS JVMs,
#         with the font load timed apart (the app can load the font at start-up, off the FX thread)
#   warm: median of WARM_RUNS renders in one JVM after 5 unmeasured ones, as in a running app
# Usage: bench/pdf-render.sh [entries=1000] [warm runs=20] [cold runs=5]
set -euo pipefail
cd "$(dirname "$0")/.."
ENTRIES=${1:-1000}
WARM_RUNS=${2:-20}
COLD_RUNS=${3:-5}

mvn -B -q -Dstyle.color=never test-compile
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
bench() { java -cp "$CP" cn.shiguai.roaddesk.report.pdf.PdfRenderBench "$@" 2>/dev/null; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "== $(nproc) cores, $(java -version 2>&1 | head -1)"
fonts=(); renders=()
for _ in $(seq "$COLD_RUNS"); do
    out=$(bench "$ENTRIES" 0)
    fonts+=("$(awk '/cold font load/ { print $4 }' <<<"$out")")
    renders+=("$(awk '/cold render/ { print $3 }' <<<"$out")")
done
grep -E '^(font|document)' <<<"$out"
echo "cold font load  median $(printf '%s\n' "${fonts[@]}" | median) ms of $COLD_RUNS fresh JVMs (${fonts[*]})"
echo "cold render     median $(printf '%s\n' "${renders[@]}" | median) ms of $COLD_RUNS fresh JVMs (${renders[*]})"
bench "$ENTRIES" "$WARM_RUNS" | grep '^warm'
