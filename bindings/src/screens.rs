//! The vault's, the gate's and the settings' screen models, and the flows around reminders:
//! each call forwards to the core, which decides everything on them.
use std::path::Path;
use std::time::SystemTime;

use huquq_core::error::Field;
use huquq_core::reminders::model::Event;
use huquq_core::screens::model::*;
use huquq_core::vault::model::{Document, DocumentFilter, DocumentInput, DocumentKind, Person};

use crate::{App, HuquqError, utc};

#[uniffi::export]
impl App {
    /// The user's calendar day at `now` (`YYYY-MM-DD`), in the reminders' time zone.
    pub fn today(&self, now: SystemTime) -> String {
        self.inner.today(utc(now)).format("%Y-%m-%d").to_string()
    }

    pub fn vault_is_open(&self) -> bool {
        self.inner.vault_is_open()
    }

    /// What the gate in front of the vault shows, from the core's state and the phone's facts.
    pub fn vault_gate(&self, phone: GateFacts) -> VaultGate {
        self.inner.vault_gate(phone)
    }

    pub fn vault_list(&self, now: SystemTime) -> Result<VaultListScreen, HuquqError> {
        self.localized(self.inner.vault_list(&DocumentFilter::default(), utc(now)))
    }

    pub fn document_screen(
        &self,
        id: String,
        now: SystemTime,
    ) -> Result<DocumentScreen, HuquqError> {
        self.localized(self.inner.document_screen(&id, utc(now)))
    }

    pub fn kind_picker(&self) -> KindPicker {
        self.inner.kind_picker()
    }

    pub fn person_form(&self) -> PersonForm {
        self.inner.person_form()
    }

    /// The phone's owner, made on first use: who holds a new document.
    pub fn default_holder(&self, now: SystemTime) -> Result<Person, HuquqError> {
        self.localized(self.inner.default_holder(utc(now)))
    }

    /// A new, empty document of `kind` held by the phone's owner.
    pub fn new_document(
        &self,
        kind: DocumentKind,
        now: SystemTime,
    ) -> Result<Document, HuquqError> {
        self.localized(self.inner.new_document(kind, utc(now)))
    }

    /// A document and photos of its pages (file paths) in one transaction: all or nothing.
    pub fn add_document_with_pages(
        &self,
        input: DocumentInput,
        photo_paths: Vec<String>,
        now: SystemTime,
    ) -> Result<Document, HuquqError> {
        let photos: Vec<&Path> = photo_paths.iter().map(Path::new).collect();
        self.localized(
            self.inner
                .add_document_with_pages(&input, &photos, utc(now)),
        )
    }

    pub fn document_form(&self, id: String) -> Result<DocumentForm, HuquqError> {
        self.localized(self.inner.document_form(&id))
    }

    /// Saves what can be saved of the form as typed; refused fields keep their text and carry
    /// their own error.
    pub fn save_document_form(
        &self,
        id: String,
        typed: DocumentFormInput,
        now: SystemTime,
    ) -> Result<DocumentForm, HuquqError> {
        self.localized(self.inner.save_document_form(&id, &typed, utc(now)))
    }

    pub fn settings_screen(&self) -> SettingsScreen {
        self.inner.settings_screen()
    }

    /// Installs the content pack in the file at `path` (the shell's own copy of what the user
    /// picked): only a genuine pack, newer than the content in use, made for this app and passing
    /// the content check; else a `ContentPack` error and nothing changed. The app reads the new
    /// content at once; redraw from `settings_screen`.
    pub fn install_content_pack(&self, path: String, now: SystemTime) -> Result<(), HuquqError> {
        let today = self.inner.today(utc(now));
        self.localized(self.inner.install_content_pack(Path::new(&path), today))
    }

    /// Writes the installed content pack, exactly as it arrived, to `path` for sharing; a
    /// `ContentPack` error when only the built-in content is in use.
    pub fn export_content_pack(&self, path: String) -> Result<(), HuquqError> {
        self.localized(self.inner.export_content_pack(Path::new(&path)))
    }

    pub fn pin_form(&self) -> PinForm {
        self.inner.pin_form()
    }

    /// Refuses an empty secret or two entries that differ, as a typed error on `field`.
    pub fn check_new_secret(
        &self,
        field: Field,
        first: String,
        again: String,
    ) -> Result<(), HuquqError> {
        self.localized(self.inner.check_new_secret(field, &first, &again))
    }

    pub fn progress(&self, kind: ProgressKind, done: u64, total: u64) -> ProgressScreen {
        self.inner.progress(kind, done, total)
    }

    pub fn record_event_screen(&self, now: SystemTime) -> Result<RecordEventScreen, HuquqError> {
        self.localized(self.inner.record_event_screen(utc(now)))
    }

    /// Records that what starts the procedure happened on `on` (`YYYY-MM-DD`), for the person (the
    /// phone's owner when none is given).
    pub fn record_event_for(
        &self,
        procedure_id: String,
        person_id: Option<String>,
        on: String,
        now: SystemTime,
    ) -> Result<Event, HuquqError> {
        self.localized(self.inner.record_event_for(
            &procedure_id,
            person_id.as_deref(),
            &on,
            utc(now),
        ))
    }

    pub fn deadline_actions(
        &self,
        deadline_id: String,
        now: SystemTime,
    ) -> Result<DeadlineActions, HuquqError> {
        self.localized(self.inner.deadline_actions(&deadline_id, utc(now)))
    }

    /// Marks a deadline done today in the user's zone; the message names a follow-up it started.
    pub fn complete_deadline(
        &self,
        deadline_id: String,
        now: SystemTime,
    ) -> Result<ChangeDone, HuquqError> {
        self.localized(self.inner.complete_deadline(&deadline_id, None, utc(now)))
    }

    pub fn read_aloud(&self, article_id: String) -> Result<ReadAloud, HuquqError> {
        self.localized(self.inner.read_aloud(&article_id))
    }
}
