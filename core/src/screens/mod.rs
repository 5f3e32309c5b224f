//! Screen models for the vault, its gate, the settings and the small flows around reminders:
//! built here from the core's state and an explicit `now`, so that a shell only draws them. (The
//! knowledge base's screens are in `kb`, the reminders list and checklists in `reminders`.)
pub mod casefile;
pub mod document;
pub mod expiry;
pub mod flows;
pub mod form;
pub mod gate;
pub mod journal;
pub mod model;
pub mod read_aloud;
pub mod settings;
pub mod vault_list;
