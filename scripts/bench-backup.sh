#!/usr/bin/env bash
# Backup throughput against the `age` tool, side by side in one run (issue 3: the backup must reach
# at least 80% of age encrypting the same bytes). A release build of core/examples/backup_bench.rs
# builds a vault with ~100 MB of page images and, run after run, backs it up to an X25519
# recipient and then has `age -r` encrypt the very tar archive that backup holds, into the same
# folder. Each pair gives a ratio; the median ratio is the figure, best times are shown too.
#
# Usage: scripts/bench-backup.sh [runs] [pages] [page KB]   (defaults: 10 runs, 200 pages × 500 KB)
# The folder is TMPDIR's (mktemp): a disk by default; TMPDIR=/dev/shm measures without the disk.
# Figures go to docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
pages=${2:-200}
page_kb=${3:-500}
command -v age >/dev/null || { echo "bench-backup needs the age tool (apt-get install -y age)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release -q -p huquq-core --example backup_bench
target/release/examples/backup_bench "$work" "$runs" "$pages" "$page_kb" > "$work/out.txt"
value() { awk -v k="$1" '$1 == k {sub(/^[^ ]+ /, ""); print; exit}' "$work/out.txt"; }
# Per pair: huquq's ratio to age, and to age plus the flush of its file.
awk '$1 == "pair" {print $3 / $2, ($3 + $4) / $2}' "$work/out.txt" > "$work/ratios.txt"
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

awk -v bytes="$(value tar_bytes)" -v runs="$runs" -v version="$(value age_version)" \
  -v r="$(cut -d' ' -f1 "$work/ratios.txt" | median)" \
  -v rs="$(cut -d' ' -f2 "$work/ratios.txt" | median)" \
  -v huquq_cpu="$(value huquq_cpu_seconds)" -v age_cpu="$(value age_cpu_seconds)" \
  -v read="$(value sqlcipher_read_mb_per_s)" -v crate="$(value age_crate_mb_per_s)" \
  -v folder="$(df --output=fstype "$work" | tail -1)" '
  $1 == "pair" {
    h = (bh == "" || $2 < bh) ? $2 : bh; bh = h
    a = (ba == "" || $3 < ba) ? $3 : ba; ba = a
    s = (bs == "" || $3 + $4 < bs) ? $3 + $4 : bs; bs = s
    flush += $4; n++
  }
  END {
    mb = bytes / 1e6
    printf "payload: %.1f MB (tar of manifest + images), %d alternating runs each, folder on %s\n", mb, runs, folder
    printf "huquq backup (SQLCipher read + tar + age format, fsync): best %7.1f MB/s\n", mb / bh
    printf "age %s -r (same tar, same folder):                best %7.1f MB/s\n", version, mb / ba
    printf "age %s -r, then fsync of its file:                best %7.1f MB/s\n", version, mb / bs
    printf "ratio huquq / age, median of the pairs:         %4.0f%%  (issue 3: >= 80%%)\n", 100 * r
    printf "ratio huquq / (age + fsync), median of pairs:   %4.0f%%  (the age file flushed, as the backup flushes its own)\n", 100 * rs
    printf "flushing age'"'"'s file took %.3f s on average\n", flush / n
    printf "CPU per run (user + system, all threads): huquq %s s, age %s s\n", huquq_cpu, age_cpu
    printf "breakdown: SQLCipher read of the images alone        %7.1f MB/s\n", read
    printf "           the age crate'"'"'s writer on the same tar   %7.1f MB/s (not used by the backup)\n", crate
  }' "$work/out.txt"
printf 'pairs (s: huquq, age, fsync of age'"'"'s file):\n'
awk '$1 == "pair" {printf "  %s %s %s\n", $2, $3, $4}' "$work/out.txt"
