//! Whatever a person types into search (any script, any length, control characters) gets results
//! or a refusal, never a panic.
#![no_main]
use std::sync::OnceLock;

use huquq_core::App;
use libfuzzer_sys::fuzz_target;

fn app() -> &'static App {
    static APP: OnceLock<(tempfile::TempDir, App)> = OnceLock::new();
    &APP.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let app = App::open(dir.path(), &["ru", "kk", "en"]).expect("the built-in content");
        (dir, app)
    })
    .1
}

fuzz_target!(|query: &str| {
    let _ = app().search(query);
});
