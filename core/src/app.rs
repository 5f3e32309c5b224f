//! `App`: the one object a shell talks to. It holds the content, the user's language chain and the
//! search index, and returns screen models.
use std::path::Path;
use std::sync::{Arc, RwLock};

use crate::error::Result;
use crate::kb::content::Content;
use crate::kb::model::*;
use crate::kb::screens;
use crate::kb::search::SearchIndex;
use crate::l10n::Localizer;

/// The search index's file inside the data directory.
pub const INDEX_FILE: &str = "content-index.sqlite3";

pub struct App {
    content: Arc<Content>,
    l10n: RwLock<Localizer>,
    index: SearchIndex,
}

impl App {
    /// Opens Huquq on the embedded content. `requested` is the phone's ordered locale list; unknown
    /// or malformed tags simply do not count.
    pub fn open<S: AsRef<str>>(data_dir: &Path, requested: &[S]) -> Result<App> {
        Self::open_with_content(Content::embedded()?, data_dir, requested)
    }

    /// Opens on given content (benchmarks measure a true first launch this way).
    pub fn open_with_content<S: AsRef<str>>(
        content: Arc<Content>,
        data_dir: &Path,
        requested: &[S],
    ) -> Result<App> {
        // Reading one's rights must work even when the data folder cannot be written (full or
        // read-only storage): the index is derived data, so it then lives in memory.
        let index = std::fs::create_dir_all(data_dir)
            .map_err(crate::error::Error::from)
            .and_then(|_| SearchIndex::open(Some(&data_dir.join(INDEX_FILE)), &content))
            .or_else(|_| SearchIndex::open(None, &content))?;
        let l10n = RwLock::new(content.localizer(requested));
        Ok(App {
            content,
            l10n,
            index,
        })
    }

    fn l10n(&self) -> Localizer {
        self.l10n
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Switches language; returns the locale now used first.
    pub fn set_locales<S: AsRef<str>>(&self, requested: &[S]) -> String {
        let l10n = self.content.localizer(requested);
        let primary = l10n.primary().to_string();
        *self
            .l10n
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = l10n;
        primary
    }

    /// The locales used, best first, ending with English.
    pub fn locale_chain(&self) -> Vec<String> {
        self.l10n().chain().iter().map(|l| l.to_string()).collect()
    }

    pub fn languages(&self) -> Vec<LanguageItem> {
        screens::languages(&self.content, &self.l10n())
    }

    pub fn home(&self) -> HomeScreen {
        screens::home(&self.content, &self.l10n())
    }

    pub fn topic(&self, id: &str) -> Result<TopicScreen> {
        screens::topic(&self.content, &self.l10n(), id)
    }

    pub fn article(&self, id: &str) -> Result<ArticleScreen> {
        screens::article(&self.content, &self.l10n(), id)
    }

    pub fn officer_card(&self, id: &str) -> Result<OfficerCardScreen> {
        screens::officer_card(&self.content, &self.l10n(), id)
    }

    pub fn search(&self, query: &str) -> Result<SearchScreen> {
        screens::search(&self.content, &self.l10n(), &self.index, query)
    }

    /// A UI string in the user's language (shells and the CLI use this for their few own labels).
    pub fn ui_text(&self, id: &str) -> String {
        self.l10n().ui(id)
    }

    /// An error's message in the user's language.
    pub fn error_text(&self, error: &crate::error::Error) -> String {
        screens::error_text(&self.l10n(), error)
    }

    /// Labels for the confidence levels and other fixed words, localized.
    pub fn localizer(&self) -> Localizer {
        self.l10n()
    }
}
