//! The uniffi facade over huquq-core: one `App` object for the Android and iOS shells, typed errors
//! with localized messages. Screen models are huquq-core's own records (its `uniffi` feature), so
//! there is one definition of each.
use std::path::Path;
use std::sync::Arc;

use huquq_core::kb::model::{
    ArticleScreen, HomeScreen, LanguageItem, OfficerCardScreen, SearchScreen, TopicScreen,
};

uniffi::setup_scaffolding!("huquq");

/// Errors a shell can show as they are: `reason` is already in the user's language and carries
/// no personal data. (Not named `message`, which Kotlin's Exception already has.)
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum HuquqError {
    /// No such article, topic or card.
    #[error("{reason}")]
    NotFound { reason: String },
    /// The input cannot be used as given (for example a search of more than 1,000 characters).
    #[error("{reason}")]
    InvalidInput { reason: String },
    /// The key or PIN does not open the vault; nothing was changed.
    #[error("{reason}")]
    WrongKey { reason: String },
    /// The vault is missing, already exists, or was made by a newer app.
    #[error("{reason}")]
    Vault { reason: String },
    /// The data folder could not be read or written; nothing was changed.
    #[error("{reason}")]
    Storage { reason: String },
    /// The built-in content could not be loaded (a broken build).
    #[error("{reason}")]
    Content { reason: String },
}

impl HuquqError {
    fn new(error: &huquq_core::Error, reason: String) -> Self {
        use huquq_core::Error as E;
        match error {
            E::NotFound { .. } => HuquqError::NotFound { reason },
            E::QueryTooLong { .. } | E::Invalid { .. } => HuquqError::InvalidInput { reason },
            E::WrongKey | E::InvalidKey | E::WrongPin { .. } | E::TooManyAttempts => {
                HuquqError::WrongKey { reason }
            }
            E::PinNotSet | E::PinTooShort { .. } => HuquqError::InvalidInput { reason },
            E::VaultMissing | E::VaultExists | E::VaultTooNew { .. } => {
                HuquqError::Vault { reason }
            }
            E::Storage(_) | E::Io(_) | E::Crypto(_) => HuquqError::Storage { reason },
            E::Content(_) => HuquqError::Content { reason },
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

    pub fn search(&self, query: String) -> Result<SearchScreen, HuquqError> {
        self.localized(self.inner.search(&query))
    }

    /// One interface string by its Fluent id, for the few labels a shell draws itself.
    pub fn ui_text(&self, id: String) -> String {
        self.inner.ui_text(&id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_typed_and_localized() {
        let dir = std::env::temp_dir().join(format!("huquq-ffi-test-{}", std::process::id()));
        let app = App::open(dir.to_string_lossy().into_owned(), vec!["fr".into()]).expect("opens");
        match app.article("no-such-article".into()) {
            Err(HuquqError::NotFound { reason }) => {
                assert!(reason.contains("Aucun article"), "{reason}")
            }
            other => panic!("expected NotFound, got {other:?}"),
        }
        match app.search("x".repeat(10_240)) {
            Err(HuquqError::InvalidInput { reason }) => assert!(reason.contains("1"), "{reason}"),
            other => panic!("expected InvalidInput, got {other:?}"),
        }
        let _ = std::fs::remove_dir_all(dir);
    }
}
