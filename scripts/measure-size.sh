#!/usr/bin/env bash
# Size of the core library a phone downloads: the release libhuquq.so for x86_64 and for arm64
# (aarch64-unknown-linux-gnu, cross-built with Debian's gcc-aarch64-linux-gnu: the closest proxy for
# Android's aarch64-linux-android that can be built without the NDK), stripped of every symbol as
# an APK's packaging does, its gzip -9 size (about what the APK's zip compression gives), and the
# per-crate breakdown of each from the unstripped library's symbol table.
#
#   bash scripts/measure-size.sh            both targets
#   bash scripts/measure-size.sh x86_64     one target (what .ci/run's size check uses)
#
# The last lines are "size <target>: N bytes stripped, N bytes gzip -9". SIZE_TREE=DIR measures
# another checkout (scripts/compare-perf.sh).
set -euo pipefail
scripts=$(cd "$(dirname "$0")" && pwd)
cd "${SIZE_TREE:-$scripts/..}"

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(x86_64 aarch64)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

summary=()
for arch in "${targets[@]}"; do
  case "$arch" in
    x86_64)
      cargo build --release -p huquq-ffi >&2
      lib=target/release/libhuquq.so
      strip_tool=strip
      nm_tool=nm
      ;;
    aarch64)
      command -v aarch64-linux-gnu-gcc >/dev/null || {
        echo "aarch64-linux-gnu-gcc is missing: apt-get install gcc-aarch64-linux-gnu" >&2
        exit 1
      }
      rustup target list --installed | grep -q '^aarch64-unknown-linux-gnu$' ||
        rustup target add aarch64-unknown-linux-gnu >&2
      CC_aarch64_unknown_linux_gnu=aarch64-linux-gnu-gcc \
        AR_aarch64_unknown_linux_gnu=aarch64-linux-gnu-ar \
        CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc \
        cargo build --release -p huquq-ffi --target aarch64-unknown-linux-gnu >&2
      lib=target/aarch64-unknown-linux-gnu/release/libhuquq.so
      strip_tool=aarch64-linux-gnu-strip
      nm_tool=aarch64-linux-gnu-nm
      ;;
    *)
      echo "unknown target $arch (x86_64 or aarch64)" >&2
      exit 2
      ;;
  esac
  "$strip_tool" --strip-all -o "$out/$arch.so" "$lib"
  stripped=$(stat -c %s "$out/$arch.so")
  gzipped=$(gzip -9 -c "$out/$arch.so" | wc -c)
  echo "== $arch: by crate (symbols of $lib)"
  NM="$nm_tool" python3 "$scripts/size-by-crate.py" "$lib"
  summary+=("size $arch: $stripped bytes stripped, $gzipped bytes gzip -9")
done
printf '%s\n' "${summary[@]}"
