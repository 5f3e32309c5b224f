//! The encounter journal: a tamper-evident record, kept in the vault, of every dealing with
//! officials — what happened, who, what was demanded, taken, paid — that a lawyer can act on.
//! Entries are append-only and hash-chained (`chain`); a correction is a new entry pointing to the
//! one it corrects. Custody records (a document an office holds) are read from the entries.
pub mod chain;
pub mod model;
mod store;

pub use model::*;
pub use store::{MAX_TEXT_CHARS, Writing};
