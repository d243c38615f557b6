#!/usr/bin/env bash
# Issue 12 item 7: with 1,000,000 readings stored (20 points every ~30 s over a year, filled
# once into DATA_DIR and kept), in one JVM: saving a reading until the recommendation has been
# recomputed, the readings screen's opening reads, and a 10,000-row station file taken as the
# inbox takes it (then again, all repeats). Prints RESULT lines.
#   bench/volume-bench.sh [DATA_DIR=target/bench-volume/data] [READINGS=1000000] [ROUNDS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_build
DIR=${1:-target/bench-volume/data}
mkdir -p "$(dirname "$DIR")"
echo "volume, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
exec java -Xmx1g -cp "$(bench_test_cp)" cn.shiguai.roaddesk.bench.VolumeBench "$DIR" "${2:-1000000}" "${3:-5}"
