#!/usr/bin/env bash
# Takes the README's screenshots from the real window under Xvfb, with sample data.
# Needs: xvfb, libgtk-3-0, fonts-wqy-zenhei (Chinese renders as boxes without a CJK font).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
xvfb-run -a -s "-screen 0 1600x1000x24" \
  java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  cn.shiguai.roaddesk.tools.Screenshots\$Main docs/screenshots
ls -l docs/screenshots/*.png
