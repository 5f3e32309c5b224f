//! The content model, below both the knowledge base and the reminders: the catalog (articles,
//! officer cards, contacts, glossary, procedures, working-day calendars), the Fluent messages of
//! every locale, and where they come from (compiled in, or a `locales/` folder for editors).
pub mod calendar;
pub mod catalog;
pub mod embedded;
mod loaded;
pub mod pack;
pub mod presented;
pub mod procedure;

pub use loaded::{ArticleHeading, ArticleText, Content, REFERENCE_LOCALE, split_keywords};
