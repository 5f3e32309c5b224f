//! `App`'s encounter journal: recording dealings with officials, correcting them, reading them
//! back, checking their chains and the custody records they make.
use chrono::{DateTime, Utc};

use crate::error::{Error, ItemKind, Result};
use crate::journal::{ChainCheck, Custody, JournalEntry, JournalEntryInput, Writing};
use crate::journal::{DocumentAction, DocumentLink};
use crate::screens::journal::{
    self as screens, JournalEntryScreen, JournalFormScreen, JournalScreen,
};
use crate::vault::model::DocumentFilter;

use super::App;

impl App {
    fn writing(&self, now: DateTime<Utc>) -> Result<Writing> {
        Ok(Writing {
            default_person: self.default_holder(now)?.id,
            now,
            local_now: self.local_time(now),
        })
    }

    /// Appends an entry; `now` is the phone's clock, recorded as the capture time.
    pub fn add_journal_entry(
        &self,
        input: &JournalEntryInput,
        now: DateTime<Utc>,
    ) -> Result<JournalEntry> {
        let writing = self.writing(now)?;
        let entry = self.with_vault(|vault| vault.add_journal_entry(input, &writing))?;
        self.close_custody_reminders(&entry, now);
        Ok(entry)
    }

    /// Appends an entry that corrects `corrects`; the corrected entry stays as it was written.
    pub fn correct_journal_entry(
        &self,
        corrects: &str,
        input: &JournalEntryInput,
        now: DateTime<Utc>,
    ) -> Result<JournalEntry> {
        let writing = self.writing(now)?;
        let entry =
            self.with_vault(|vault| vault.correct_journal_entry(corrects, input, &writing))?;
        self.close_custody_reminders(&entry, now);
        Ok(entry)
    }

    /// Every entry, the latest dealing first.
    pub fn journal(&self) -> Result<Vec<JournalEntry>> {
        self.with_vault(|vault| vault.journal())
    }

    pub fn journal_entry(&self, id: &str) -> Result<JournalEntry> {
        self.with_vault(|vault| vault.journal_entry(id))
    }

    pub fn verify_journal(&self) -> Result<Vec<ChainCheck>> {
        self.with_vault(|vault| vault.verify_journal())
    }

    pub fn custody(&self) -> Result<Vec<Custody>> {
        self.with_vault(|vault| vault.custody())
    }
}

impl App {
    /// The journal as a screen: each chain's verification, the entries (latest dealing first) and
    /// the documents offices hold.
    pub fn journal_screen(&self) -> Result<JournalScreen> {
        let (entries, checks, custody) = self.with_vault(|vault| {
            Ok((vault.journal()?, vault.verify_journal()?, vault.custody()?))
        })?;
        Ok(screens::list(&self.l10n(), &entries, &checks, &custody))
    }

    /// One entry in full, with its seal and where it sits in its journal.
    pub fn journal_entry_screen(&self, id: &str) -> Result<JournalEntryScreen> {
        let (entry, check, remind) = self.with_vault(|vault| {
            let entry = vault.journal_entry(id)?;
            // Its journal walked again: a few hundred small hashes, and the screen then says
            // whether this entry still matches its seal.
            let check = vault
                .verify_journal()?
                .into_iter()
                .find(|check| check.chain == entry.chain)
                .ok_or_else(|| Error::NotFound {
                    kind: ItemKind::JournalEntry,
                    id: id.to_owned(),
                })?;
            let remind = self.can_remind_custody(vault, &entry)?;
            Ok((entry, check, remind))
        })?;
        let mut screen = screens::entry(&self.l10n(), &entry, &check, &|instant| {
            self.local_time(instant)
        });
        screen.custody_reminder = remind.then(|| self.custody_reminder_label());
        Ok(screen)
    }

    /// The form for a new entry (`corrects` none) or for a correction, filled in with what the
    /// corrected entry says now; the vault's documents to choose from, with their labels.
    pub fn journal_form(
        &self,
        corrects: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<JournalFormScreen> {
        let (entry, documents, pages, payments) = self.with_vault(|vault| {
            let entry = match corrects {
                Some(id) => Some(vault.journal_entry(id)?),
                None => None,
            };
            let documents = vault.documents(&DocumentFilter::default())?;
            let mut pages = Vec::new();
            let mut payments = Vec::new();
            for document in &documents {
                for page in vault.pages(&document.id)? {
                    pages.push((page, document.clone()));
                }
                for payment in vault.payments(&document.id)? {
                    payments.push((payment, document.clone()));
                }
            }
            Ok((entry, documents, pages, payments))
        })?;
        // Each document as an entry would name it (the action is the form's to choose).
        let documents: Vec<(String, DocumentLink)> = documents
            .into_iter()
            .map(|d| {
                let link = DocumentLink {
                    document_id: d.id.clone(),
                    action: DocumentAction::Shown,
                    kind: d.kind.as_str().to_owned(),
                    number: d.number,
                };
                (d.id, link)
            })
            .collect();
        Ok(screens::form(
            &self.l10n(),
            screens::FormParts {
                corrects: entry.as_ref(),
                documents: &documents,
                pages: &pages,
                payments: &payments,
                local_now: self.local_time(now),
            },
        ))
    }
}
