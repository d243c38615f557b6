#!/usr/bin/env bash
# Start-up of the window: RoadDesk against the bare JavaFX window of bench/bare, alternated in
# one run, under Xvfb. Prints one line per scenario and kind with medians.
#   bench/window-start.sh [RUNS=5] [KINDS="cp cds image"] [SCENARIOS="empty big firstday"]
# Kinds (each program started the same way as the other):
#   cp     java -cp, the JDK's default class-data sharing only
#   cds    java -cp with the program's own AppCDS archive (installer/build.sh --cds-only makes both)
#   image  the app images of installer/build.sh, each with its own runtime and archive
# Scenarios: empty = a nearly empty database (reference data only); big = 1,000,000 log entries
# and 1,000,000 readings; firstday = big with no backup of the day yet (the day's backup is due).
# Usable (the figure): launch until the first layout pulse after the desk's header shows a
# computed situation (officer, level in force, recommendation); for the bare window, its first
# layout pulse. Both write the time to $ROADDESK_STARTUP_MARKER. Memory: VmRSS 2 s after that.
# Close: WM_DELETE_WINDOW sent (as a window manager does) until the process has exited.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${1:-5}
KINDS=${2:-"cp cds image"}
SCENARIOS=${3:-"empty big firstday"}
DATA=target/bench-data
OUT=target/bench-out
mkdir -p "$DATA" "$OUT"
bench_build
bench_bare

# Databases of the scenarios, made once and kept in target/ (the 1M one takes minutes).
if [ ! -f "$DATA/empty/roaddesk.mv.db" ]; then
  java -cp "$(bench_test_cp)" cn.shiguai.roaddesk.bench.FillDesk "$DATA/empty" 0 0
fi
case "$SCENARIOS" in *big*|*firstday*)
  if [ ! -f "$DATA/big/roaddesk.mv.db" ]; then
    java -Xmx2g -cp "$(bench_test_cp)" cn.shiguai.roaddesk.bench.FillDesk "$DATA/big" 1000000 1000000
  fi ;;
esac
for k in $KINDS; do
  case $k in
    # An archive is valid only for the jars it was dumped from: made again after each build.
    cds) [ target/roaddesk.jsa -nt target/roaddesk.jar ] && [ -f target/bench-bare/bare.jsa ] \
           || installer/build.sh --no-maven --cds-only --with-bare ;;
    image) [ target/installer/roaddesk/lib/app/roaddesk.jsa -nt target/roaddesk.jar ] \
             && [ -x target/bench-bare/image/bare/bin/bare ] || installer/build.sh --no-maven --image-only --with-bare ;;
  esac
done
bench_display

APP_CP="target/roaddesk.jar:$(ls target/lib/*.jar | tr '\n' ':')"
BARE_CP="target/bench-bare/bare.jar:$(ls target/lib/javafx-*-linux.jar | tr '\n' ':')"
command_of() { # program kind data-dir
  case "$1/$2" in
    bare/cp) echo "java -cp $BARE_CP bare.BareLauncher" ;;
    bare/cds) echo "java -XX:SharedArchiveFile=target/bench-bare/bare.jsa -cp $BARE_CP bare.BareLauncher" ;;
    bare/image) echo "target/bench-bare/image/bare/bin/bare" ;;
    roaddesk/cp) echo "java -cp $APP_CP cn.shiguai.roaddesk.Launcher --data-dir $3" ;;
    roaddesk/cds) echo "java -XX:SharedArchiveFile=target/roaddesk.jsa -cp $APP_CP cn.shiguai.roaddesk.Launcher --data-dir $3" ;;
    roaddesk/image) echo "target/installer/roaddesk/bin/roaddesk --data-dir $3" ;;
  esac
}

# One launch: prints "start_ms rss_kib close_ms"; "fail" when no marker came within 180 s.
launch() {
  local marker="$OUT/marker" log="$OUT/launch.log" t0 pid wid tc
  rm -f "$marker"
  t0=$(now_ms)
  # shellcheck disable=SC2086
  ROADDESK_STARTUP_MARKER="$PWD/$marker" $1 >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1800); do
    [ -s "$marker" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ ! -s "$marker" ]; then
    kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
    echo fail; cat "$log" >&2; return
  fi
  local start=$(( $(cat "$marker") - t0 ))
  sleep 2
  local rss
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  wid=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1 || true)
  tc=$(now_ms)
  if [ -n "$wid" ]; then python3 bench/close-window.py "$wid"; fi
  for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  local closed=$(( $(now_ms) - tc ))
  if kill -0 "$pid" 2>/dev/null; then kill "$pid"; closed=">30000"; fi
  wait "$pid" 2>/dev/null || true
  echo "$start $rss $closed"
}

echo "window start-up, $RUNS runs alternating bare/RoadDesk, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-9s %-6s %10s %10s %6s %10s %10s %6s %9s\n' scenario kind bare_ms desk_ms ratio bare_MiB desk_MiB ratio close_ms
for s in $SCENARIOS; do
  dir="$DATA/empty"; [ "$s" = empty ] || dir="$DATA/big"
  for k in $KINDS; do
    : >"$OUT/bare.txt"; : >"$OUT/desk.txt"
    for r in $(seq "$RUNS"); do
      if [ "$s" = firstday ]; then
        # No backup of the day: today's automatic ones are moved aside (kept, not deleted).
        mkdir -p "$dir/backups-aside"
        find "$dir/backups" -maxdepth 1 -name "auto-$(TZ=Asia/Shanghai date +%Y%m%d)*" \
          -exec mv {} "$dir/backups-aside/" \; 2>/dev/null || true
      fi
      launch "$(command_of bare "$k")" >>"$OUT/bare.txt"
      launch "$(command_of roaddesk "$k" "$dir")" >>"$OUT/desk.txt"
    done
    b=$(awk '$1!="fail"{print $1}' "$OUT/bare.txt" | median); d=$(awk '$1!="fail"{print $1}' "$OUT/desk.txt" | median)
    bm=$(awk '$1!="fail"{print $2/1024}' "$OUT/bare.txt" | median); dm=$(awk '$1!="fail"{print $2/1024}' "$OUT/desk.txt" | median)
    c=$(awk '$1!="fail"{print $3}' "$OUT/desk.txt" | median)
    printf '%-9s %-6s %10s %10s %6s %10.0f %10.0f %6s %9s\n' "$s" "$k" "$b" "$d" \
      "$(awk -v a="$d" -v b="$b" 'BEGIN{printf "%.2f", a/b}')" "$bm" "$dm" \
      "$(awk -v a="$dm" -v b="$bm" 'BEGIN{printf "%.2f", a/b}')" "$c"
    echo "  runs bare: $(awk '{printf "%s ", $1}' "$OUT/bare.txt")| desk: $(awk '{printf "%s ", $1}' "$OUT/desk.txt")| close: $(awk '{printf "%s ", $3}' "$OUT/desk.txt")"
    echo "RESULT|window usable, $s, $k: RoadDesk / bare|$d / $b ms = $(awk -v a="$d" -v b="$b" 'BEGIN{printf "%.2f", a/b}') ×|≤ 1.3 ×|"
    echo "RESULT|resident memory 2 s after, $s, $k: RoadDesk / bare|$dm / $bm MiB = $(awk -v a="$dm" -v b="$bm" 'BEGIN{printf "%.2f", a/b}') ×|≤ 1.5 ×|"
    echo "RESULT|close the window, $s, $k|$c ms|≤ 2,000 ms|"
  done
done
