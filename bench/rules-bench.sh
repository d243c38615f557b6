#!/usr/bin/env bash
# Rules engine throughput with JMH: one evaluation of a day of 500 readings over 20 points with
# 3 days of history before it (2,000 observations in all) and two traffic reports.
#   bench/rules-bench.sh            (JMH: 3 warm-up and 5 measured iterations of 2 s, one fork)
# Prints a RESULT line for bench/run-all.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_build
out=$(java -cp "$(bench_test_cp)" org.openjdk.jmh.Main RulesEngineBench -rf csv -rff target/rules-bench.csv 2>&1) || true
echo "$out" | grep -E "^(Benchmark|RulesEngineBench)" || { echo "$out" >&2; exit 1; }
score=$(awk -F, 'NR==2 {gsub(/"/,""); printf "%.0f ± %.0f", $5, $6}' target/rules-bench.csv)
echo "RESULT|rules engine: a day of 500 readings, 20 points, 3 days of history|$score evaluations/s|≥ 100,000/s|JMH, 5 × 2 s"
