#!/usr/bin/env bash
# The case file's figures for docs/PERFORMANCE.md: the criterion bench (export of 40 entries and 20
# pictures, plain and encrypted; it prints the file's size and pages), then how long poppler takes
# to open that file and draw its first page at a phone screen's width (1080 px across A4: 130 dpi)
# and every page. A desktop's figure: a phone's PDF viewer draws one page on demand, like the
# first-page figure here, on a slower core.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench -p huquq-core --bench casefile 2>&1 | grep -E "case file:|time:|^casefile"
pdf=target/casefile-bench.pdf
command -v pdftoppm >/dev/null || { echo "needs poppler-utils" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
best() { # best of five runs of "$@", in milliseconds
  local best=999999
  for _ in 1 2 3 4 5; do
    local start end
    start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
    local ms=$(( (end - start) / 1000000 ))
    (( ms < best )) && best=$ms
  done
  echo "$best"
}
echo "open (pdfinfo): $(best pdfinfo "$pdf") ms"
echo "first page at 130 dpi (pdftoppm): $(best pdftoppm -f 1 -l 1 -r 130 -png "$pdf" "$out/p") ms"
picture=$(pdfimages -list "$pdf" | awk 'NR > 2 { print $1; exit }')
echo "first page with a picture (page $picture) at 130 dpi: $(best pdftoppm -f "$picture" -l "$picture" -r 130 -png "$pdf" "$out/q") ms"
echo "every page at 130 dpi: $(best pdftoppm -r 130 -png "$pdf" "$out/r") ms"
