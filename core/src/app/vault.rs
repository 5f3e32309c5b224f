//! `App`'s vault: every call a shell makes on the documents, their pages and payments, the people
//! who hold them, and backups. The CLI and the phones use exactly these; the open `Vault` itself
//! stays inside the core.
use std::path::Path;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

use crate::error::{Error, Result};
use crate::reminders::model::ReminderSettings;
use crate::reminders::schedule::ValidSettings;
use crate::vault::backup::{BackupSecret, BackupSummary, Progress, RestoreSummary};
use crate::vault::model::{
    Document, DocumentFilter, DocumentInput, DocumentKind, Page, Payment, PaymentInput, Person,
    PersonInput, Relation,
};
use crate::vault::pin;

use super::App;

impl App {
    /// The user's calendar day at `now`, defined once for every shell: in the reminders' time
    /// zone (the vault's settings), or the default zone while the vault is locked.
    pub fn today(&self, now: DateTime<Utc>) -> NaiveDate {
        self.local_time(now).date()
    }

    /// The user's wall-clock time at `now`, in the same zone as `today`.
    pub fn local_time(&self, now: DateTime<Utc>) -> NaiveDateTime {
        let settings = self
            .with_vault(|vault| vault.reminder_settings())
            .unwrap_or_default();
        ValidSettings::new(&settings)
            .or_else(|_| ValidSettings::new(&ReminderSettings::default()))
            .map(|valid| valid.local(now))
            // The defaults always parse; UTC's time is the last resort of a broken build.
            .unwrap_or_else(|_| now.naive_utc())
    }

    /// Whether the vault is open right now (it may have been locked by another screen).
    pub fn vault_is_open(&self) -> bool {
        self.with_vault(|_| Ok(())).is_ok()
    }

    // People

    pub fn add_person(&self, input: &PersonInput, now: DateTime<Utc>) -> Result<Person> {
        self.with_vault(|v| v.add_person(input, now))
    }

    pub fn people(&self) -> Result<Vec<Person>> {
        self.with_vault(|v| v.people())
    }

    /// The phone's owner, who holds a document unless the user says otherwise: made on first use,
    /// named "Me" in the user's language.
    pub fn default_holder(&self, now: DateTime<Utc>) -> Result<Person> {
        let name = self.l10n().ui("vault-me");
        self.with_vault(|vault| {
            if let Some(me) = vault
                .people()?
                .into_iter()
                .find(|p| p.relation == Relation::Myself)
            {
                return Ok(me);
            }
            vault.add_person(
                &PersonInput {
                    name,
                    relation: Relation::Myself,
                },
                now,
            )
        })
    }

    /// A person by id or by name (letter case aside), added when nobody has that name: the first
    /// person in an empty vault is the phone's owner, anyone later someone else.
    pub fn person_named(&self, wanted: &str, now: DateTime<Utc>) -> Result<Person> {
        self.with_vault(|vault| {
            let people = vault.people()?;
            if let Some(person) = people
                .iter()
                .find(|p| p.id == wanted || p.name.to_lowercase() == wanted.to_lowercase())
            {
                return Ok(person.clone());
            }
            let relation = if people.is_empty() {
                Relation::Myself
            } else {
                Relation::Other
            };
            vault.add_person(
                &PersonInput {
                    name: wanted.to_owned(),
                    relation,
                },
                now,
            )
        })
    }

    // Documents

    pub fn add_document(&self, input: &DocumentInput, now: DateTime<Utc>) -> Result<Document> {
        self.with_vault(|v| v.add_document(input, now))
    }

    /// A new, empty document of `kind` held by the phone's owner (made on first use): the first
    /// step of the form, which saves every later change into it.
    pub fn new_document(&self, kind: DocumentKind, now: DateTime<Utc>) -> Result<Document> {
        let holder = self.default_holder(now)?;
        self.add_document(
            &DocumentInput {
                person_id: holder.id,
                kind: Some(kind),
                ..DocumentInput::default()
            },
            now,
        )
    }

    /// A document and photos of its pages in one transaction: all of it is stored, or nothing
    /// (a bad photo, a full disk, a crash).
    pub fn add_document_with_pages(
        &self,
        input: &DocumentInput,
        photos: &[&Path],
        now: DateTime<Utc>,
    ) -> Result<Document> {
        self.with_vault(|v| v.add_document_with_pages(input, photos, now))
    }

    pub fn update_document(
        &self,
        id: &str,
        input: &DocumentInput,
        now: DateTime<Utc>,
    ) -> Result<Document> {
        self.with_vault(|v| v.update_document(id, input, now))
    }

    pub fn delete_document(&self, id: &str) -> Result<()> {
        self.with_vault(|v| v.delete_document(id))
    }

    pub fn document(&self, id: &str) -> Result<Document> {
        self.with_vault(|v| v.document(id))
    }

    /// Documents, soonest expiry first, optionally of one person or kind.
    pub fn documents(&self, filter: &DocumentFilter) -> Result<Vec<Document>> {
        self.with_vault(|v| v.documents(filter))
    }

    // Pages

    /// Adds a photo from a file path; metadata is stripped and the original's SHA-256 kept.
    pub fn add_page(
        &self,
        document_id: &str,
        photo: &Path,
        captured_at: DateTime<Utc>,
    ) -> Result<Page> {
        self.with_vault(|v| v.add_page(document_id, photo, captured_at))
    }

    pub fn pages(&self, document_id: &str) -> Result<Vec<Page>> {
        self.with_vault(|v| v.pages(document_id))
    }

    pub fn page_jpeg(&self, page_id: &str) -> Result<Vec<u8>> {
        self.with_vault(|v| v.page_jpeg(page_id))
    }

    pub fn page_thumbnail(&self, page_id: &str) -> Result<Vec<u8>> {
        self.with_vault(|v| v.page_thumbnail(page_id))
    }

    /// Writes the page's JPEG into a file (for a share sheet, or `huquq vault page`).
    pub fn export_page(&self, page_id: &str, dest: &Path) -> Result<()> {
        self.with_vault(|v| v.export_page(page_id, dest))
    }

    pub fn delete_page(&self, page_id: &str) -> Result<()> {
        self.with_vault(|v| v.delete_page(page_id))
    }

    // Payments

    pub fn add_payment(&self, input: &PaymentInput, now: DateTime<Utc>) -> Result<Payment> {
        self.with_vault(|v| v.add_payment(input, now))
    }

    pub fn payments(&self, document_id: &str) -> Result<Vec<Payment>> {
        self.with_vault(|v| v.payments(document_id))
    }

    pub fn delete_payment(&self, id: &str) -> Result<()> {
        self.with_vault(|v| v.delete_payment(id))
    }

    // Backups

    /// Writes an encrypted backup (age format) of the whole vault to `dest`. A passphrase must be
    /// strong (the file can be guessed at anywhere), and a vault with a PIN needs it typed first.
    pub fn backup_vault(
        &self,
        dest: &Path,
        secret: &BackupSecret,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<BackupSummary> {
        if let BackupSecret::Passphrase(passphrase) = secret {
            crate::vault::passphrase::check(passphrase)?;
        }
        if self.backup_needs_pin(now) {
            return Err(Error::PinRequired);
        }
        self.with_vault(|v| v.backup(dest, secret, progress))
    }

    /// A strong random passphrase to offer for a backup.
    pub fn suggest_passphrase(&self) -> Result<String> {
        crate::vault::passphrase::suggest()
    }

    /// Merges a backup into the open vault; on any error nothing is changed.
    pub fn restore_vault(
        &self,
        src: &Path,
        secret: &BackupSecret,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<RestoreSummary> {
        self.with_vault(|v| v.restore(src, secret, progress))
    }

    /// Checks the secret a user typed twice (a new PIN, a new passphrase): the same both times,
    /// not empty, and a passphrase strong enough. The core checks a PIN's length when it is set.
    pub fn check_new_secret(
        &self,
        field: crate::error::Field,
        first: &str,
        again: &str,
    ) -> Result<()> {
        use crate::error::Problem;
        if first.is_empty() {
            return Err(Error::Invalid {
                field,
                problem: Problem::Missing,
            });
        }
        if first != again {
            return Err(Error::Invalid {
                field,
                problem: Problem::Mismatch,
            });
        }
        match field {
            crate::error::Field::Passphrase => crate::vault::passphrase::check(first)?,
            // Refused before the shell makes the phone's PIN secret for it.
            crate::error::Field::Pin if first.chars().count() < pin::MIN_PIN_CHARS => {
                return Err(Error::PinTooShort {
                    min: pin::MIN_PIN_CHARS,
                });
            }
            _ => {}
        }
        Ok(())
    }
}
