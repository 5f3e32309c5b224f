//! `App`: the one object a shell talks to. It holds the content, the user's language chain and the
//! search index, and returns screen models.
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use chrono::{DateTime, Utc};

use crate::content::Content;
use crate::content::pack::{ContentOrigin, PackError, TrustedKeys};
use crate::error::{Error, Result};
use crate::kb::model::*;
use crate::kb::screens;
use crate::kb::search::SearchIndex;
use crate::l10n::{Localizer, UiText};
use crate::vault::{DataKey, Vault, pin};

mod casefile;
mod content_packs;
mod custody;
mod journal;
mod reminders;
mod vault;
mod vault_screens;

/// The search index's file inside the data directory.
pub const INDEX_FILE: &str = "content-index.sqlite3";

/// The search index for `content`, in the data folder. Reading one's rights must work even when
/// the folder cannot be written (full or read-only storage): the index is derived data, so it
/// then lives in memory.
fn open_index(data_dir: &Path, content: &Content) -> Result<Arc<SearchIndex>> {
    std::fs::create_dir_all(data_dir)
        .map_err(Error::from)
        .and_then(|_| SearchIndex::open(Some(&data_dir.join(INDEX_FILE)), content))
        .or_else(|_| SearchIndex::open(None, content))
        .map(Arc::new)
}

pub struct App {
    /// The content in use and its index, swapped whole when a content pack is installed.
    content: RwLock<Arc<ContentInUse>>,
    /// The publisher keys whose content packs this app installs.
    content_keys: TrustedKeys,
    /// Held while a pack is installed: two installs at once would race for the same files.
    installing: Mutex<()>,
    data_dir: PathBuf,
    /// The open vault, if unlocked.
    vault: Mutex<Option<Vault>>,
    /// When the PIN was last typed and right: a backup takes every document off the phone, so
    /// with a PIN it needs one typed just before (see `backup_needs_pin`).
    pin_confirmed_at: Mutex<Option<DateTime<Utc>>>,
}

/// Content, its search index, the user's languages over it and where it came from: one value,
/// so a screen never pairs one content's index or texts with another content's articles.
pub(crate) struct ContentInUse {
    pub(crate) content: Arc<Content>,
    /// What the user asked for, kept to localize new content the same way.
    pub(crate) requested: Vec<String>,
    pub(crate) l10n: Localizer,
    pub(crate) index: Arc<SearchIndex>,
    pub(crate) origin: ContentOrigin,
    /// Why an installed pack is not in use, when it is not.
    pub(crate) fallback: Option<PackError>,
}

impl ContentInUse {
    /// Not yet localized: `localized` follows.
    pub(crate) fn new(
        content: Arc<Content>,
        index: Arc<SearchIndex>,
        origin: ContentOrigin,
        fallback: Option<PackError>,
    ) -> ContentInUse {
        let l10n = content.localizer(&["en"]);
        ContentInUse {
            content,
            requested: Vec::new(),
            l10n,
            index,
            origin,
            fallback,
        }
    }

    /// The same content, in the languages `requested` asks for.
    pub(crate) fn localized<S: AsRef<str>>(mut self, requested: &[S]) -> ContentInUse {
        self.requested = requested.iter().map(|r| r.as_ref().to_owned()).collect();
        self.l10n = self.content.localizer(&self.requested);
        self
    }
}

impl App {
    /// Opens Huquq: on the newest installed content pack that is genuine, readable and newer than
    /// the built-in content, else on the built-in content. `requested` is the phone's ordered
    /// locale list; unknown or malformed tags simply do not count.
    pub fn open<S: AsRef<str>>(data_dir: &Path, requested: &[S]) -> Result<App> {
        Self::open_trusting(data_dir, requested, TrustedKeys::built_in())
    }

    /// Opens trusting the given publisher keys instead of the built-in ones: for tests, and for
    /// publishers trying a pack signed with their own key (`huquq --trust-content-key`). The
    /// phone shells only ever call `open`.
    pub fn open_trusting<S: AsRef<str>>(
        data_dir: &Path,
        requested: &[S],
        content_keys: TrustedKeys,
    ) -> Result<App> {
        let loaded = content_packs::load(data_dir, &content_keys)?;
        let index = open_index(data_dir, &loaded.content)?;
        Ok(Self::assemble(
            ContentInUse::new(loaded.content, index, loaded.origin, loaded.fallback),
            content_keys,
            data_dir,
            requested,
        ))
    }

    /// Opens on given content, ignoring installed packs (benchmarks measure a true first launch
    /// this way).
    pub fn open_with_content<S: AsRef<str>>(
        content: Arc<Content>,
        data_dir: &Path,
        requested: &[S],
    ) -> Result<App> {
        let index = open_index(data_dir, &content)?;
        let origin = ContentOrigin::BuiltIn {
            release: content.catalog.release,
        };
        Ok(Self::assemble(
            ContentInUse::new(content, index, origin, None),
            TrustedKeys::built_in(),
            data_dir,
            requested,
        ))
    }

    fn assemble<S: AsRef<str>>(
        in_use: ContentInUse,
        content_keys: TrustedKeys,
        data_dir: &Path,
        requested: &[S],
    ) -> App {
        App {
            content: RwLock::new(Arc::new(in_use.localized(requested))),
            content_keys,
            installing: Mutex::new(()),
            data_dir: data_dir.to_path_buf(),
            vault: Mutex::new(None),
            pin_confirmed_at: Mutex::new(None),
        }
    }

    /// The content in use now. Callers hold the `Arc` for one screen, so an install in between
    /// never mixes two contents in it.
    pub(crate) fn in_use(&self) -> Arc<ContentInUse> {
        self.content
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    pub(crate) fn content(&self) -> Arc<Content> {
        self.in_use().content.clone()
    }

    fn l10n(&self) -> Localizer {
        self.in_use().l10n.clone()
    }

    /// Puts new content, or the same content in other languages, in use: `next` makes it from what
    /// is in use, under the lock, so a language change and an install at the same moment both
    /// take effect.
    pub(crate) fn change_in_use(&self, next: impl FnOnce(&ContentInUse) -> ContentInUse) {
        let mut in_use = self
            .content
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *in_use = Arc::new(next(&in_use));
    }

    /// Switches language; returns the locale now used first.
    pub fn set_locales<S: AsRef<str>>(&self, requested: &[S]) -> String {
        self.change_in_use(|current| {
            ContentInUse::new(
                current.content.clone(),
                current.index.clone(),
                current.origin.clone(),
                current.fallback.clone(),
            )
            .localized(requested)
        });
        self.l10n().primary().to_string()
    }

    /// The locales used, best first, ending with English.
    pub fn locale_chain(&self) -> Vec<String> {
        self.l10n().chain().iter().map(|l| l.to_string()).collect()
    }

    pub fn languages(&self) -> Vec<LanguageItem> {
        screens::languages(&self.content(), &self.l10n())
    }

    pub fn home(&self) -> HomeScreen {
        screens::home(&self.content(), &self.l10n())
    }

    pub fn topic(&self, id: &str) -> Result<TopicScreen> {
        screens::topic(&self.content(), &self.l10n(), id)
    }

    pub fn article(&self, id: &str) -> Result<ArticleScreen> {
        screens::article(&self.content(), &self.l10n(), id)
    }

    pub fn officer_card(&self, id: &str) -> Result<OfficerCardScreen> {
        screens::officer_card(&self.content(), &self.l10n(), id)
    }

    pub fn glossary(&self) -> GlossaryScreen {
        crate::kb::glossary::glossary(&self.content(), &self.l10n())
    }

    pub fn search(&self, query: &str) -> Result<SearchScreen> {
        let in_use = self.in_use();
        screens::search(&in_use.content, &self.l10n(), &in_use.index, query)
    }

    /// An interface text in the user's language.
    pub fn ui_text(&self, text: UiText) -> String {
        self.l10n().ui(text.id())
    }

    /// A label with text arguments (`{ $name }` placeables).
    pub fn ui_text_with(&self, text: UiText, args: &[(&str, &str)]) -> String {
        let mut fluent = fluent_bundle::FluentArgs::new();
        for (name, value) in args {
            fluent.set(name.to_string(), value.to_string());
        }
        self.l10n().ui_with(text.id(), Some(&fluent))
    }

    /// A text with several counts (plural forms follow the locale's CLDR rules).
    pub fn ui_counts(&self, text: UiText, counts: &[(&str, u32)]) -> String {
        let mut fluent = fluent_bundle::FluentArgs::new();
        for (name, value) in counts {
            fluent.set(name.to_string(), *value);
        }
        self.l10n().ui_with(text.id(), Some(&fluent))
    }

    /// A label whose `$count` picks the plural form (CLDR's rules for the locale).
    pub fn ui_count(&self, text: UiText, count: u32) -> String {
        let mut fluent = fluent_bundle::FluentArgs::new();
        fluent.set("count", count);
        self.l10n().ui_with(text.id(), Some(&fluent))
    }

    /// An error's message in the user's language.
    pub fn error_text(&self, error: &crate::error::Error) -> String {
        crate::error::error_text(&self.l10n(), error)
    }

    /// Labels for the confidence levels and other fixed words, localized.
    pub fn localizer(&self) -> Localizer {
        self.l10n()
    }

    // The vault

    fn vault(&self) -> MutexGuard<'_, Option<Vault>> {
        self.vault
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `work` on the open vault, or fails with `VaultLocked`. Inside the core only: every
    /// shell, the CLI included, goes through `App`'s own methods.
    pub(crate) fn with_vault<T>(&self, work: impl FnOnce(&Vault) -> Result<T>) -> Result<T> {
        match self.vault().as_ref() {
            Some(vault) => work(vault),
            None => Err(Error::VaultLocked),
        }
    }

    pub fn vault_exists(&self) -> bool {
        Vault::exists(&self.data_dir)
    }

    pub fn vault_has_pin(&self) -> bool {
        pin::has_pin(&self.data_dir)
    }

    pub fn vault_pin_state(&self) -> pin::PinState {
        pin::state(&self.data_dir)
    }

    /// Creates the vault with a fresh random key and opens it; returns the key for the shell to
    /// keep (Android Keystore, iOS Keychain).
    pub fn create_vault(&self) -> Result<DataKey> {
        let key = DataKey::generate()?;
        let vault = Vault::create(&self.data_dir, &key)?;
        *self.vault() = Some(vault);
        Ok(key)
    }

    pub fn open_vault(&self, key: &DataKey) -> Result<()> {
        let vault = Vault::open(&self.data_dir, key)?;
        *self.vault() = Some(vault);
        Ok(())
    }

    /// `device_secret`: the phone's secret the PIN was set with (none on a computer); `now`: the
    /// clock, for the waits after wrong PINs.
    pub fn open_vault_with_pin(
        &self,
        pin: &str,
        device_secret: Option<&[u8]>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let key = pin::unlock(&self.data_dir, pin, device_secret, now)?;
        self.open_vault(&key)?;
        self.pin_confirmed(Some(now));
        Ok(())
    }

    /// Checks the PIN again while the vault is open, before something that takes documents off
    /// the phone (a backup). A wrong PIN counts like any other attempt.
    pub fn confirm_vault_pin(
        &self,
        pin: &str,
        device_secret: Option<&[u8]>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        pin::unlock(&self.data_dir, pin, device_secret, now)?;
        self.pin_confirmed(Some(now));
        Ok(())
    }

    fn pin_confirmed(&self, at: Option<DateTime<Utc>>) {
        *self
            .pin_confirmed_at
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = at;
    }

    /// Whether a backup made `now` first needs the PIN typed: with a PIN, unless it was typed in
    /// the last two minutes (the CLI's, which opens with it for each command, always was).
    pub fn backup_needs_pin(&self, now: DateTime<Utc>) -> bool {
        if !self.vault_has_pin() {
            return false;
        }
        let confirmed = *self
            .pin_confirmed_at
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        !confirmed.is_some_and(|at| at <= now && now - at <= chrono::Duration::minutes(2))
    }

    /// Closes the vault; its key leaves memory with it.
    pub fn lock_vault(&self) {
        *self.vault() = None;
        self.pin_confirmed(None);
    }

    /// Sets a PIN for the vault `key` opens (the data key is wrapped, the database untouched).
    /// `max_attempts`: `None` for the default limit. `device_secret`: the phone's secret (see
    /// `vault::pin`); after this the shell must delete its own copy of the data key, and the gate
    /// tells it to if it did not get to.
    pub fn set_vault_pin(
        &self,
        key: &DataKey,
        pin_code: &str,
        max_attempts: Option<u32>,
        device_secret: Option<&[u8]>,
    ) -> Result<()> {
        // Proves the key is this vault's before wrapping it.
        Vault::open(&self.data_dir, key)?;
        pin::set_pin(&self.data_dir, key, pin_code, max_attempts, device_secret)
    }

    pub fn change_vault_pin(
        &self,
        old_pin: &str,
        new_pin: &str,
        device_secret: Option<&[u8]>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        pin::change_pin(&self.data_dir, old_pin, new_pin, device_secret, now)
    }

    /// Erases the vault (database, journals, wrapped key), open or not.
    pub fn erase_vault(&self) -> Result<()> {
        self.lock_vault();
        Vault::erase(&self.data_dir)
    }
}
