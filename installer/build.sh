#!/usr/bin/env bash
# Builds RoadDesk's packages with the JDK's own jlink and jpackage (docs/decisions/0012):
#   installer/build.sh                 app image and, where dpkg-deb and fakeroot exist, the .deb
#   installer/build.sh --image-only    the app image only
#   installer/build.sh --cds-only      only the AppCDS archive of target/roaddesk.jar (java -cp / -jar)
#   --no-maven                         use target/roaddesk.jar and target/lib as they are (CI, after verify)
#   --no-jar-cds                       no archive for the jar (CI: only the packages need theirs)
#   --with-bare                        also the bare JavaFX window of bench/ as an app image, made the same way
# Output (all under target/, never committed): target/installer/roaddesk (the app image),
# target/installer/roaddesk_<version>_amd64.deb, target/roaddesk.jsa (the jar's archive).
# Class-data sharing: a training run (commands, and the window under Xvfb where it exists)
# lists the classes loaded; -Xshare:dump turns the list into an archive that the launcher maps.
set -euo pipefail
cd "$(dirname "$0")/.."
. installer/lib.sh

IMAGE=1; DEB=1; MAVEN=1; CDS_JAR=1; BARE=0
for a in "$@"; do
  case $a in
    --image-only) DEB=0 ;;
    --cds-only) IMAGE=0; DEB=0 ;;
    --no-maven) MAVEN=0 ;;
    --no-jar-cds) CDS_JAR=0 ;;
    --with-bare) BARE=1 ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done
if [ "$MAVEN" = 1 ]; then
  mvn -B -q -DskipTests package
fi
VERSION=$(app_version)
OUT=target/installer
mkdir -p "$OUT"
step() { echo "[installer $(date +%T)] $*"; }

if [ "$CDS_JAR" = 1 ]; then
  step "AppCDS archive of the jar (target/roaddesk.jsa)"
  train "java" "-cp target/roaddesk.jar" target/cds-jar.classlist
  dump_archive "java" "-cp target/roaddesk.jar" target/cds-jar.classlist target/roaddesk.jsa
  if [ "$BARE" = 1 ]; then
    bench_bare
    train_bare "java" "-cp $(bare_cp)" target/bench-bare/bare.classlist
    dump_archive "java" "-cp $(bare_cp)" target/bench-bare/bare.classlist target/bench-bare/bare.jsa
  fi
fi
[ "$IMAGE" = 1 ] || exit 0

step "runtime (jlink, JavaFX modules from the linux jars)"
rm -rf "$OUT/fxmods" "$OUT/input" "$OUT/runtime" "$OUT/roaddesk"
mkdir -p "$OUT/fxmods" "$OUT/input/lib"
cp target/lib/javafx-*-linux.jar "$OUT/fxmods/"
# The app on the class path (docs/decisions/0005); JavaFX comes from the runtime's modules instead.
cp target/roaddesk.jar "$OUT/input/"
find target/lib -name '*.jar' ! -name 'javafx-*' -exec cp {} "$OUT/input/lib/" \;
# --generate-cds-archive gives the runtime its own base archive; bin/java is kept (not
# --strip-native-commands) because the archive of the app is dumped with the runtime's own java.
jlink --module-path "$OUT/fxmods" --add-modules "$MODULES" \
  --strip-debug --no-man-pages --no-header-files --compress=2 --include-locales=en,zh \
  --generate-cds-archive --output "$OUT/runtime"

step "app image (jpackage)"
jpackage --type app-image --name roaddesk --dest "$OUT" --runtime-image "$OUT/runtime" \
  --input "$OUT/input" --main-jar roaddesk.jar --main-class cn.shiguai.roaddesk.Launcher \
  --app-version "$VERSION" --icon src/main/resources/icons/roaddesk.png \
  --description "石拐区恶劣天气道路交通应急值守台" --vendor "石拐区应急管理局" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/roaddesk.jsa' --java-options '-Xshare:auto'
IMG_JAVA="$OUT/roaddesk/lib/runtime/bin/java"
IMG_CP="-cp $(image_classpath "$OUT/roaddesk")"
step "AppCDS archive of the app image"
train "$IMG_JAVA" "$IMG_CP" "$OUT/roaddesk.classlist"
dump_archive "$IMG_JAVA" "$IMG_CP" "$OUT/roaddesk.classlist" "$OUT/roaddesk/lib/app/roaddesk.jsa"
cp "$OUT/roaddesk.classlist" "$OUT/roaddesk/lib/app/roaddesk.classlist"

if [ "$BARE" = 1 ]; then
  step "the bare window as an app image, made the same way"
  bench_bare
  rm -rf target/bench-bare/image && mkdir -p target/bench-bare/image target/bench-bare/input
  cp target/bench-bare/bare.jar target/bench-bare/input/
  jpackage --type app-image --name bare --dest target/bench-bare/image --runtime-image "$OUT/runtime" \
    --input target/bench-bare/input --main-jar bare.jar --main-class bare.BareLauncher \
    --java-options '-XX:SharedArchiveFile=$APPDIR/bare.jsa' --java-options '-Xshare:auto'
  B="target/bench-bare/image/bare"
  train_bare "$B/lib/runtime/bin/java" "-cp $(image_classpath "$B" bare)" target/bench-bare/image.classlist
  dump_archive "$B/lib/runtime/bin/java" "-cp $(image_classpath "$B" bare)" target/bench-bare/image.classlist "$B/lib/app/bare.jsa"
fi

step "the packaged launcher runs a command"
"$OUT/roaddesk/bin/roaddesk" evaluate resources/samples/01-heavy-snow-level-ii.json >/dev/null

if [ "$DEB" = 1 ]; then
  if ! command -v dpkg-deb >/dev/null || ! command -v fakeroot >/dev/null; then
    step "no dpkg-deb/fakeroot here: no .deb (apt-get install dpkg-dev fakeroot)"
    exit 0
  fi
  step ".deb (jpackage)"
  # jpackage's menu entry needs these to exist, even on a build machine without a desktop.
  mkdir -p /usr/share/desktop-directories /etc/xdg/menus 2>/dev/null || true
  rm -f "$OUT"/roaddesk_*.deb
  # The package carries the class list, not the archive: an archive is valid only where it was
  # dumped, so the postinst dumps it in /opt/roaddesk (installer/linux/postinst).
  rm -rf "$OUT/deb-image" && cp -a "$OUT/roaddesk" "$OUT/deb-image" && rm -f "$OUT/deb-image/lib/app/roaddesk.jsa"
  # xz at its lowest level: a third of the time of dpkg-deb's default for a few MB more.
  DPKG_DEB_COMPRESSOR_TYPE=xz DPKG_DEB_COMPRESSOR_LEVEL=1 \
  jpackage --type deb --app-image "$OUT/deb-image" --name roaddesk --dest "$OUT" --app-version "$VERSION" \
    --description "石拐区恶劣天气道路交通应急值守台" --vendor "石拐区应急管理局" \
    --icon src/main/resources/icons/roaddesk.png --resource-dir installer/linux \
    --linux-package-name roaddesk --linux-deb-maintainer "roaddesk@shiguai.gov.cn" \
    --linux-menu-group "Office;Utility" --linux-app-category misc --linux-shortcut \
    --linux-package-deps "libgtk-3-0, fonts-wqy-zenhei" \
    --install-dir /opt
  ls -l "$OUT"/roaddesk_*.deb
fi
