#!/usr/bin/env bash
# Builds target/installer/RoadDesk-<version>.dmg on macOS (JDK 17, Python 3). JavaFX: the -mac
# (or -mac-aarch64) jars of the pom's version in target/installer/fxmods-mac.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests package
python3 installer/icon/draw_icon.py target/installer/roaddesk.icns 256
mkdir -p target/installer/input
cp target/roaddesk.jar target/installer/input/
find target/lib -name '*.jar' ! -name 'javafx-*' -exec cp {} target/installer/input/ \;
jlink --module-path target/installer/fxmods-mac \
  --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.scripting,java.xml,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.zipfs,javafx.controls,javafx.fxml \
  --strip-debug --no-man-pages --no-header-files --compress=2 --include-locales=en,zh --generate-cds-archive \
  --output target/installer/runtime-mac
jpackage @installer/macos/roaddesk-dmg.args --input target/installer/input \
  --runtime-image target/installer/runtime-mac --dest target/installer
