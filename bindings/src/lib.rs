//! The uniffi facade over huquq-core: one `App` object for the Android and iOS shells, typed errors
//! with localized messages. Screen models are huquq-core's own records (its `uniffi` feature), so
//! there is one definition of each.
use std::path::Path;
use std::sync::Arc;
use std::time::SystemTime;

use chrono::{DateTime, Utc};
use huquq_core::content::pack::PackProblem;
use huquq_core::error::{BackupProblem, Field, ItemKind, Problem};
use huquq_core::l10n::UiText;
use huquq_core::vault::DataKey;
use huquq_core::vault::backup::{BackupSecret, BackupSummary, Progress, RestoreSummary};
use huquq_core::vault::model::{
    Document, DocumentFilter, DocumentInput, Page, Payment, PaymentInput, Person, PersonInput,
};
use huquq_core::vault::photo::PhotoProblem;

use huquq_core::kb::model::{
    ArticleScreen, GlossaryScreen, HomeScreen, LanguageItem, OfficerCardScreen, SearchScreen,
    TopicScreen,
};
use zeroize::Zeroizing;

mod casefile;
mod journal;
mod reminders;
mod screens;

uniffi::setup_scaffolding!("huquq");

/// Errors, typed so that a shell decides by the variant and its fields (which field, which
/// problem, how many attempts are left), never by reading text. Every variant also carries
/// `reason`: the message in the user's language, for display only, with no personal data. (Not
/// named `message`, which Kotlin's Exception already has.)
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum HuquqError {
    /// No such article, topic, card, person, document, page, payment, procedure, deadline or event.
    #[error("{reason}")]
    NotFound { item: ItemKind, reason: String },
    /// A field of the input cannot be used as given; the other fields were fine or not checked.
    #[error("{reason}")]
    InvalidInput {
        field: Field,
        problem: Problem,
        reason: String,
    },
    /// A search longer than `max_chars` characters.
    #[error("{reason}")]
    QueryTooLong { max_chars: u32, reason: String },
    /// The photo cannot be used; nothing was stored.
    #[error("{reason}")]
    BadPhoto {
        problem: PhotoProblem,
        reason: String,
    },
    /// The phone's key does not open the vault (or is not a key); nothing was changed.
    #[error("{reason}")]
    WrongKey { reason: String },
    /// The PIN is wrong. `attempts_left`: before the PIN-wrapped key is erased.
    #[error("{reason}")]
    WrongPin {
        attempts_left: Option<u32>,
        reason: String,
    },
    /// Too many wrong PINs (the PIN-wrapped key was erased), or the phone's part of the PIN's key
    /// is gone: only a backup can bring the documents back.
    #[error("{reason}")]
    KeyErased { reason: String },
    /// The vault has no PIN to check or change.
    #[error("{reason}")]
    PinNotSet { reason: String },
    /// The vault's PIN must be typed again first (`confirm_vault_pin`): before a backup.
    #[error("{reason}")]
    PinRequired { reason: String },
    /// Too many wrong PINs in a row: no attempt is accepted for `seconds` more; nothing was counted.
    #[error("{reason}")]
    PinWait { seconds: u64, reason: String },
    #[error("{reason}")]
    PinTooShort { min_length: u32, reason: String },
    /// The vault is locked: open it first.
    #[error("{reason}")]
    Locked { reason: String },
    /// There is no vault here yet.
    #[error("{reason}")]
    NoVault { reason: String },
    /// A vault already exists here; nothing was overwritten.
    #[error("{reason}")]
    VaultExists { reason: String },
    /// The vault was written by a newer Huquq: update the app. Nothing was touched.
    #[error("{reason}")]
    TooNew { reason: String },
    /// The passphrase or key does not open this backup; nothing was changed.
    #[error("{reason}")]
    BackupWrongSecret { reason: String },
    /// A journal entry no longer matches its seal: the journal screen says which.
    #[error("{reason}")]
    JournalBroken { reason: String },
    /// The backup file is damaged or not a Huquq backup; nothing was changed.
    #[error("{reason}")]
    BackupDamaged {
        problem: BackupProblem,
        reason: String,
    },
    /// A backup from a newer Huquq.
    #[error("{reason}")]
    BackupUnsupported { version: u32, reason: String },
    /// The data folder could not be read or written; nothing was changed.
    #[error("{reason}")]
    Storage { reason: String },
    /// The phone gave no random numbers, or a cipher failed; nothing was changed.
    #[error("{reason}")]
    Crypto { reason: String },
    /// The built-in content could not be loaded (a broken build).
    #[error("{reason}")]
    Content { reason: String },
    /// A content pack was refused (not genuine, damaged, not newer, for a newer app, failing the
    /// content check), or there is none to share; nothing was changed.
    #[error("{reason}")]
    ContentPack {
        problem: PackProblem,
        reason: String,
    },
}

impl HuquqError {
    /// The one table from the core's errors to the FFI's.
    fn new(error: &huquq_core::Error, reason: String) -> Self {
        use huquq_core::Error as E;
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        match error {
            E::NotFound { kind, .. } => HuquqError::NotFound {
                item: *kind,
                reason,
            },
            E::Invalid { field, problem } => HuquqError::InvalidInput {
                field: *field,
                problem: *problem,
                reason,
            },
            E::QueryTooLong { max_chars } => HuquqError::QueryTooLong {
                max_chars: count(*max_chars),
                reason,
            },
            E::Photo(photo) => HuquqError::BadPhoto {
                problem: photo.problem(),
                reason,
            },
            E::WrongKey | E::InvalidKey => HuquqError::WrongKey { reason },
            E::WrongPin { attempts_left } => HuquqError::WrongPin {
                attempts_left: *attempts_left,
                reason,
            },
            // Either way no PIN opens the vault on this phone any more.
            E::TooManyAttempts | E::PinDeviceKeyLost => HuquqError::KeyErased { reason },
            E::PinRequired => HuquqError::PinRequired { reason },
            E::PinWait { seconds } => HuquqError::PinWait {
                seconds: *seconds,
                reason,
            },
            E::PinNotSet => HuquqError::PinNotSet { reason },
            E::PinTooShort { min } => HuquqError::PinTooShort {
                min_length: count(*min),
                reason,
            },
            E::VaultLocked => HuquqError::Locked { reason },
            E::VaultMissing => HuquqError::NoVault { reason },
            E::VaultExists => HuquqError::VaultExists { reason },
            E::VaultTooNew { .. } => HuquqError::TooNew { reason },
            E::BackupWrongSecret => HuquqError::BackupWrongSecret { reason },
            E::JournalBroken => HuquqError::JournalBroken { reason },
            E::BackupDamaged { problem, .. } => HuquqError::BackupDamaged {
                problem: *problem,
                reason,
            },
            E::BackupUnsupported { version } => HuquqError::BackupUnsupported {
                version: *version,
                reason,
            },
            E::Storage(_) | E::Io(_) => HuquqError::Storage { reason },
            E::Crypto { .. } => HuquqError::Crypto { reason },
            E::Content(_) => HuquqError::Content { reason },
            E::ContentPack { problem, .. } => HuquqError::ContentPack {
                problem: *problem,
                reason,
            },
        }
    }
}

#[derive(uniffi::Object)]
pub struct App {
    inner: huquq_core::App,
}

impl App {
    fn localized<T>(&self, result: huquq_core::Result<T>) -> Result<T, HuquqError> {
        result.map_err(|e| HuquqError::new(&e, self.inner.error_text(&e)))
    }
}

#[uniffi::export]
impl App {
    /// Opens Huquq. `data_dir` is the app's private storage; `locales` the phone's preferred
    /// languages as BCP 47 tags, best first (unknown or malformed tags are skipped, never an error).
    #[uniffi::constructor]
    pub fn open(data_dir: String, locales: Vec<String>) -> Result<Arc<Self>, HuquqError> {
        huquq_core::App::open(Path::new(&data_dir), &locales)
            .map(|inner| Arc::new(App { inner }))
            // No localizer exists yet; these errors only arise from a broken build.
            .map_err(|e| HuquqError::new(&e, e.to_string()))
    }

    /// Switches language; returns the locale now used first.
    pub fn set_locales(&self, locales: Vec<String>) -> String {
        self.inner.set_locales(&locales)
    }

    /// The locales used, best first, ending with English.
    pub fn locale_chain(&self) -> Vec<String> {
        self.inner.locale_chain()
    }

    pub fn languages(&self) -> Vec<LanguageItem> {
        self.inner.languages()
    }

    pub fn home(&self) -> HomeScreen {
        self.inner.home()
    }

    pub fn topic(&self, id: String) -> Result<TopicScreen, HuquqError> {
        self.localized(self.inner.topic(&id))
    }

    pub fn article(&self, id: String) -> Result<ArticleScreen, HuquqError> {
        self.localized(self.inner.article(&id))
    }

    pub fn officer_card(&self, id: String) -> Result<OfficerCardScreen, HuquqError> {
        self.localized(self.inner.officer_card(&id))
    }

    pub fn glossary(&self) -> GlossaryScreen {
        self.inner.glossary()
    }

    pub fn search(&self, query: String) -> Result<SearchScreen, HuquqError> {
        self.localized(self.inner.search(&query))
    }

    /// A text a shell draws itself, by its typed id (generated from `locales/en/shell.ftl`: an id
    /// that does not exist cannot be written).
    pub fn ui_text(&self, text: UiText) -> String {
        self.inner.ui_text(text)
    }

    /// A text with text arguments (`{ $name }` placeables).
    pub fn ui_text_with(
        &self,
        text: UiText,
        args: std::collections::HashMap<String, String>,
    ) -> String {
        let pairs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.inner.ui_text_with(text, &pairs)
    }

    /// A text with one number, `$count`, for its plural forms.
    pub fn ui_count(&self, text: UiText, count: u32) -> String {
        self.inner.ui_count(text, count)
    }

    /// The text direction of the user's language, for a shell's own layout.
    pub fn direction(&self) -> huquq_core::l10n::Direction {
        self.inner.localizer().direction()
    }

    // The vault. Time always comes from the shell (`now`): the core never reads the clock.

    pub fn vault_exists(&self) -> bool {
        self.inner.vault_exists()
    }

    pub fn vault_has_pin(&self) -> bool {
        self.inner.vault_has_pin()
    }

    /// Creates and opens the vault; returns its 32-byte key for the shell to wrap with the
    /// Android Keystore / iOS Keychain. Huquq never stores it in the clear.
    pub fn create_vault(&self) -> Result<Vec<u8>, HuquqError> {
        self.localized(self.inner.create_vault().map(|key| key.as_bytes().to_vec()))
    }

    pub fn open_vault(&self, key: Vec<u8>) -> Result<(), HuquqError> {
        // What the shell handed over is wiped when this call ends.
        let key = Zeroizing::new(key);
        self.localized(DataKey::from_bytes(&key).and_then(|key| self.inner.open_vault(&key)))
    }

    /// `device_secret`: what the phone's hardware key gives for this vault's PIN (Android: the
    /// Keystore HMAC of a fixed label), or none where there is no such key. `now`: for the waits
    /// after wrong PINs.
    pub fn open_vault_with_pin(
        &self,
        pin: String,
        device_secret: Option<Vec<u8>>,
        now: SystemTime,
    ) -> Result<(), HuquqError> {
        // What the shell handed over is wiped when this call ends.
        let pin = Zeroizing::new(pin);
        let device_secret = Zeroizing::new(device_secret);
        self.localized(
            self.inner
                .open_vault_with_pin(&pin, device_secret.as_deref(), utc(now)),
        )
    }

    pub fn lock_vault(&self) {
        self.inner.lock_vault()
    }

    /// `max_attempts`: wrong PINs allowed before the PIN-wrapped key is erased (none: the
    /// default). `device_secret`: as for `open_vault_with_pin`. Afterwards the shell deletes its
    /// own copy of the data key (the gate's `discard_phone_key` says so if it did not get to).
    pub fn set_vault_pin(
        &self,
        key: Vec<u8>,
        pin: String,
        max_attempts: Option<u32>,
        device_secret: Option<Vec<u8>>,
    ) -> Result<(), HuquqError> {
        // What the shell handed over is wiped when this call ends.
        let key = Zeroizing::new(key);
        let pin = Zeroizing::new(pin);
        let device_secret = Zeroizing::new(device_secret);
        self.localized(DataKey::from_bytes(&key).and_then(|key| {
            self.inner
                .set_vault_pin(&key, &pin, max_attempts, device_secret.as_deref())
        }))
    }

    /// Checks the PIN again while the vault is open, right before a backup (`backup_needs_pin`).
    /// A wrong PIN counts as an attempt.
    pub fn confirm_vault_pin(
        &self,
        pin: String,
        device_secret: Option<Vec<u8>>,
        now: SystemTime,
    ) -> Result<(), HuquqError> {
        // What the shell handed over is wiped when this call ends.
        let pin = Zeroizing::new(pin);
        let device_secret = Zeroizing::new(device_secret);
        self.localized(
            self.inner
                .confirm_vault_pin(&pin, device_secret.as_deref(), utc(now)),
        )
    }

    /// Whether a backup made now must first ask for the PIN.
    pub fn backup_needs_pin(&self, now: SystemTime) -> bool {
        self.inner.backup_needs_pin(utc(now))
    }

    /// A strong random passphrase to offer for a backup (five groups of four characters).
    pub fn suggest_passphrase(&self) -> Result<String, HuquqError> {
        self.localized(self.inner.suggest_passphrase())
    }

    pub fn change_vault_pin(
        &self,
        old_pin: String,
        new_pin: String,
        device_secret: Option<Vec<u8>>,
        now: SystemTime,
    ) -> Result<(), HuquqError> {
        // What the shell handed over is wiped when this call ends.
        let old_pin = Zeroizing::new(old_pin);
        let new_pin = Zeroizing::new(new_pin);
        let device_secret = Zeroizing::new(device_secret);
        self.localized(self.inner.change_vault_pin(
            &old_pin,
            &new_pin,
            device_secret.as_deref(),
            utc(now),
        ))
    }

    pub fn erase_vault(&self) -> Result<(), HuquqError> {
        self.localized(self.inner.erase_vault())
    }

    pub fn add_person(&self, input: PersonInput, now: SystemTime) -> Result<Person, HuquqError> {
        self.localized(self.inner.add_person(&input, utc(now)))
    }

    pub fn people(&self) -> Result<Vec<Person>, HuquqError> {
        self.localized(self.inner.people())
    }

    pub fn add_document(
        &self,
        input: DocumentInput,
        now: SystemTime,
    ) -> Result<Document, HuquqError> {
        self.localized(self.inner.add_document(&input, utc(now)))
    }

    pub fn update_document(
        &self,
        id: String,
        input: DocumentInput,
        now: SystemTime,
    ) -> Result<Document, HuquqError> {
        self.localized(self.inner.update_document(&id, &input, utc(now)))
    }

    pub fn delete_document(&self, id: String) -> Result<(), HuquqError> {
        self.localized(self.inner.delete_document(&id))
    }

    pub fn document(&self, id: String) -> Result<Document, HuquqError> {
        self.localized(self.inner.document(&id))
    }

    /// Documents, soonest expiry first, optionally of one person or kind.
    pub fn documents(&self, filter: DocumentFilter) -> Result<Vec<Document>, HuquqError> {
        self.localized(self.inner.documents(&filter))
    }

    /// Adds a photo from a file path (the camera's or picker's file; never a byte array, which
    /// the FFI would copy). Metadata is stripped and the original's SHA-256 kept.
    pub fn add_page(
        &self,
        document_id: String,
        path: String,
        captured_at: SystemTime,
    ) -> Result<Page, HuquqError> {
        self.localized(
            self.inner
                .add_page(&document_id, Path::new(&path), utc(captured_at)),
        )
    }

    pub fn pages(&self, document_id: String) -> Result<Vec<Page>, HuquqError> {
        self.localized(self.inner.pages(&document_id))
    }

    pub fn page_jpeg(&self, page_id: String) -> Result<Vec<u8>, HuquqError> {
        self.localized(self.inner.page_jpeg(&page_id))
    }

    pub fn page_thumbnail(&self, page_id: String) -> Result<Vec<u8>, HuquqError> {
        self.localized(self.inner.page_thumbnail(&page_id))
    }

    /// Writes the page's JPEG into a file (for the share sheet).
    pub fn export_page(&self, page_id: String, dest_path: String) -> Result<(), HuquqError> {
        self.localized(self.inner.export_page(&page_id, Path::new(&dest_path)))
    }

    pub fn delete_page(&self, page_id: String) -> Result<(), HuquqError> {
        self.localized(self.inner.delete_page(&page_id))
    }

    pub fn add_payment(&self, input: PaymentInput, now: SystemTime) -> Result<Payment, HuquqError> {
        self.localized(self.inner.add_payment(&input, utc(now)))
    }

    pub fn payments(&self, document_id: String) -> Result<Vec<Payment>, HuquqError> {
        self.localized(self.inner.payments(&document_id))
    }

    pub fn delete_payment(&self, id: String) -> Result<(), HuquqError> {
        self.localized(self.inner.delete_payment(&id))
    }
}

/// What protects a backup, chosen by the user.
#[derive(uniffi::Enum)]
pub enum BackupKey {
    /// A passphrase the user types.
    Passphrase { passphrase: String },
    /// An age key: a recipient (`age1…`) to make a backup, an identity (`AGE-SECRET-KEY-1…`) to
    /// restore one.
    AgeKey { key: String },
}

/// Told how far a backup or restore has got (items: documents and pages). Called on the thread
/// that runs the backup; it must not call back into `App`.
#[uniffi::export(callback_interface)]
pub trait ProgressListener: Send + Sync {
    fn on_progress(&self, done: u64, total: u64);
}

#[uniffi::export]
impl App {
    /// Writes an encrypted backup (age format) of the whole vault to `dest_path`.
    pub fn backup_vault(
        &self,
        dest_path: String,
        key: BackupKey,
        now: SystemTime,
        listener: Box<dyn ProgressListener>,
    ) -> Result<BackupSummary, HuquqError> {
        let secret = match key {
            BackupKey::Passphrase { passphrase } => BackupSecret::Passphrase(passphrase),
            BackupKey::AgeKey { key } => BackupSecret::Recipient(key),
        };
        let mut report = |p: Progress| listener.on_progress(p.done, p.total);
        self.localized(self.inner.backup_vault(
            Path::new(&dest_path),
            &secret,
            utc(now),
            &mut report,
        ))
    }

    /// Merges a backup into the open vault; on any error nothing is changed.
    pub fn restore_vault(
        &self,
        src_path: String,
        key: BackupKey,
        listener: Box<dyn ProgressListener>,
    ) -> Result<RestoreSummary, HuquqError> {
        let secret = match key {
            BackupKey::Passphrase { passphrase } => BackupSecret::Passphrase(passphrase),
            BackupKey::AgeKey { key } => BackupSecret::Identity(key),
        };
        let mut report = |p: Progress| listener.on_progress(p.done, p.total);
        self.localized(
            self.inner
                .restore_vault(Path::new(&src_path), &secret, &mut report),
        )
    }
}

fn utc(time: SystemTime) -> DateTime<Utc> {
    DateTime::<Utc>::from(time)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_typed_and_localized() {
        let dir = std::env::temp_dir().join(format!("huquq-ffi-test-{}", std::process::id()));
        let app = App::open(dir.to_string_lossy().into_owned(), vec!["fr".into()]).expect("opens");
        match app.article("no-such-article".into()) {
            Err(HuquqError::NotFound {
                item: ItemKind::Article,
                reason,
            }) => assert!(reason.contains("Aucun article"), "{reason}"),
            other => panic!("expected NotFound, got {other:?}"),
        }
        match app.search("x".repeat(10_240)) {
            Err(HuquqError::QueryTooLong { max_chars, reason }) => {
                assert_eq!(max_chars, 1000);
                assert!(reason.contains('1'), "{reason}")
            }
            other => panic!("expected InvalidInput, got {other:?}"),
        }
        let _ = std::fs::remove_dir_all(dir);
    }
}
