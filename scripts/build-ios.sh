#!/usr/bin/env bash
# The core for iOS, on a Mac with Xcode and rustup: the Rust static library for an iPhone and for
# both kinds of simulator, the Swift bindings generated from it, and one XCFramework for Xcode.
#
#   bash scripts/build-ios.sh          # release (what the app ships)
#   PROFILE=debug bash scripts/build-ios.sh
#
# Writes ios/build/HuquqCore.xcframework (the library with one header folder and one module map,
# module HuquqFFI), ios/Generated/*.swift (the bindings, compiled into the app) and
# ios/Generated/<locale>.lproj/InfoPlist.strings (the camera's purpose in every language). ios/project.yml
# refers to both. SQLCipher's crypto on Apple platforms is the system's CommonCrypto
# (docs/ARCHITECTURE.md, "Cryptography"): no OpenSSL is built.
#
# Never run on the Linux machine this project is developed on (no Apple SDK there); the parts
# that can run there are checked by scripts/ios-check.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [ "$(uname -s)" != Darwin ] || ! command -v xcodebuild >/dev/null; then
  echo "build-ios.sh needs a Mac with Xcode (xcodebuild); on Linux run scripts/ios-check.sh" >&2
  exit 1
fi

profile=${PROFILE:-release}
cargo_profile=()
[ "$profile" = release ] && cargo_profile=(--release)
device=aarch64-apple-ios
simulators=(aarch64-apple-ios-sim x86_64-apple-ios)
# iOS 16 is the oldest the app supports (ios/project.yml); the library must not ask for more.
export IPHONEOS_DEPLOYMENT_TARGET=16.0

rustup target add "$device" "${simulators[@]}"
for target in "$device" "${simulators[@]}"; do
  cargo build "${cargo_profile[@]}" -p huquq-ffi --lib --target "$target"
done

out=ios/build
rm -rf "$out/xcframework-staging" "$out/HuquqCore.xcframework" ios/Generated
mkdir -p "$out/xcframework-staging/headers" "$out/xcframework-staging/simulator" ios/Generated

# Bindings in library mode, from the device library: one Swift file per crate that exports types
# (huquq, huquq_core), their headers, and one module map naming them all (module HuquqFFI).
cargo build -q -p uniffi-bindgen --bin uniffi-bindgen-swift
library="target/$device/$profile/libhuquq.a"
target/debug/uniffi-bindgen-swift --swift-sources "$library" ios/Generated
target/debug/uniffi-bindgen-swift --headers --modulemap "$library" "$out/xcframework-staging/headers" \
  --module-name HuquqFFI --modulemap-filename module.modulemap --xcframework

# What iOS shows before the app runs (why it asks for the camera), in every locale, from the core's
# interface texts: ios/Generated/<locale>.lproj/InfoPlist.strings.
cargo run -q -p huquq-cli -- content ios-strings ios/Generated

# One library for both simulators (arm64 and x86_64), as an XCFramework slice must be.
lipo -create \
  "target/aarch64-apple-ios-sim/$profile/libhuquq.a" \
  "target/x86_64-apple-ios/$profile/libhuquq.a" \
  -output "$out/xcframework-staging/simulator/libhuquq.a"

xcodebuild -create-xcframework \
  -library "$library" -headers "$out/xcframework-staging/headers" \
  -library "$out/xcframework-staging/simulator/libhuquq.a" -headers "$out/xcframework-staging/headers" \
  -output "$out/HuquqCore.xcframework"
rm -rf "$out/xcframework-staging"
echo "wrote $out/HuquqCore.xcframework and ios/Generated/"
