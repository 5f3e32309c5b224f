//! Schema versions, applied in order inside one transaction each and recorded in
//! `PRAGMA user_version`.
use rusqlite::Connection;

use crate::error::{Error, Result};

/// Migration `n` (1-based) takes the schema from version `n - 1` to `n`.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_initial.sql"),
    include_str!("migrations/002_page_images.sql"),
    include_str!("migrations/003_reminders.sql"),
    include_str!("migrations/004_journal.sql"),
];

pub const CURRENT_VERSION: i32 = MIGRATIONS.len() as i32;

pub fn migrate(conn: &mut Connection) -> Result<()> {
    let version: i32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > CURRENT_VERSION {
        // Written by a newer Huquq: never touch it.
        return Err(Error::VaultTooNew {
            found: version,
            supported: CURRENT_VERSION,
        });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i32 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
