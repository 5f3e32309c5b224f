//! Custody reminders. A journal entry that records a passport taken can start the reminders of
//! the passport-custody procedure ("Your passport at the migration office": 17 working days for a
//! residence card), when the user asks: the procedure is the migration office's, and a passport
//! kept by the police has no such deadline, so the journal does not start it on its own. An entry
//! that records the passport back marks those reminders done on that day.
use chrono::{DateTime, NaiveDate, Utc};

use crate::content::procedure::EventKind;
use crate::error::{Error, Field, Problem, Result};
use crate::journal::{DocumentAction, JournalEntry};
use crate::l10n::args;
use crate::reminders::schedule;
use crate::screens::model::ChangeDone;
use crate::vault::Vault;
use crate::vault::model::DocumentKind;

use super::App;

/// The procedure a passport taken can start.
const PASSPORT_CUSTODY: &str = "kz-passport-custody";

fn day(at: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(at.split('T').next().unwrap_or_default(), "%Y-%m-%d").ok()
}

fn records_passport(entry: &JournalEntry, action: DocumentAction) -> bool {
    entry
        .documents
        .iter()
        .any(|link| link.action == action && link.kind == DocumentKind::Passport.as_str())
}

impl App {
    /// Whether `entry` can start the custody reminders: this vault's own entry, as it now reads
    /// (not corrected), recording a passport taken, with no custody reminder already started for
    /// that person on that day.
    pub(super) fn can_remind_custody(&self, vault: &Vault, entry: &JournalEntry) -> Result<bool> {
        if entry.corrected_by.is_some()
            || !records_passport(entry, DocumentAction::Taken)
            || !vault.is_own_journal(&entry.chain)?
            || self.content().catalog.procedure(PASSPORT_CUSTODY).is_none()
        {
            return Ok(false);
        }
        let Some(taken_on) = day(&entry.happened_at) else {
            return Ok(false);
        };
        let taken_on = taken_on.format("%Y-%m-%d").to_string();
        Ok(!vault
            .events(Some(&entry.person_id))?
            .iter()
            .any(|event| event.procedure_id == PASSPORT_CUSTODY && event.happened_on == taken_on))
    }

    /// The label of the button that starts them: "Remind me when it should be back: …".
    pub(super) fn custody_reminder_label(&self) -> String {
        let title = self
            .procedures()
            .into_iter()
            .find(|procedure| procedure.id == PASSPORT_CUSTODY)
            .map(|procedure| procedure.title)
            .unwrap_or_default();
        self.l10n().ui_with(
            "journal-custody-remind",
            Some(&args(&[("procedure", title.into())])),
        )
    }

    /// Starts the custody reminders from the day the entry says the passport was taken.
    pub fn remind_custody(&self, entry_id: &str, now: DateTime<Utc>) -> Result<ChangeDone> {
        self.with_vault(|vault| {
            let entry = vault.journal_entry(entry_id)?;
            if !self.can_remind_custody(vault, &entry)? {
                return Err(Error::Invalid {
                    field: Field::Documents,
                    problem: Problem::WrongEvent,
                });
            }
            let taken_on = day(&entry.happened_at).ok_or(Error::Invalid {
                field: Field::HappenedOn,
                problem: Problem::BadDate,
            })?;
            vault.insert_event(
                &entry.person_id,
                PASSPORT_CUSTODY,
                EventKind::PassportHandedOver,
                taken_on,
                now,
            )
        })?;
        let title = self
            .procedures()
            .into_iter()
            .find(|procedure| procedure.id == PASSPORT_CUSTODY)
            .map_or_else(|| PASSPORT_CUSTODY.to_owned(), |procedure| procedure.title);
        Ok(ChangeDone {
            message: self.l10n().ui_with(
                "reminders-follow-up",
                Some(&args(&[("procedure", title.into())])),
            ),
        })
    }

    /// After an entry that records a passport returned: the custody reminders of that person
    /// started on or before that day are done, on that day. The entry is already sealed: a
    /// reminder that cannot be closed stays open for the user to mark done, and is not an error
    /// of the entry's.
    pub(super) fn close_custody_reminders(&self, entry: &JournalEntry, now: DateTime<Utc>) {
        if !records_passport(entry, DocumentAction::Returned) {
            return;
        }
        let Some(returned_on) = day(&entry.happened_at) else {
            return;
        };
        let open: Vec<String> = self
            .with_vault(|vault| {
                let events = vault.events(Some(&entry.person_id))?;
                let all = self.deadlines(vault)?;
                Ok(all
                    .deadlines
                    .iter()
                    .filter(|deadline| deadline.procedure_id.as_deref() == Some(PASSPORT_CUSTODY))
                    .filter(|deadline| !schedule::is_done(deadline, all.choices.get(&deadline.id)))
                    .filter(|deadline| {
                        events.iter().any(|event| {
                            deadline.event_id.as_deref() == Some(event.id.as_str())
                                && day(&event.happened_on).is_some_and(|on| on <= returned_on)
                        })
                    })
                    .map(|deadline| deadline.id.clone())
                    .collect())
            })
            .unwrap_or_default();
        let on = returned_on.format("%Y-%m-%d").to_string();
        for id in open {
            let _ = self.mark_deadline_done(&id, &on, now);
        }
    }
}
