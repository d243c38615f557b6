#!/usr/bin/env bash
# On a desk's database of 1,000,000 duty-log entries (and 200,000 readings), prints what the
# start check costs and how long a backup with its verification, and a restore, take. Usage:
#   bench/backup-bench.sh [DATA_DIR] [LOG_ENTRIES]
# DATA_DIR is filled first when it holds no database (about 5 minutes at 1M entries) and kept;
# without it a temporary directory is used and removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/bench.classpath ] || [ ! -f target/test-classes/cn/shiguai/roaddesk/bench/BackupBench.class ]; then
  mvn -B -q -DskipTests test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  cn.shiguai.roaddesk.bench.BackupBench "$@"
