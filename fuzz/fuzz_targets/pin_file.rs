//! `vault.pin` as a damaged disk or a tampered copy might leave it: reading its state and trying a
//! PIN must give an answer or an error, never panic, and never open anything.
#![no_main]
use chrono::{DateTime, Utc};
use huquq_core::vault::pin;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Argon2 runs at the cost the file names (capped by the core at 256 MiB): fuzzing keeps to
    // files that ask for little, so that the runs test the parsing and the counting, quickly.
    if let Ok(file) = serde_json::from_slice::<serde_json::Value>(data) {
        let cost = |field: &str| {
            file.get(field)
                .and_then(serde_json::Value::as_u64)
                .unwrap_or(0)
        };
        if cost("memory_kib") > 1024 || cost("passes") > 2 || cost("lanes") > 2 {
            return;
        }
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join(pin::PIN_FILE), data).expect("writable");
    let _ = pin::state(dir.path());
    let now = DateTime::<Utc>::from_timestamp(1_780_000_000, 0).expect("a valid instant");
    for secret in [Some(&b"a phone's secret"[..]), None] {
        // The key inside a fuzzed file is not one the PIN can unwrap, except by a miracle.
        assert!(pin::unlock(dir.path(), "135790", secret, now).is_err());
    }
    let _ = pin::state(dir.path());
});
