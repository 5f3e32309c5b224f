# Sourced by tests/kotlin/run.sh and scripts/android-check.sh: the JVM tools both need, installed into
# .tools/ on first use (kotlinc from npm; jars from Maven Central), and one way to run JUnit 5 and
# print the closing `N passed, N failed` line.
# Needs: $root (the repository).

tools="$root/.tools"
kotlin_version=2.4.20
kotlin_home="$tools/npm/node_modules/kotlin-compiler"
jna="net.java.dev.jna:jna:5.17.0"
junit="org.junit.platform:junit-platform-console-standalone:1.13.4"

if [ ! -x "$kotlin_home/bin/kotlinc" ]; then
  npm install --no-audit --no-fund --prefix "$tools/npm" "kotlin-compiler@$kotlin_version" >&2
fi

# The local path of a group:artifact:version jar.
jar_of() { local a=${1#*:}; echo "$tools/jars/${a%%:*}-${a##*:}.jar"; }

# Downloads each group:artifact:version jar not yet in .tools/jars.
fetch_jars() {
  for artifact in "$@"; do
    [ -f "$(jar_of "$artifact")" ] || mvn -q dependency:copy -Dartifact="$artifact" -DoutputDirectory="$tools/jars" >&2
  done
}

# run_junit LABEL LOG SELECTION JAVA-ARGS…: runs the JUnit 5 console launcher on SELECTION (its
# options, e.g. "--select-package=org.huquq.tests"), prints "LABEL: N passed, N failed" and exits
# with the launcher's status (1 if no test ran).
run_junit() {
  local label=$1 log=$2 selection=$3
  shift 3
  set +e
  # shellcheck disable=SC2086 # SELECTION is several launcher options on purpose.
  java "$@" org.junit.platform.console.ConsoleLauncher execute --disable-banner --disable-ansi-colors \
    --details=tree $selection 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  set -e
  local passed failed skipped
  passed=$(grep -Eo '[0-9]+ tests successful' "$log" | grep -Eo '^[0-9]+' || echo 0)
  failed=$(grep -Eo '[0-9]+ tests failed' "$log" | grep -Eo '^[0-9]+' || echo 0)
  # A test whose assumption does not hold (a feature below its API level) is aborted, not passed.
  skipped=$(grep -Eo '[0-9]+ tests aborted' "$log" | grep -Eo '^[0-9]+' || echo 0)
  if [ "$skipped" -gt 0 ]; then
    echo "$label: $passed passed, $failed failed, $skipped skipped"
  else
    echo "$label: $passed passed, $failed failed"
  fi
  if [ "$passed" -eq 0 ]; then
    echo "$label: no test ran" >&2
    exit 1
  fi
  exit "$status"
}
