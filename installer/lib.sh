# Functions of installer/build.sh (sourced). The training runs decide what the AppCDS archives hold.

# The runtime's modules: what jdeps reports for the jar and its libraries, the logging and
# locale data H2 and java.time need at run time, and JavaFX's two modules with what they require.
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.sql,java.scripting,java.xml,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.zipfs,javafx.controls,javafx.fxml

. bench/lib.sh
bare_cp() { echo "target/bench-bare/bare.jar:$(ls target/lib/javafx-*-linux.jar | tr '\n' :)"; }

# The package's version from the pom: jpackage wants numbers only (0.2.0-SNAPSHOT → 0.2.0).
app_version() {
  sed -n 's#^  <version>\([0-9.]*\).*</version>#\1#p' pom.xml | head -1
}

# The class path of an app image exactly as its launcher builds it, for training and dumping:
# the archive is valid only for the same class path.
image_classpath() { # image-dir [name]
  local dir name=${2:-roaddesk}
  dir=$(cd "$1" && pwd)
  sed -n 's#^app.classpath=\$APPDIR#'"$dir"'/lib/app#p' "$dir/lib/app/$name.cfg" | paste -sd: -
}

# A display for the training of the window, if Xvfb is here; else the window's classes are
# left out of the archive (they then load from the jars, as without an archive), as they are
# with ROADDESK_TRAIN_WINDOW=0.
with_training_display() {
  if [ "${ROADDESK_TRAIN_WINDOW:-1}" = 0 ]; then return 1; fi
  if [ -n "${TRAIN_DISPLAY:-}" ]; then return 0; fi
  if ! command -v Xvfb >/dev/null; then return 1; fi
  local n=91
  while [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  TRAIN_XVFB=$!
  trap 'kill $TRAIN_XVFB 2>/dev/null || true' EXIT
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
  TRAIN_DISPLAY=":$n"
}

# Runs a window until it is usable (its marker written), lets it settle, then closes it.
train_window() { # class-list java cp-args main args...
  local list=$1 java=$2 cp=$3 main=$4 marker pid wid
  shift 4
  with_training_display || { echo "  (no Xvfb: the window is not part of the training)"; return 0; }
  marker=$(mktemp)
  rm -f "$marker"
  # shellcheck disable=SC2086
  DISPLAY=$TRAIN_DISPLAY ROADDESK_STARTUP_MARKER=$marker \
    $java -XX:DumpLoadedClassList="$list" $cp "$main" "$@" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1200); do [ -s "$marker" ] && break; kill -0 $pid 2>/dev/null || break; sleep 0.1; done
  sleep 3
  wid=$(DISPLAY=$TRAIN_DISPLAY xdotool search --onlyvisible --pid $pid 2>/dev/null | head -1 || true)
  if [ -n "$wid" ]; then DISPLAY=$TRAIN_DISPLAY python3 bench/close-window.py "$wid"; fi
  for _ in $(seq 600); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  rm -f "$marker"
}

# RoadDesk's training: the commands people run, then the window on a fresh data directory.
train() { # java cp-args class-list
  local java=$1 cp=$2 list=$3 tmp
  tmp=$(mktemp -d)
  # shellcheck disable=SC2086
  {
    $java -XX:DumpLoadedClassList="$tmp/1" $cp cn.shiguai.roaddesk.Launcher evaluate resources/samples/*.json || true
    $java -XX:DumpLoadedClassList="$tmp/2" $cp cn.shiguai.roaddesk.Launcher --data-dir "$tmp/data" log add 训练记录
    $java -XX:DumpLoadedClassList="$tmp/3" $cp cn.shiguai.roaddesk.Launcher --data-dir "$tmp/data" log verify
  } >/dev/null 2>&1
  train_window "$tmp/4" "$java" "$cp" cn.shiguai.roaddesk.Launcher --data-dir "$tmp/data"
  # A class listed twice is dumped once; the order of first appearance is kept.
  cat "$tmp"/[0-9] 2>/dev/null | awk '!/^#/ && !seen[$0]++' >"$list"
  rm -rf "$tmp"
  echo "  $(wc -l <"$list") classes listed"
}

train_bare() { # java cp-args class-list
  local tmp
  tmp=$(mktemp -d)
  train_window "$tmp/1" "$1" "$2" bare.BareLauncher
  awk '!/^#/ && !seen[$0]++' "$tmp/1" >"$3" 2>/dev/null || : >"$3"
  rm -rf "$tmp"
}

dump_archive() { # java cp-args class-list archive
  # shellcheck disable=SC2086
  $1 -Xshare:dump -XX:SharedClassListFile="$3" -XX:SharedArchiveFile="$4" $2 >"$4.log" 2>&1 \
    || { cat "$4.log" >&2; return 1; }
  rm -f "$4.log"
  echo "  archive $4: $(du -m "$4" | cut -f1) MB"
}
