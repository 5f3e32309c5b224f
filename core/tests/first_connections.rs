#![allow(clippy::unwrap_used)]
//! Two threads opening the process's first connections at the same moment: each opens. SQLite marks
//! itself initialized before SQLCipher has finished initializing, and a connection keyed in between
//! failed ("An error occurred with PRAGMA key or rekey"); the core now waits for one connection to
//! finish opening first (`core/src/sqlite_ready.rs`). The race happens once per process, at its
//! start, so the test runs itself as a fresh child process many times.
use std::process::Command;
use std::sync::{Arc, Barrier};

use huquq_core::Error;
use huquq_core::vault::{DataKey, VAULT_FILE, Vault};

const CHILD: &str = "HUQUQ_FIRST_CONNECTIONS_CHILD";
const ROUNDS: usize = 150;

#[test]
fn two_first_connections_at_once_both_open() {
    if std::env::var_os(CHILD).is_some() {
        race();
        return;
    }
    let exe = std::env::current_exe().unwrap();
    for round in 0..ROUNDS {
        let output = Command::new(&exe)
            .args([
                "--exact",
                "two_first_connections_at_once_both_open",
                "--nocapture",
            ])
            .env(CHILD, "1")
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "round {round}: {} {}{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// Vaults created, and files that are not vaults refused, on threads released together.
fn race() {
    const EACH: usize = 3;
    let start = Arc::new(Barrier::new(2 * EACH));
    let mut created = Vec::new();
    let mut refused = Vec::new();
    for _ in 0..EACH {
        let create_start = start.clone();
        created.push(std::thread::spawn(move || {
            let dir = tempfile::tempdir().unwrap();
            let key = DataKey::generate().unwrap();
            create_start.wait();
            Vault::create(dir.path(), &key).map(drop)
        }));
        let open_start = start.clone();
        refused.push(std::thread::spawn(move || {
            let dir = tempfile::tempdir().unwrap();
            std::fs::write(dir.path().join(VAULT_FILE), b"not a vault".repeat(500)).unwrap();
            let key = DataKey::generate().unwrap();
            open_start.wait();
            Vault::open(dir.path(), &key).map(drop)
        }));
    }
    for thread in created {
        let result = thread.join().unwrap();
        assert!(result.is_ok(), "create: {result:?}");
    }
    for thread in refused {
        let result = thread.join().unwrap();
        assert!(matches!(result, Err(Error::WrongKey)), "open: {result:?}");
    }
}
