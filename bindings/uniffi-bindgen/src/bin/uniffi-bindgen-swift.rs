//! uniffi's Swift generator with the options the iOS build needs: every crate's bindings from one
//! library, their headers, and one module map for all of them (`scripts/build-ios.sh`).
fn main() {
    uniffi::uniffi_bindgen_swift()
}
