#!/usr/bin/env bash
# Keeps the library from growing back: fails when the stripped x86_64 release libhuquq.so is more
# than 5% larger than the figure recorded in scripts/library-size.txt. When a change makes it
# smaller, or grows it on purpose, record the new figure there (with the date and why) in the
# same commit. x86_64 because CI builds for it; the arm64 proxy moves with it
# (scripts/measure-size.sh measures both).
set -euo pipefail
cd "$(dirname "$0")/.."
recorded=$(awk '$1 == "x86_64" {print $2}' scripts/library-size.txt)
line=$(bash scripts/measure-size.sh x86_64 | grep '^size x86_64:')
actual=$(awk '{print $3}' <<<"$line")
limit=$((recorded * 105 / 100))
echo "$line; recorded $recorded, limit $limit"
if [ "$actual" -gt "$limit" ]; then
  echo "the library grew more than 5%: see what grew with scripts/measure-size.sh" >&2
  echo "size check: 0 passed, 1 failed"
  exit 1
fi
if [ "$actual" -lt $((recorded * 95 / 100)) ]; then
  echo "the library is more than 5% smaller than recorded: record the new figure in scripts/library-size.txt"
fi
echo "size check: 1 passed, 0 failed"
