#!/usr/bin/env bash
# The Kotlin binding tests: build libhuquq, generate the Kotlin bindings from the unstripped library,
# compile them with the tests, and run them on the JVM (JUnit 5) against the real library.
# Installs what it needs into .tools/ (kotlinc from npm, JNA and the JUnit launcher from Maven Central).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
build="$root/tests/kotlin/build"
target="${CARGO_TARGET_DIR:-$root/target}"
source "$root/scripts/jvm-tools.sh"
fetch_jars "$jna" "$junit"

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

run_junit kotlin "$build/junit.log" --select-package=org.huquq.tests \
  -Djna.library.path="$target/debug" -Dhuquq.fixtures="$root/core/tests/fixtures/photos" \
  -cp "$build/classes:$kotlin_home/lib/kotlin-stdlib.jar:$classpath"
