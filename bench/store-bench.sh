#!/usr/bin/env bash
# Fills a fresh database with 1,000,000 duty-log entries and 200,000 readings, then prints the
# store's figures (append, list a day, search, verify, file size). Usage:
#   bench/store-bench.sh [DATA_DIR] [LOG_ENTRIES] [READINGS]
# DATA_DIR must not exist yet (default: a new temporary directory, removed afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/bench.classpath ] || [ ! -d target/test-classes/cn/shiguai/roaddesk/bench ]; then
  mvn -B -q -DskipTests test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  cn.shiguai.roaddesk.bench.StoreBench "$@"
