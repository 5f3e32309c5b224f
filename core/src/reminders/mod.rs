//! Deadlines from the vault's documents, the events a user records and the law's procedures; the
//! reminder schedule handed to the phone; renewal checklists; calendar export.
pub mod checklist;
pub mod deadlines;
pub mod ics;
pub mod model;
pub mod schedule;
mod store;
pub mod texts;

pub use store::DeadlineChoice;
