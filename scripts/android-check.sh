#!/usr/bin/env bash
# The Android shell's check on a machine without the Android SDK, Gradle or Lint: what the manifest
# and the Gradle build must say (scripts/android_static_check.py); every Kotlin source of
# android/app compiled with the generated bindings against the compileSdk's framework classes
# (org.robolectric:android-all from Maven Central) and JNA, warnings as errors; Lint's NewApi rebuilt
# from the framework jars of minSdk and compileSdk (scripts/android_api_check.py); then the shell's
# tests (android/app/src/test) on the JVM: the plain-Kotlin ones, and the screen and system tests,
# which drive the real activity under Robolectric at API 24, 33 and 35 against the host core; last,
# every screen drawn for real and compared with its approved picture (docs/screens/README.md).
# SCREENS_ONLY=1 skips straight to the pictures (scripts/screens.sh).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build="$root/android/build/check"
target="${CARGO_TARGET_DIR:-$root/target}"
source "$root/scripts/jvm-tools.sh"
# compileSdk 36 to compile against; minSdk 24 for the API-level check; the levels the screen tests
# run at (Robolectric reads each from the dependency folder, offline).
android_all="org.robolectric:android-all:16-robolectric-13921718"
android_min="org.robolectric:android-all:7.0.0_r1-robolectric-r1"
test_levels=("org.robolectric:android-all:7.0.0_r1-robolectric-r1" "org.robolectric:android-all:13-robolectric-9030017" "org.robolectric:android-all:15-robolectric-12650502")
fetch_jars "$android_all" "$android_min" "${test_levels[@]}" "$jna" "$junit"

echo "== the manifest and the Gradle build"
python3 "$root/scripts/android_static_check.py" "$root/android"
robolectric="$tools/robolectric"
# Resolved again whenever the pom changes (a new test dependency).
resolved="$robolectric/.resolved-$(sha256sum "$root/scripts/robolectric.pom.xml" | cut -c1-12)"
if [ ! -f "$resolved" ]; then
  # From scratch: a jar the pom no longer asks for must not stay on the class path.
  rm -rf "$robolectric"
  mvn -q -f "$root/scripts/robolectric.pom.xml" dependency:copy-dependencies -DoutputDirectory="$robolectric" >&2
  # Two of them (androidx.test monitor, espresso idling) are Android libraries: the JVM needs the
  # classes.jar inside each .aar.
  for aar in "$robolectric"/*.aar; do
    (cd "$robolectric" && jar xf "$aar" classes.jar && mv classes.jar "$(basename "${aar%.aar}")-classes.jar")
  done
  touch "$resolved"
fi
robolectric_cp=$(find "$robolectric" -name '*.jar' | sort | tr '\n' ':')

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
echo "android: $sources Kotlin files, $lines lines compiled against android-all (API 36)"

if [ "${SCREENS_ONLY:-}" != 1 ]; then
  echo "== API levels: every framework use newer than minSdk 24 inside a version check"
  python3 "$root/scripts/android_api_check.py" "$(jar_of "$android_min")" "$(jar_of "$android_all")" \
    "$build/classes" "$root/android/app/build.gradle.kts" "$tools/api-levels"
fi

echo "== the shell's tests on the JVM: plain Kotlin (JUnit 5); screens and system under Robolectric (JUnit 4) at API 24, 33, 35"
test_cp="$build/classes:$(jar_of "$junit"):$kotlin_home/lib/kotlin-test.jar:$kotlin_home/lib/kotlin-test-junit5.jar"
# The tests compile and run against API 35's classes: android-all 16 is Java 21 bytecode, which the
# Java 17 here cannot load (Robolectric likewise runs API 36 only on Java 21).
test_cp="$test_cp:$robolectric_cp$(jar_of "${test_levels[2]}"):$(jar_of "$jna")"
"$kotlin_home/bin/kotlinc" -Werror -jvm-target 17 -cp "$test_cp" -d "$build/test-classes" \
  "$root/android/app/src/test/java" >&2
# Robolectric runs offline on the android-all jar already fetched (no instrumented copy to
# download); the core is the host debug library, loaded by JNA.
robolectric_java=(--add-opens java.base/java.io=ALL-UNNAMED
  -Drobolectric.offline=true -Drobolectric.dependency.dir="$tools/jars"
  -Drobolectric.usePreinstrumentedJars=false -Djna.library.path="$target/debug"
  -Dhuquq.manifest="$root/android/app/src/main/AndroidManifest.xml"
  -cp "$build/test-classes:$kotlin_home/lib/kotlin-stdlib.jar:$test_cp")
if [ "${SCREENS_ONLY:-}" != 1 ]; then
  (run_junit android-jvm "$build/junit.log" \
    "--select-package=org.huquq.android --exclude-package=org.huquq.android.pixels" "${robolectric_java[@]}")
fi

echo "== every screen drawn (Robolectric native graphics) in six variants, compared with docs/screens"
# SCREENS_UPDATE=1 (scripts/screens.sh --update) approves what is drawn now: the pictures that
# changed replace their goldens, and the contact sheets in docs/screens are made again.
screens="$root/android/build/screens"
rm -rf "$screens"
(run_junit android-screens "$build/screens.log" --select-package=org.huquq.android.pixels \
  -Dhuquq.screens.goldens="$root/docs/screens" -Dhuquq.screens.out="$screens" \
  -Dhuquq.screens.update="$([ "${SCREENS_UPDATE:-}" = 1 ] && echo true || echo false)" \
  "${robolectric_java[@]}")
sheets="$screens/contact-sheets"
[ "${SCREENS_UPDATE:-}" = 1 ] && sheets="$root/docs/screens"
java -cp "$build/test-classes:$kotlin_home/lib/kotlin-stdlib.jar" org.huquq.android.pixels.ContactSheetKt "$screens" "$sheets"
