#!/usr/bin/env bash
# The Kotlin binding tests: build libhuquq, generate the Kotlin bindings from the unstripped library,
# compile them with the tests, and run them on the JVM (JUnit 5) against the real library.
# Installs what it needs into .tools/ (kotlinc from npm, JNA and the JUnit launcher from Maven Central).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
tools="$root/.tools"
build="$root/tests/kotlin/build"
target="${CARGO_TARGET_DIR:-$root/target}"
kotlin_version=2.4.20
jna="net.java.dev.jna:jna:5.17.0"
junit="org.junit.platform:junit-platform-console-standalone:1.13.4"

kotlin_home="$tools/npm/node_modules/kotlin-compiler"
if [ ! -x "$kotlin_home/bin/kotlinc" ]; then
  npm install --no-audit --no-fund --prefix "$tools/npm" "kotlin-compiler@$kotlin_version" >&2
fi
jar_of() { local a=${1#*:}; echo "$tools/jars/${a%%:*}-${a##*:}.jar"; }
for artifact in "$jna" "$junit"; do
  [ -f "$(jar_of "$artifact")" ] || mvn -q dependency:copy -Dartifact="$artifact" -DoutputDirectory="$tools/jars" >&2
done

# Two builds, not one: built together, uniffi's CLI features would be unified into the library.
cargo build -p huquq-ffi >&2
cargo build -p uniffi-bindgen >&2
rm -rf "$build"
mkdir -p "$build/generated" "$build/classes"
"$target/debug/uniffi-bindgen" generate --library "$target/debug/libhuquq.so" --language kotlin \
  --no-format --out-dir "$build/generated" >&2

classpath="$(jar_of "$jna"):$(jar_of "$junit")"
"$kotlin_home/bin/kotlinc" -nowarn -jvm-target 17 -cp "$classpath" -d "$build/classes" \
  "$build/generated" "$root/tests/kotlin/src" >&2

log="$build/junit.log"
set +e
java -Djna.library.path="$target/debug" -Dhuquq.fixtures="$root/core/tests/fixtures/photos" -cp "$build/classes:$kotlin_home/lib/kotlin-stdlib.jar:$classpath" \
  org.junit.platform.console.ConsoleLauncher execute --disable-banner --disable-ansi-colors --details=tree \
  --select-package=org.huquq.tests 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -Eo '[0-9]+ tests successful' "$log" | grep -Eo '^[0-9]+' || echo 0)
failed=$(grep -Eo '[0-9]+ tests failed' "$log" | grep -Eo '^[0-9]+' || echo 0)
echo "kotlin: $passed passed, $failed failed"
if [ "$passed" -eq 0 ]; then
  echo "kotlin: no test ran" >&2
  exit 1
fi
exit "$status"
