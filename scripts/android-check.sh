#!/usr/bin/env bash
# The Android shell's check on a machine without the Android SDK or Gradle: compile every Kotlin
# source of android/app together with the generated bindings against the Android framework classes
# (org.robolectric:android-all from Maven Central) and JNA, warnings as errors; then run the shell's
# plain-Kotlin unit tests (android/app/src/test) on the JVM.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
tools="$root/.tools"
build="$root/android/build/check"
target="${CARGO_TARGET_DIR:-$root/target}"
kotlin_version=2.4.20
android_all="org.robolectric:android-all:15-robolectric-12650502"
jna="net.java.dev.jna:jna:5.17.0"
junit="org.junit.platform:junit-platform-console-standalone:1.13.4"

kotlin_home="$tools/npm/node_modules/kotlin-compiler"
if [ ! -x "$kotlin_home/bin/kotlinc" ]; then
  npm install --no-audit --no-fund --prefix "$tools/npm" "kotlin-compiler@$kotlin_version" >&2
fi
jar_of() { local a=${1#*:}; echo "$tools/jars/${a%%:*}-${a##*:}.jar"; }
for artifact in "$android_all" "$jna" "$junit"; do
  [ -f "$(jar_of "$artifact")" ] || mvn -q dependency:copy -Dartifact="$artifact" -DoutputDirectory="$tools/jars" >&2
done

# The bindings exactly as the Gradle build generates them (from the host library: the same API).
cargo build -p huquq-ffi >&2
cargo build -p uniffi-bindgen >&2
rm -rf "$build"
mkdir -p "$build/bindings" "$build/classes" "$build/test-classes"
"$target/debug/uniffi-bindgen" generate --library "$target/debug/libhuquq.so" --language kotlin \
  --no-format --out-dir "$build/bindings" >&2

echo "== compile the Android shell (warnings are errors)"
"$kotlin_home/bin/kotlinc" -Werror -jvm-target 17 \
  -cp "$(jar_of "$android_all"):$(jar_of "$jna")" -d "$build/classes" \
  "$build/bindings" "$root/android/app/src/main/java" >&2
sources=$(find android/app/src/main/java -name '*.kt' | wc -l)
lines=$(cat $(find android/app/src/main/java -name '*.kt') | wc -l)
echo "android: $sources Kotlin files, $lines lines compiled against android-all"

echo "== the shell's plain-Kotlin tests (JVM)"
"$kotlin_home/bin/kotlinc" -Werror -jvm-target 17 \
  -cp "$build/classes:$(jar_of "$junit"):$kotlin_home/lib/kotlin-test.jar:$kotlin_home/lib/kotlin-test-junit5.jar" \
  -d "$build/test-classes" "$root/android/app/src/test/java" >&2
log="$build/junit.log"
set +e
java -cp "$build/test-classes:$build/classes:$kotlin_home/lib/kotlin-stdlib.jar:$kotlin_home/lib/kotlin-test.jar:$kotlin_home/lib/kotlin-test-junit5.jar:$(jar_of "$jna"):$(jar_of "$junit")" \
  org.junit.platform.console.ConsoleLauncher execute --disable-banner --disable-ansi-colors --details=tree \
  --select-package=org.huquq.android 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -Eo '[0-9]+ tests successful' "$log" | grep -Eo '^[0-9]+' || echo 0)
failed=$(grep -Eo '[0-9]+ tests failed' "$log" | grep -Eo '^[0-9]+' || echo 0)
echo "android-jvm: $passed passed, $failed failed"
if [ "$passed" -eq 0 ]; then
  echo "android-jvm: no test ran" >&2
  exit 1
fi
exit "$status"
