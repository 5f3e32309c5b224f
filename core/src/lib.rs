//! Huquq's core: the whole product logic in plain Rust. Shells (Android, iOS, the terminal) only
//! render the screen models it returns; no decision and no user-visible string lives in a shell.
mod app;
pub mod casefile;
pub mod content;
pub mod error;
pub mod journal;
pub mod kb;
pub mod l10n;
pub mod labels;
pub mod reminders;
pub mod screens;
mod sqlite_ready;
pub mod vault;

pub use app::{App, INDEX_FILE};
pub use error::{Error, ItemKind, Result};

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!("huquq_core");
