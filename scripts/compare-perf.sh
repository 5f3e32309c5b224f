#!/usr/bin/env bash
# Before and after, side by side in one run: the library size and every speed and memory target of
# docs/PERFORMANCE.md, measured on a base commit and on this checkout, one after the other on the
# same machine, the same inputs and the same build settings.
#
#   bash scripts/compare-perf.sh BASE        e.g. BASE=7dd8b82 (main before issue 17)
#
# What it runs on each side: scripts/measure-size.sh (x86_64 and the arm64 proxy); the launch and
# search benchmarks (criterion: first launch, later launch, one search) and the search p99 over
# every locale; photo ingest of a 12 MP JPEG (criterion) and its peak memory
# (/usr/bin/time -v on examples/ingest_peak); listing 1,000 documents and restoring 10 pages
# (criterion); and scripts/bench-backup.sh, the backup beside the `age` tool. Criterion compares the
# two sides itself: the base is saved as baseline "base", this checkout is measured against it.
# The base is checked out into a temporary worktree outside this folder, so that this checkout's
# .cargo/config.toml does not apply to it; its target folder is a link to this checkout's, so
# dependencies both sides share are built once.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
base=${1:?usage: scripts/compare-perf.sh BASE-COMMIT}

work=$(mktemp -d)
base_tree="$work/base"
git worktree add --detach -q "$base_tree" "$base"
trap 'git -C "$root" worktree remove --force "$base_tree"; rm -rf "$work"' EXIT
ln -s "$root/target" "$base_tree/target"
export CRITERION_HOME="$root/target/criterion-compare"

# The 12 MP photo for the peak-memory run: gradients and noise, JPEG quality 90, like the bench's.
python3 -c "import PIL" 2>/dev/null || pip3 install -q pillow || pip3 install -q --break-system-packages pillow
photo="$work/12mp.jpg"
python3 - "$photo" <<'EOF'
import random, sys
from PIL import Image
w, h = 4000, 3000
random.seed(12)
noise = Image.frombytes("L", (w, h), bytes(random.getrandbits(8) for _ in range(w * h)))
gradient = Image.linear_gradient("L").resize((w, h))
stripes = Image.frombytes("L", (w, h), bytes((x // 3 % 2) * 255 for _ in range(h) for x in range(w)))
rgb = Image.merge("RGB", (Image.blend(gradient, noise, 0.3), Image.blend(stripes, noise, 0.5), noise))
rgb.save(sys.argv[1], quality=90)
EOF

# One side: $1 is its name, $2 its checkout, $3 the criterion option.
measure() {
  local name=$1 tree=$2 baseline=$3
  echo
  echo "######## $name ($(git -C "$tree" log -1 --format='%h %s' | cut -c1-80))"
  SIZE_TREE="$tree" bash "$root/scripts/measure-size.sh" 2>/dev/null | grep '^size '

  (cd "$tree" && cargo bench -q -p huquq-core --bench kb -- "$baseline" base 2>/dev/null |
    grep -E '^(first_launch|later_launch|search) |time:|change:|search latency')
  (cd "$tree" && cargo bench -q -p huquq-core --bench photo -- "$baseline" base 2>/dev/null |
    grep -E 'ingest_12mp_jpeg|time:|change:')
  (cd "$tree" && cargo bench -q -p huquq-core --bench vault -- "$baseline" base \
    'list_1000_documents|restore_10_pages' 2>/dev/null | grep -E 'list_1000|restore_10|time:|change:')
  (cd "$tree" && cargo build -q --release -p huquq-core --example ingest_peak &&
    /usr/bin/time -v target/release/examples/ingest_peak "$photo" 2>&1 |
    grep -E 'Maximum resident|ingest took' | sed 's/^\s*/ingest_peak: /')
  (cd "$tree" && bash scripts/bench-backup.sh 2>/dev/null |
    grep -E 'best|ratio huquq|CPU per run|SQLCipher read')
}

measure "before" "$base_tree" --save-baseline
measure "after" "$root" --baseline
