//! The encounter journal through the FFI: recording and correcting entries, the journal's screens,
//! verification and custody. `now` comes from the shell: it is recorded as the phone's clock.
use std::time::SystemTime;

use huquq_core::journal::{ChainCheck, Custody, JournalEntry, JournalEntryInput};
use huquq_core::screens::journal::{JournalEntryScreen, JournalFormScreen, JournalScreen};
use huquq_core::screens::model::ChangeDone;

use crate::{App, HuquqError, utc};

#[uniffi::export]
impl App {
    /// Appends an entry; it can never be changed, only corrected by another.
    pub fn add_journal_entry(
        &self,
        input: JournalEntryInput,
        now: SystemTime,
    ) -> Result<JournalEntry, HuquqError> {
        self.localized(self.inner.add_journal_entry(&input, utc(now)))
    }

    /// Appends an entry that corrects `corrects`; both stay in the journal.
    pub fn correct_journal_entry(
        &self,
        corrects: String,
        input: JournalEntryInput,
        now: SystemTime,
    ) -> Result<JournalEntry, HuquqError> {
        self.localized(
            self.inner
                .correct_journal_entry(&corrects, &input, utc(now)),
        )
    }

    pub fn journal_screen(&self) -> Result<JournalScreen, HuquqError> {
        self.localized(self.inner.journal_screen())
    }

    pub fn journal_entry_screen(&self, id: String) -> Result<JournalEntryScreen, HuquqError> {
        self.localized(self.inner.journal_entry_screen(&id))
    }

    /// The form for a new entry (`corrects` none) or for a correction of `corrects`.
    pub fn journal_form(
        &self,
        corrects: Option<String>,
        now: SystemTime,
    ) -> Result<JournalFormScreen, HuquqError> {
        self.localized(self.inner.journal_form(corrects.as_deref(), utc(now)))
    }

    pub fn journal_entry(&self, id: String) -> Result<JournalEntry, HuquqError> {
        self.localized(self.inner.journal_entry(&id))
    }

    pub fn verify_journal(&self) -> Result<Vec<ChainCheck>, HuquqError> {
        self.localized(self.inner.verify_journal())
    }

    /// Starts the passport-custody reminders from a journal entry that records a passport taken.
    pub fn remind_custody(
        &self,
        entry_id: String,
        now: SystemTime,
    ) -> Result<ChangeDone, HuquqError> {
        self.localized(self.inner.remind_custody(&entry_id, utc(now)))
    }

    pub fn custody(&self) -> Result<Vec<Custody>, HuquqError> {
        self.localized(self.inner.custody())
    }
}
