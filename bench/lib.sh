# Shared by the benchmark scripts: build what they run, and a display for the window ones.
# Sourced, not run; expects to be in the project's root directory.

# The application jar, its libraries, and the test classes (fillers, JMH) with their class path.
bench_build() {
  if [ ! -f target/roaddesk.jar ] || [ ! -f target/bench.classpath ] \
     || [ ! -d target/test-classes/cn/shiguai/roaddesk/bench ] || [ pom.xml -nt target/bench.classpath ]; then
    mvn -B -q -DskipTests package test-compile dependency:build-classpath \
        -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
  fi
}

bench_test_cp() {
  echo "target/classes:target/test-classes:$(cat target/bench.classpath)"
}

# The bare JavaFX window of bench/bare, compiled against the same JavaFX jars as RoadDesk.
bench_bare() {
  local out=target/bench-bare
  if [ ! -f "$out/bare.jar" ] || [ bench/bare/src/bare/BareWindow.java -nt "$out/bare.jar" ]; then
    rm -rf "$out" && mkdir -p "$out/classes/bare"
    javac -encoding UTF-8 --release 17 -d "$out/classes" \
      -cp "$(ls target/lib/javafx-*-linux.jar | tr '\n' ':')" bench/bare/src/bare/*.java
    cp bench/bare/src/bare/bare.fxml "$out/classes/bare/"
    jar --create --file "$out/bare.jar" -C "$out/classes" .
  fi
}

# Starts Xvfb on a free display for this script run and exports DISPLAY; stopped on exit.
bench_display() {
  if ! command -v Xvfb >/dev/null; then
    echo "Xvfb is missing: apt-get install xvfb libgtk-3-0 fonts-wqy-zenhei" >&2
    exit 1
  fi
  local n=77
  while [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  BENCH_XVFB=$!
  trap 'kill $BENCH_XVFB 2>/dev/null || true' EXIT
  export DISPLAY=":$n"
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && return 0; sleep 0.1; done
  echo "Xvfb did not start" >&2
  exit 1
}

now_ms() { date +%s%3N; }

# Median of numbers on standard input.
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
