#!/usr/bin/env bash
# Peak memory and wall time of `huquq search` (release build): a first launch, which builds the search
# index in an empty data folder, then later launches. Figures go to docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p huquq-cli
bin=target/release/huquq
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

measure() {
  local label=$1; shift
  /usr/bin/time -v "$bin" --data-dir "$data" "$@" 2> "$data/time.txt" > /dev/null
  local rss wall
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$data/time.txt")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$data/time.txt")
  printf '%-44s peak RSS %6.1f MB   wall %s\n' "$label" "$(awk -v kb="$rss" 'BEGIN {print kb / 1024}')" "$wall"
}

measure "huquq search регистрации (first launch)" search регистрации --lang ru
measure "huquq search регистрации (later launch)" search регистрации --lang ru
measure "huquq search 'residence card' --lang fr" search residence card --lang fr
measure "huquq read kz-appeal-fine --lang fa" read kz-appeal-fine --lang fa
ls -l "$bin" | awk '{printf "huquq binary: %.1f MB\n", $5 / 1048576}'
