#!/usr/bin/env bash
# Huquq's search beside MiniSearch (configured as the Integreat app configures it) on the same
# articles and the same queries (tests/search-quality/queries.tsv), in one run: hit@1 and hit@3 of
# the tuning and held-out queries, and p50/p99 latency of each engine.
#
#   bash scripts/search-vs-minisearch.sh
#
# Installs minisearch from npm into a temporary folder; builds the CLI in release mode.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release -q -p huquq-cli
huquq="$root/target/release/huquq"
"$huquq" content search-corpus > "$work/corpus.json"
"$huquq" --json content search-quality --rounds 5 > "$work/huquq.json"

(cd "$work" && npm install --silent --no-audit --no-fund minisearch@7 >/dev/null)
cp scripts/search-vs-minisearch.mjs "$work/"
(cd "$work" && node search-vs-minisearch.mjs corpus.json huquq.json)
