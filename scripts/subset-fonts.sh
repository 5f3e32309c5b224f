#!/usr/bin/env bash
# Makes the fonts the case file (core/src/casefile) embeds: Roboto (Latin, Cyrillic with Kazakh,
# Kyrgyz and Tajik letters) and Noto Naskh Arabic, regular and bold, cut down to the scripts
# Huquq's nine languages write, with every OpenType layout feature kept (Arabic joining and
# ligatures, kerning). The PDF then embeds only the glyphs a case file uses.
#
# The originals are Android's own fonts as Robolectric ships them on Maven Central
# (org.robolectric:nativeruntime-dist-compat 1.0.16). Roboto is under the Apache License 2.0,
# Noto Naskh Arabic under the SIL Open Font License 1.1 (core/fonts/LICENSE-*). The outputs are
# committed; run this only to change the character sets.
set -euo pipefail
cd "$(dirname "$0")/.."

version=1.0.16
jar="$HOME/.m2/repository/org/robolectric/nativeruntime-dist-compat/$version/nativeruntime-dist-compat-$version.jar"
if [ ! -f "$jar" ]; then
  mvn -q dependency:get -Dartifact="org.robolectric:nativeruntime-dist-compat:$version"
fi
python3 -c 'import fontTools' 2>/dev/null || pip install -q fonttools

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The jar holds the native runtime and, inside it, a fonts folder.
(cd "$work" && unzip -q -o "$jar" '*Roboto-Regular.ttf' '*Roboto-Bold.ttf' \
  '*NotoNaskhArabic-Regular.ttf' '*NotoNaskhArabic-Bold.ttf' 2>/dev/null || true)
find_font() { find "$work" -name "$1" | head -1; }

# Latin with Latin-1 and Extended-A (French, Uzbek Latin), the modifier letters Uzbek writes
# (ʻ ʼ), Cyrillic with its supplement (Kazakh, Kyrgyz, Tajik), punctuation, the currency signs of
# the region (₸ ₽ € $), № and the replacement character. Every glyph costs the library: Latin
# Extended-B, combining marks and symbol blocks are left out, since no text Huquq writes uses them.
latin_cyrillic="U+0020-017F,U+02B9-02BC,U+0400-052F,U+2010-2027,U+2030-203A,U+2044,U+20AC,U+20B8,U+20BD,U+2116,U+2212,U+FFFD"
# Arabic (the block the Arabic texts use; shaping reaches the joined forms through the layout
# tables, so the presentation-form blocks are not needed), digits, the punctuation Arabic text
# borrows, and the marks that steer joining (ZWNJ, ZWJ) and direction.
arabic="U+0020-0040,U+00A0,U+00AB,U+00BB,U+0600-06FF,U+200B-200F,U+2010-2011,U+2066-2069"

subset() {
  local source=$1 unicodes=$2 out=$3
  pyftsubset "$(find_font "$source")" --unicodes="$unicodes" --layout-features='*' \
    --name-IDs='*' --name-languages='*' --notdef-outline --no-hinting \
    --output-file="core/fonts/$out"
}
subset Roboto-Regular.ttf "$latin_cyrillic" Roboto-Regular.ttf
subset Roboto-Bold.ttf "$latin_cyrillic" Roboto-Bold.ttf
subset NotoNaskhArabic-Regular.ttf "$arabic" NotoNaskhArabic-Regular.ttf
subset NotoNaskhArabic-Bold.ttf "$arabic" NotoNaskhArabic-Bold.ttf
ls -l core/fonts/*.ttf
