//! `App`'s screen models for the vault, its gate, the settings and the flows around reminders.
use chrono::{DateTime, Utc};

use crate::content::presented::language_name;
use crate::error::{Error, ItemKind, Result};
use crate::l10n::args;
use crate::reminders::model::DeadlineItem;
use crate::screens::model::*;
use crate::screens::{document, flows, form, gate, read_aloud, settings, vault_list};
use crate::vault::model::{DocumentFilter, DocumentKind};

use super::App;

impl App {
    /// The documents by person, with their expiry state today; `filter` narrows them to one
    /// person or kind (a phone shows them all).
    pub fn vault_list(
        &self,
        filter: &DocumentFilter,
        now: DateTime<Utc>,
    ) -> Result<VaultListScreen> {
        let l10n = self.l10n();
        let today = self.today(now);
        let (people, documents, custody) = self.with_vault(|vault| {
            Ok((vault.people()?, vault.documents(filter)?, vault.custody()?))
        })?;
        Ok(vault_list::build(
            &l10n,
            &people,
            &documents,
            &custody,
            today,
            self.vault_has_pin(),
        ))
    }

    pub fn document_screen(&self, id: &str, now: DateTime<Utc>) -> Result<DocumentScreen> {
        let l10n = self.l10n();
        let today = self.today(now);
        let (document, people, pages, payments) = self.with_vault(|vault| {
            Ok((
                vault.document(id)?,
                vault.people()?,
                vault.pages(id)?,
                vault.payments(id)?,
            ))
        })?;
        let deadlines: Vec<DeadlineItem> = self
            .reminders(now)?
            .deadlines
            .into_iter()
            .filter(|d| d.document_id.as_deref() == Some(id))
            .collect();
        Ok(document::build(
            &l10n,
            document::DocumentParts {
                holder: people.iter().find(|p| p.id == document.person_id),
                document: &document,
                pages: &pages,
                payments: &payments,
                deadlines,
                today,
            },
        ))
    }

    /// The first step of a new document: its kind.
    pub fn kind_picker(&self) -> KindPicker {
        form::kind_picker(&self.l10n())
    }

    pub fn person_form(&self) -> PersonForm {
        form::person_form(&self.l10n())
    }

    /// The form of a saved document, as it is in the vault.
    pub fn document_form(&self, id: &str) -> Result<DocumentForm> {
        let l10n = self.l10n();
        let (document, people, pages) =
            self.with_vault(|vault| Ok((vault.document(id)?, vault.people()?, vault.pages(id)?)))?;
        Ok(form::build(
            &l10n,
            form::FormParts {
                document: &document,
                people: &people,
                pages: &pages,
                typed: None,
                errors: form::FieldErrors::default(),
                changed: false,
            },
        ))
    }

    /// Saves what can be saved of the form as typed: a refused date stays on screen with its own
    /// error and the saved date is kept, while every other field is written. Nothing is written
    /// when nothing changed; `changed` on the form says whether the vault was written.
    pub fn save_document_form(
        &self,
        id: &str,
        typed: &DocumentFormInput,
        now: DateTime<Utc>,
    ) -> Result<DocumentForm> {
        let l10n = self.l10n();
        let saved = self.document(id)?;
        let (input, mut errors) = form::savable(&l10n, typed, &saved);
        let mut changed = false;
        if !form::unchanged(&input, &saved) {
            match self.update_document(id, &input, now) {
                Ok(_) => changed = true,
                // The holder was deleted meanwhile, or the vault locked: say so under the form.
                Err(error @ (Error::NotFound { .. } | Error::Invalid { .. })) => {
                    errors.other = Some(self.error_text(&error))
                }
                Err(error) => return Err(error),
            }
        }
        let (document, people, pages) =
            self.with_vault(|vault| Ok((vault.document(id)?, vault.people()?, vault.pages(id)?)))?;
        let form = form::build(
            &l10n,
            form::FormParts {
                document: &document,
                people: &people,
                pages: &pages,
                typed: Some(typed),
                errors,
                changed,
            },
        );
        Ok(form)
    }

    pub fn vault_gate(&self, phone: GateFacts) -> VaultGate {
        gate::build(
            &self.l10n(),
            gate::VaultFacts {
                open: self.vault_is_open(),
                exists: self.vault_exists(),
                pin: self.vault_pin_state(),
            },
            phone,
        )
    }

    pub fn settings_screen(&self) -> SettingsScreen {
        let l10n = self.l10n();
        let reminders = self.reminder_settings().ok();
        settings::build(
            &l10n,
            settings::SettingsParts {
                language: language_name(&self.content(), &l10n, &l10n.primary().to_string()),
                vault_exists: self.vault_exists(),
                reminders: reminders.as_ref(),
                has_pin: self.vault_has_pin(),
                content: self.content_origin(),
            },
        )
    }

    pub fn pin_form(&self) -> PinForm {
        settings::pin_form(&self.l10n(), self.vault_has_pin())
    }

    /// The words of a running backup or restore and how far it has got.
    pub fn progress(&self, kind: ProgressKind, done: u64, total: u64) -> ProgressScreen {
        settings::progress(&self.l10n(), kind, done, total)
    }

    /// "Record what happened": the procedures, whom it is about, and today.
    pub fn record_event_screen(&self, now: DateTime<Utc>) -> Result<RecordEventScreen> {
        let people = self.people()?;
        Ok(flows::record_event(
            &self.l10n(),
            self.procedures(),
            &people,
            self.today(now),
        ))
    }

    /// Records that what starts `procedure_id` happened on `on`, for `person_id` (the phone's
    /// owner, made on first use, when none is given).
    pub fn record_event_for(
        &self,
        procedure_id: &str,
        person_id: Option<&str>,
        on: &str,
        now: DateTime<Utc>,
    ) -> Result<crate::reminders::model::Event> {
        let kind = self
            .content()
            .catalog
            .procedure(procedure_id)
            .and_then(|p| p.start_event())
            .ok_or_else(|| Error::NotFound {
                kind: ItemKind::Procedure,
                id: procedure_id.to_owned(),
            })?;
        let person_id = match person_id {
            Some(id) => id.to_owned(),
            None => self.default_holder(now)?.id,
        };
        self.record_event(
            &crate::reminders::model::EventInput {
                person_id,
                procedure_id: procedure_id.to_owned(),
                kind,
                happened_on: on.to_owned(),
            },
            now,
        )
    }

    pub fn deadline_actions(
        &self,
        deadline_id: &str,
        now: DateTime<Utc>,
    ) -> Result<DeadlineActions> {
        let item = self
            .reminders(now)?
            .deadlines
            .into_iter()
            .find(|d| d.id == deadline_id)
            .ok_or_else(|| Error::NotFound {
                kind: ItemKind::Deadline,
                id: deadline_id.to_owned(),
            })?;
        Ok(flows::deadline_actions(
            &self.l10n(),
            &item,
            self.today(now),
        ))
    }

    /// Marks a deadline done on `on` (today in the user's zone when None), and says so — naming
    /// the next step when marking it done started one.
    pub fn complete_deadline(
        &self,
        deadline_id: &str,
        on: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<ChangeDone> {
        let today = self.today(now).format("%Y-%m-%d").to_string();
        let follow_up = self.mark_deadline_done(deadline_id, on.unwrap_or(&today), now)?;
        let l10n = self.l10n();
        let message = match follow_up {
            None => l10n.ui("reminders-marked-done"),
            Some(event) => {
                let title = self
                    .procedures()
                    .into_iter()
                    .find(|p| p.id == event.procedure_id)
                    .map_or(event.procedure_id, |p| p.title);
                l10n.ui_with(
                    "reminders-follow-up",
                    Some(&args(&[("procedure", title.into())])),
                )
            }
        };
        Ok(ChangeDone { message })
    }

    /// An article as sentences to read aloud, in the article's language.
    pub fn read_aloud(&self, article_id: &str) -> Result<ReadAloud> {
        Ok(read_aloud::build(&self.article(article_id)?))
    }

    /// The kinds of document, for a filter or a picker.
    pub fn document_kinds(&self, selected: Option<DocumentKind>) -> Vec<KindChoice> {
        form::kinds(&self.l10n(), selected)
    }
}
