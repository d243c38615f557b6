#!/usr/bin/env bash
# The duty-log chain at 1,000,000 entries (and 1,000,000 readings): full verify, the verify from a
# checkpoint a day's 1,000 entries back, and issuing a daily report (chain checked inside the
# write), on a scratch copy of the start-up benchmark's filled database (made if missing).
#   bench/chain-bench.sh
# Prints RESULT lines for bench/run-all.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_build
if [ ! -f target/bench-data/big/roaddesk.mv.db ]; then
  java -Xmx2g -cp "$(bench_test_cp)" cn.shiguai.roaddesk.bench.FillDesk target/bench-data/big 1000000 1000000
fi
rm -rf target/bench-data/chain && cp -r target/bench-data/big target/bench-data/chain
rm -rf target/bench-data/chain/backups
out=$(java -Xmx1g -cp "$(bench_test_cp)" cn.shiguai.roaddesk.bench.ChainBench target/bench-data/chain 2>/dev/null)
rm -rf target/bench-data/chain
echo "$out"
ms() { awk -v k="$1" '$0 ~ k {for (i = 1; i <= NF; i++) if ($i == "median") {print $(i + 1); exit}}' <<<"$out"; }
echo "RESULT|full verify of the chain, 1M entries|$(ms 'full verify') ms|≤ 5,000 ms|log verify, 校验日志链, daily backup"
echo "RESULT|verify from the last checkpoint, 1,000 entries since|$(ms 'from checkpoint') ms|—|the start check"
echo "RESULT|issue a daily report at 1M entries (warm)|$(ms 'issue daily') ms|≤ 1,000 ms|$(grep -o 'first [0-9]* ms' <<<"$out") in the JVM"
