//! The core's errors. Each one maps to a localized message (`App::error_text`); none carries
//! personal data: no names, numbers or notes a user typed.
use std::fmt;

mod text;
pub use text::error_text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ItemKind {
    Article,
    Topic,
    OfficerCard,
    Person,
    Document,
    Page,
    Payment,
    Procedure,
    Deadline,
    Event,
    JournalEntry,
    /// A language Huquq has no texts in.
    Language,
}

impl fmt::Display for ItemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ItemKind::Article => "article",
            ItemKind::Topic => "topic",
            ItemKind::OfficerCard => "officer card",
            ItemKind::Person => "person",
            ItemKind::Document => "document",
            ItemKind::Page => "page",
            ItemKind::Payment => "payment",
            ItemKind::Procedure => "procedure",
            ItemKind::Deadline => "deadline",
            ItemKind::Event => "event",
            ItemKind::JournalEntry => "journal entry",
            ItemKind::Language => "language",
        })
    }
}

/// The input field a validation error is about, so a shell can put the message beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Field {
    Name,
    Kind,
    IssuedOn,
    ExpiresOn,
    Amount,
    Currency,
    PaidOn,
    TimeZone,
    ReminderTime,
    Offsets,
    HappenedOn,
    SnoozeUntil,
    /// Whose document it is.
    Holder,
    Pin,
    Passphrase,
    // A journal entry's fields.
    /// What kind of dealing it was.
    EntryKind,
    Place,
    /// The office or unit.
    Office,
    /// The official's name, rank or badge.
    Official,
    /// What was asked or demanded.
    Demanded,
    Documents,
    MoneyAsked,
    Said,
    Outcome,
    Witnesses,
    /// The date an office promised to return a document.
    ReturnBy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Problem {
    Missing,
    BadDate,
    ExpiryBeforeIssue,
    Negative,
    BadCurrency,
    UnknownTimeZone,
    BadTime,
    OffsetTooLarge,
    /// The event is not the one that starts the procedure.
    WrongEvent,
    /// Typed twice, differently (a new PIN, a passphrase).
    Mismatch,
    /// A passphrase too short or too easy to guess (see `vault::passphrase`).
    TooWeak,
    /// A date or time after now (a journal entry records what happened).
    InFuture,
    /// Longer than the field takes (`journal::MAX_TEXT_CHARS`).
    TooLong,
}

/// What is wrong with a backup file, for a shell that words it differently or offers a next step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum BackupProblem {
    /// Not an age file at all (or its header cannot be read).
    NotAnAgeFile,
    /// Encrypted data or the header fail authentication: changed after it was written.
    Altered,
    /// The file ends too early.
    CutShort,
    /// A passphrase backup asks for more work than a phone can do (a hostile file).
    TooCostly,
    /// An age file, but not a Huquq backup's archive.
    NotAHuquqBackup,
    /// The archive and its manifest disagree, or a value breaks the vault's rules.
    Inconsistent,
}

/// What could not be done with the platform's cryptography. Nothing was changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CryptoFailure {
    /// The system gave no random numbers.
    Randomness,
    /// A key could not be derived, wrapped or unwrapped.
    KeyWrapping,
    /// Data could not be encrypted or authenticated.
    Cipher,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no {kind} with id {id:?}")]
    NotFound { kind: ItemKind, id: String },
    #[error("query longer than {max_chars} characters")]
    QueryTooLong { max_chars: usize },
    #[error("invalid {field:?}: {problem:?}")]
    Invalid { field: Field, problem: Problem },
    /// The key does not open the vault (or the file is not a vault): nothing was changed.
    #[error("wrong key")]
    WrongKey,
    #[error("a key must be 32 bytes")]
    InvalidKey,
    #[error("wrong PIN")]
    WrongPin { attempts_left: Option<u32> },
    #[error("too many wrong PINs: the wrapped key was erased")]
    TooManyAttempts,
    #[error("no PIN is set")]
    PinNotSet,
    /// Wrong PINs in a row: the next attempt is accepted only after the wait.
    #[error("too many wrong PINs in a row: wait {seconds} s")]
    PinWait { seconds: u64 },
    /// The vault has a PIN, and it must be typed again first (before a backup).
    #[error("the PIN must be typed first")]
    PinRequired,
    /// The phone's part of the PIN's key is gone (or is another phone's): no PIN opens the vault here.
    #[error("the phone's secret for the PIN is missing")]
    PinDeviceKeyLost,
    #[error("a PIN needs at least {min} characters")]
    PinTooShort { min: usize },
    #[error("the vault is locked")]
    VaultLocked,
    #[error("there is no vault here yet")]
    VaultMissing,
    #[error("a vault already exists here")]
    VaultExists,
    #[error("vault schema {found} is newer than this app ({supported})")]
    VaultTooNew { found: i32, supported: i32 },
    #[error("photo: {0}")]
    Photo(#[from] crate::vault::photo::PhotoError),
    #[error("crypto: {failure:?} ({detail})")]
    Crypto {
        failure: CryptoFailure,
        /// For a developer reading a test failure; never shown, never crosses the FFI.
        detail: String,
    },
    #[error("storage: {0}")]
    Storage(#[from] rusqlite::Error),
    #[error("data directory: {0}")]
    Io(#[from] std::io::Error),
    #[error("content: {0}")]
    Content(String),
    /// The passphrase or key does not open the backup (or cannot be used): nothing was changed.
    #[error("the passphrase or key does not open this backup")]
    BackupWrongSecret,
    /// `verify` found a journal entry that no longer matches its seal (`journal::ChainCheck`).
    #[error("a journal entry was changed after it was written")]
    JournalBroken,
    /// Truncated, tampered with, not a backup, or inconsistent. Nothing was changed. The detail is
    /// for a developer, names no personal data, and never crosses the FFI.
    #[error("the backup is damaged: {detail}")]
    BackupDamaged {
        problem: BackupProblem,
        detail: String,
    },
    #[error("backup format {version} is not supported by this app")]
    BackupUnsupported { version: u32 },
    #[error("content pack refused ({problem:?}): {detail}")]
    ContentPack {
        problem: crate::content::pack::PackProblem,
        detail: String,
    },
}

impl Error {
    pub(crate) fn crypto(failure: CryptoFailure, detail: impl std::fmt::Display) -> Error {
        Error::Crypto {
            failure,
            detail: detail.to_string(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
