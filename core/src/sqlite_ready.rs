//! SQLite marks itself initialized before it runs SQLCipher's own initialization (the
//! `SQLITE_EXTRA_INIT` hook). A second thread that opens a connection in that moment skips the wait
//! and keys its connection before SQLCipher is ready: "An error occurred with PRAGMA key or rekey".
//! The vault tests hit it 13 times in 200 runs, whenever their first two connections opened at once;
//! on a phone it would be a vault that fails to open once, at random, on the app's first start.
//!
//! So every connection the core opens first waits for one connection, opened alone, to have
//! finished opening (and with it SQLite's and SQLCipher's initialization).
use std::sync::Once;

pub(crate) fn wait_for_sqlite() {
    static READY: Once = Once::new();
    READY.call_once(|| {
        // Opening runs the whole initialization; the connection itself is not needed. Should it
        // fail, the caller's own open reports the error.
        let _ = rusqlite::Connection::open_in_memory();
    });
}
