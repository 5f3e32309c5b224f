#!/usr/bin/env bash
# Draws the sample case file of docs/casefile/: the made-up case of core/tests/casefile.rs, exported
# in Russian with French beside it and in Arabic alone (core/examples/casefile_sample.rs), its first
# pages drawn by poppler's pdftoppm at 100 dpi.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pdftoppm >/dev/null || { echo "needs poppler-utils (apt-get install -y poppler-utils)" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo run -q -p huquq-core --example casefile_sample -- "$out"
mkdir -p docs/casefile
pdftoppm -r 100 -png -f 1 -l 2 "$out/sample-ru-fr.pdf" docs/casefile/ru-fr-page
pdftoppm -r 100 -png -f 1 -l 1 "$out/sample-ar.pdf" docs/casefile/ar-page
pdftotext -enc UTF-8 "$out/sample-ru-fr.pdf" docs/casefile/sample-ru-fr.txt
pdftotext -enc UTF-8 "$out/sample-ar.pdf" docs/casefile/sample-ar.txt
ls -l docs/casefile
