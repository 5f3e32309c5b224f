//! The core's errors. Each one maps to a localized message (`App::error_text`); none carries
//! personal data.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    Article,
    Topic,
    OfficerCard,
}

impl fmt::Display for ItemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ItemKind::Article => "article",
            ItemKind::Topic => "topic",
            ItemKind::OfficerCard => "officer card",
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no {kind} with id {id:?}")]
    NotFound { kind: ItemKind, id: String },
    #[error("query longer than {max_chars} characters")]
    QueryTooLong { max_chars: usize },
    #[error("storage: {0}")]
    Storage(#[from] rusqlite::Error),
    #[error("data directory: {0}")]
    Io(#[from] std::io::Error),
    #[error("content: {0}")]
    Content(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
