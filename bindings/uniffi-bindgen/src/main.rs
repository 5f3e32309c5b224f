//! `cargo run -p uniffi-bindgen -- generate --library target/debug/libhuquq.so --language kotlin --out-dir …`
fn main() {
    uniffi::uniffi_bindgen_main()
}
