#!/usr/bin/env bash
# Coverage-guided fuzzing (cargo-fuzz, libFuzzer, AddressSanitizer) of every parser that reads
# input from outside: photo ingest, restore (age file, tar, manifest), content text (Fluent and the
# Markdown subset), content pack files (signature, Brotli, tar, manifest), search queries, the PIN
# file, and the age writer against the age reader.
#
#   bash scripts/fuzz.sh                 each target for 60 seconds (what CI runs)
#   FUZZ_SECONDS=600 bash scripts/fuzz.sh restore
#   FUZZ_RUNS=10000000 bash scripts/fuzz.sh   each target for ten million executions
#   FUZZ_SANITIZER=none FUZZ_RUNS=10000000 bash scripts/fuzz.sh restore
#       without AddressSanitizer: 4-5 times faster, for the long runs. Safe Rust keeps its bounds
#       checks, and SQLite's C code is not instrumented by cargo-fuzz either way; the sanitizer
#       still watches the short runs CI makes.
#
# Seeds are kept in fuzz/seeds/<target>; what the fuzzer finds on top goes to fuzz/corpus/<target>
# (not kept in git). A crash stops that target, is saved in fuzz/artifacts/<target>/ and counts as a
# failure; the last line says "fuzz: N passed, N failed".
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(photo_ingest restore content_text content_pack search_query pin_file age_round_trip)

# cargo-fuzz needs the nightly compiler (for -Zsanitizer); both install themselves when missing.
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

sanitizer=(-s "${FUZZ_SANITIZER:-address}")
echo "== building the fuzz targets (nightly, sanitizer ${FUZZ_SANITIZER:-address}, optimised)"
cargo +nightly fuzz build -O "${sanitizer[@]}" >&2

passed=0
failed=0
for target in "${targets[@]}"; do
  corpus="fuzz/corpus/$target"
  mkdir -p "$corpus" "fuzz/artifacts/$target"
  limit=(-max_total_time="${FUZZ_SECONDS:-60}")
  [ -n "${FUZZ_RUNS:-}" ] && limit=(-runs="$FUZZ_RUNS")
  log="fuzz/artifacts/$target/last-run.log"
  # 2 GiB per run: a phone-sized limit, so an input that makes the core allocate without bound
  # is a failure, not a slow machine. Both cores: one job per core.
  if cargo +nightly fuzz run -O "${sanitizer[@]}" "$target" "$corpus" "fuzz/seeds/$target" -- \
      "${limit[@]}" -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 >"$log" 2>&1; then
    result=ok
    passed=$((passed + 1))
  else
    result=FAILED
    failed=$((failed + 1))
    tail -n 40 "$log" >&2
  fi
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -n 1)
  per_second=$(grep -Eo 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -n 1)
  coverage=$(grep -Eo 'cov: [0-9]+' "$log" | tail -n 1 | grep -Eo '[0-9]+' || true)
  echo "fuzz $target: $result, ${runs:-0} executions (${per_second:-0}/s), coverage ${coverage:-0} edges"
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
