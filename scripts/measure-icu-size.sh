#!/usr/bin/env bash
# What ICU4X (code + compiled CLDR data) adds to a library built like libhuquq: two tiny cdylibs with
# the release profile of this workspace, one calling exactly the ICU4X formatters Huquq uses for all
# its locales, one not; the difference of their stripped sizes is ICU4X's share.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/target/icu-size"
mkdir -p "$work/with/src" "$work/without/src"

manifest() {
  cat <<TOML
[package]
name = "icu-size-$1"
version = "0.0.0"
edition = "2024"
[lib]
crate-type = ["cdylib"]
[dependencies]
$2
[profile.release]
opt-level = "s"
lto = true
codegen-units = 1
strip = true
[workspace]
TOML
}

manifest with 'icu_decimal = "2"
icu_datetime = "2"
icu_calendar = "2"
icu_locale = "2"
icu_provider = { version = "2", features = ["sync"] }
fixed_decimal = { version = "0.7", features = ["ryu"] }' > "$work/with/Cargo.toml"
manifest without '' > "$work/without/Cargo.toml"

cat > "$work/with/src/lib.rs" <<'RS'
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{YM, YMD};
use icu_decimal::DecimalFormatter;

#[unsafe(no_mangle)]
pub extern "C" fn format_all(tag: *const u8, len: usize, out: *mut u8, cap: usize) -> usize {
    let tag = unsafe { std::slice::from_raw_parts(tag, len) };
    let locale: icu_locale::Locale = std::str::from_utf8(tag).unwrap_or("en").parse().unwrap_or(icu_locale::Locale::UNKNOWN);
    let mut text = String::new();
    if let Ok(f) = DecimalFormatter::try_new((&locale).into(), Default::default()) {
        let n = fixed_decimal::Decimal::try_from_f64(4325.5, fixed_decimal::FloatPrecision::RoundTrip).unwrap_or_default();
        text += &f.format(&n).to_string();
    }
    let date = Date::try_new_gregorian(2026, 11, 29).unwrap_or(Date::try_new_gregorian(2000, 1, 1).unwrap());
    if let Ok(f) = FixedCalendarDateTimeFormatter::<Gregorian, YMD>::try_new((&locale).into(), YMD::long()) {
        text += &f.format(&date).to_string();
    }
    if let Ok(f) = FixedCalendarDateTimeFormatter::<Gregorian, YM>::try_new((&locale).into(), YM::long()) {
        text += &f.format(&date).to_string();
    }
    let rtl = icu_locale::LocaleDirectionality::new_common().is_right_to_left(&locale.id);
    text += if rtl { "r" } else { "l" };
    let n = text.len().min(cap);
    unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), out, n) };
    n
}
RS
cat > "$work/without/src/lib.rs" <<'RS'
#[unsafe(no_mangle)]
pub extern "C" fn format_all(tag: *const u8, len: usize, out: *mut u8, cap: usize) -> usize {
    let n = len.min(cap);
    unsafe { std::ptr::copy_nonoverlapping(tag, out, n) };
    n
}
RS

for variant in with without; do
  (cd "$work/$variant" && cargo build --release -q)
done
with=$(stat -c %s "$work/with/target/release/libicu_size_with.so")
without=$(stat -c %s "$work/without/target/release/libicu_size_without.so")
echo "ICU4X adds $(( (with - without) / 1024 )) KiB to a stripped release library ($with vs $without bytes)"
