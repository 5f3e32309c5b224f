#!/usr/bin/env bash
# Every test Huquq has: formatting, lints, the Rust tests, the content check and coverage, the library's
# size, the Kotlin binding tests, the Android shell's compile check with its JVM tests, what can be
# checked of the iOS shell without a Mac, and a minute of fuzzing per target.
# .ci/run (the README's test command) installs what it needs, then runs this.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy -D warnings"
cargo clippy --workspace --all-targets -- -D warnings

step "cargo test"
cargo test --workspace --exclude uniffi-bindgen

step "huquq content check (the locales/ folder, and the copy built into the binary)"
cargo run -q -p huquq-cli -- content check locales
cargo run -q -p huquq-cli -- content check

step "huquq content coverage (every locale complete)"
cargo run -q -p huquq-cli -- content coverage

step "Library size (the stripped x86_64 release build within 5% of scripts/library-size.txt)"
bash scripts/size-check.sh

step "Kotlin binding tests"
bash tests/kotlin/run.sh

step "Android shell: compile against android-all (warnings are errors), JVM tests, Robolectric screen tests"
bash scripts/android-check.sh

step "iOS shell: Swift bindings generated, every Swift file parsed, calls into the core, parity with Android"
bash scripts/ios-check.sh

step "Fuzzing: each target for a minute (scripts/fuzz.sh; FUZZ_SECONDS=0 skips)"
if [ "${FUZZ_SECONDS:-60}" != 0 ]; then bash scripts/fuzz.sh; fi
