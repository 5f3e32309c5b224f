#!/usr/bin/env bash
# The Android shell's check on a machine without the Android SDK or Gradle: compile every Kotlin
# source of android/app together with the generated bindings against the Android framework classes
# (org.robolectric:android-all from Maven Central) and JNA, warnings as errors; then run the shell's
# plain-Kotlin unit tests (android/app/src/test) on the JVM.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build="$root/android/build/check"
target="${CARGO_TARGET_DIR:-$root/target}"
source "$root/scripts/jvm-tools.sh"
android_all="org.robolectric:android-all:15-robolectric-12650502"
fetch_jars "$android_all" "$jna" "$junit"

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
run_junit android-jvm "$build/junit.log" org.huquq.android \
  -cp "$build/test-classes:$build/classes:$kotlin_home/lib/kotlin-stdlib.jar:$kotlin_home/lib/kotlin-test.jar:$kotlin_home/lib/kotlin-test-junit5.jar:$(jar_of "$jna"):$(jar_of "$junit")"
