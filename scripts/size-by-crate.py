#!/usr/bin/env python3
"""Bytes of code and data per source crate in a built library, from its symbol table (nm -S -C).

Used by scripts/measure-size.sh; see docs/PERFORMANCE.md. Symbols without a Rust path are C code:
SQLite's are grouped as SQLite, the rest (OpenSSL's libcrypto, when linked) as other C symbols.
The nm to use is taken from $NM (aarch64-linux-gnu-nm for the arm64 build)."""
import collections
import os
import re
import subprocess
import sys

ICU = re.compile(r"^(icu_\w+|fixed_decimal|zerovec|tinystr|writeable|calendrical_calculations|potential_utf|yoke|zerotrie|zerofrom|litemap)$")


def group(name: str) -> str:
    name = name.lstrip("<&*( ")
    crate = re.split(r"::|<| ", name, maxsplit=1)[0]
    if ICU.match(crate):
        return "ICU4X (code + CLDR data)"
    if crate.startswith("sqlite3") or crate.startswith("fts") or "Fts" in crate:
        return "SQLite (C)"
    if "::" not in name:
        return "other C symbols"
    return crate


def main(path: str) -> None:
    out = subprocess.run([os.environ.get("NM", "nm"), "-S", "--size-sort", "-C", path], check=True, capture_output=True, text=True).stdout
    sizes = collections.Counter()
    for line in out.splitlines():
        parts = line.split(maxsplit=3)
        if len(parts) == 4:
            sizes[group(parts[3])] += int(parts[1], 16)
    total = sum(sizes.values())
    for name, size in sizes.most_common(20):
        print(f"{size / 1024:9.1f} KiB  {100 * size / total:5.1f}%  {name}")
    print(f"{total / 1024:9.1f} KiB  total in symbols")


if __name__ == "__main__":
    main(sys.argv[1])
