//! The vault's, the settings' and the small flows' screen models: every label, state and choice a
//! shell draws, already decided and localized. A shell shows them and sends back what the user did.
use serde::Serialize;

use crate::l10n::Direction;
use crate::reminders::model::{DeadlineItem, ProcedureItem};
use crate::vault::model::{DocumentKind, Relation};

/// How a document's expiry looks today. The window for "soon" is the core's alone
/// ([`crate::screens::expiry::EXPIRES_SOON_DAYS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ExpiryState {
    Expired,
    /// Valid, but renewals take weeks: it ends within the window, the expiry day included.
    ExpiresSoon,
    Valid,
    NoExpiry,
}

/// A person to choose (a document's holder, whom an event is about).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PersonChoice {
    pub person_id: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct KindChoice {
    pub kind: DocumentKind,
    pub label: String,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RelationChoice {
    pub relation: Relation,
    pub label: String,
    pub selected: bool,
}

/// A number of days before a deadline to be reminded on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DayChoice {
    pub days: u32,
    pub label: String,
    pub selected: bool,
}

/// How many wrong PINs erase the PIN-wrapped key: none (no limit) or a number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PinLimitChoice {
    pub attempts: Option<u32>,
    pub label: String,
    pub selected: bool,
}

/// Something the user may put in or leave out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct IncludeChoice {
    pub id: String,
    pub label: String,
    pub selected: bool,
}

/// A labelled value, read-only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LabelledText {
    pub label: String,
    pub value: String,
}

// The vault list

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct VaultListScreen {
    pub title: String,
    /// One per person who holds a document: the phone's owner first, then as added.
    pub sections: Vec<VaultSection>,
    /// Shown when no one holds a document yet.
    pub empty_text: Option<String>,
    pub add_label: String,
    /// Offered only with a PIN: locking then means the next opening asks for it.
    pub lock_label: Option<String>,
    pub direction: Direction,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct VaultSection {
    pub person_id: String,
    pub heading: String,
    /// Soonest expiry first; documents without an expiry date last.
    pub rows: Vec<DocumentRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentRow {
    pub document_id: String,
    pub kind: DocumentKind,
    /// "Residence card · N 0001".
    pub title: String,
    pub expiry: ExpiryState,
    /// "Expires soon: 28 February 2027".
    pub expiry_text: String,
    pub page_count: u32,
    /// "2 pages".
    pub pages_text: String,
    /// The expiry and the pages in one line, for a list row.
    pub subtitle: String,
    /// When the journal records that an office took the document and not that it came back:
    /// "Taken 20 November 2026: Migration police".
    pub held: Option<String>,
}

// One document

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentScreen {
    pub document_id: String,
    pub kind: DocumentKind,
    pub title: String,
    pub expiry: ExpiryState,
    /// Whose document, number, issuer, dates, notes: only those that are filled in.
    pub fields: Vec<LabelledText>,
    pub pages_heading: String,
    pub pages: Vec<PageItem>,
    /// Shown when there is no page yet.
    pub no_pages_text: Option<String>,
    pub payments_heading: String,
    pub payments: Vec<PaymentItem>,
    /// The deadlines this document drives (its renewal, its expiry), soonest first.
    pub deadlines_heading: String,
    pub deadlines: Vec<DeadlineItem>,
    pub edit_label: String,
    pub delete_label: String,
    pub delete_confirm: String,
    pub direction: Direction,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PageItem {
    pub page_id: String,
    /// "Page 2".
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PaymentItem {
    pub payment_id: String,
    /// "43,250.00 KZT · 12 March 2026 · reference 0042".
    pub text: String,
    pub receipt_page_id: Option<String>,
}

// The document form

/// A field of the form: its label, the value to show (what the user typed, even when refused),
/// and its own error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FormField {
    pub label: String,
    pub value: String,
    /// An example of the expected shape ("2027-02-28"), for dates.
    pub hint: Option<String>,
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentForm {
    pub document_id: String,
    pub title: String,
    /// "Everything you type is saved in the vault at once."
    pub autosave_note: String,
    pub kind_label: String,
    pub kinds: Vec<KindChoice>,
    pub holder_label: String,
    pub holders: Vec<PersonChoice>,
    pub add_person_label: String,
    pub number: FormField,
    pub authority: FormField,
    pub issued_on: FormField,
    pub expires_on: FormField,
    pub notes: FormField,
    /// An error that belongs to no field (the holder was deleted meanwhile).
    pub error: Option<String>,
    /// This call wrote to the vault: the reminders need planning again.
    pub changed: bool,
    pub pages_heading: String,
    pub pages: Vec<PageItem>,
    pub direction: Direction,
}

/// What the user typed into the form, sent back as it is; the core decides what can be saved.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentFormInput {
    pub person_id: String,
    pub kind: Option<DocumentKind>,
    pub number: String,
    pub authority: String,
    pub issued_on: String,
    pub expires_on: String,
    pub notes: String,
}

/// The first step of a new document: its kind (nothing is saved before it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct KindPicker {
    pub title: String,
    pub kinds: Vec<KindChoice>,
    pub direction: Direction,
}

/// Adding a person: the name field's label and the relations to choose from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PersonForm {
    pub title: String,
    pub name_label: String,
    pub relation_label: String,
    /// Every relation but "myself" (the phone's owner exists once); "someone else" preselected.
    pub relations: Vec<RelationChoice>,
    pub direction: Direction,
}

// The gate in front of the vault

/// What the shell knows that the core cannot: facts about the phone's key store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GateFacts {
    /// The Keystore/Keychain holds a wrapped copy of the vault's key.
    pub phone_key_stored: bool,
    /// The phone's key was tried and could not open the vault (or could not be read).
    pub phone_key_failed: bool,
    /// The Keystore/Keychain holds the phone's secret that a PIN needs (see `vault::pin`).
    pub pin_secret_stored: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum GateState {
    /// Open: show the vault.
    Open,
    /// No vault yet: explain it and offer to create it.
    Create,
    /// Ask for the PIN (even though the phone may also hold the key).
    Pin,
    /// No PIN, the phone holds the key: open with it without asking.
    PhoneKey,
    /// A vault exists but nothing here opens it (too many wrong PINs, the key lost or damaged).
    KeyLost,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum GateAction {
    CreateVault,
    UnlockWithPin,
    OpenWithPhoneKey,
    /// Erase the locked vault and start with an empty one (after confirming).
    StartOver,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GateButton {
    pub action: GateAction,
    pub label: String,
    /// A question to confirm first, for actions that destroy something.
    pub confirm: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct VaultGate {
    pub state: GateState,
    pub title: String,
    pub text: Option<String>,
    /// The PIN field's label, when a PIN is asked for.
    pub pin_label: Option<String>,
    pub buttons: Vec<GateButton>,
    /// The shell must delete the phone's copy of the vault key now: a PIN protects the vault, and
    /// a key that opens it without the PIN would defeat it (left by an interrupted "set PIN", or by
    /// a version that kept it).
    pub discard_phone_key: bool,
    pub direction: Direction,
}

// Settings

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SettingsScreen {
    pub title: String,
    pub language_label: String,
    /// The language in use, by its own name.
    pub language: String,
    /// None while the vault is locked (the gate is shown there instead).
    pub vault: Option<VaultSettings>,
    /// Offered whenever a vault exists, even one that no longer opens.
    pub erase: Option<EraseSection>,
    /// Which rights content is in use, and updating or sharing it from a file.
    pub content: ContentSection,
    pub direction: Direction,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ContentSection {
    pub heading: String,
    /// Which content is in use, its date and where it came from.
    pub text: String,
    /// The release (`2026-12-08.1`), for telling a helper exactly which content one has.
    pub release: String,
    pub explain: String,
    /// Why an installed content update is not used, when it is not.
    pub notice: Option<String>,
    pub update_button: String,
    /// The largest file that can be a content update: a shell copying the chosen file copies at
    /// most one byte more, so a video picked by mistake is not copied whole only to be refused.
    pub max_file_bytes: u64,
    /// Only while a content update is in use: the built-in content cannot be passed on, since
    /// only the publisher can sign a pack.
    pub share_button: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct VaultSettings {
    pub reminders_heading: String,
    /// "Reminders at 09:00, time zone Asia/Almaty".
    pub reminders_text: String,
    pub reminder_time_label: String,
    /// `HH:MM`.
    pub reminder_time: String,
    /// The same, for a time picker.
    pub reminder_hour: u8,
    pub reminder_minute: u8,
    pub reminder_zone: String,
    pub days_label: String,
    /// The usual days before a deadline, with the ones in use selected.
    pub days: Vec<DayChoice>,
    pub pin_heading: String,
    pub pin_text: String,
    pub pin_set: bool,
    /// "Set a vault PIN" or "Change the vault PIN".
    pub pin_button: String,
    pub backup_heading: String,
    pub backup_text: String,
    pub backup_button: String,
    pub restore_text: String,
    pub restore_button: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct EraseSection {
    pub heading: String,
    pub button: String,
    pub confirm: String,
}

/// Setting or changing the PIN: the fields and, when setting, the attempt limits to choose from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PinForm {
    pub title: String,
    /// Only when changing it.
    pub current_label: Option<String>,
    pub new_label: String,
    pub again_label: String,
    pub limit_heading: String,
    /// None (the default), or erase the key after this many wrong PINs.
    pub limits: Vec<PinLimitChoice>,
    pub direction: Direction,
}

/// A backup or restore running: the words for its dialog, and how far it has got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProgressScreen {
    pub title: String,
    /// "12 of 40".
    pub text: String,
    /// 0–100; None while the total is not known yet.
    pub percent: Option<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ProgressKind {
    Backup,
    Restore,
    CaseFile,
}

// Small flows

/// Whom a recorded event is about, and the procedures to record for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RecordEventScreen {
    pub title: String,
    /// Procedures started by something the user records.
    pub procedures: Vec<ProcedureItem>,
    pub who_label: String,
    /// Oneself first; empty when nobody is in the vault (the event then goes to a new "me").
    pub people: Vec<PersonChoice>,
    /// True when more than one person could be meant.
    pub ask_who: bool,
    pub date_label: String,
    /// Today in the user's zone, `YYYY-MM-DD`.
    pub today: String,
    pub nothing_text: Option<String>,
    pub direction: Direction,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DeadlineAction {
    /// Done today (a renewal filed): may start a follow-up.
    MarkDone,
    Snooze,
    ChooseDays,
    /// Not done after all: remind again.
    Reopen,
    OpenChecklist,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DeadlineActionItem {
    pub action: DeadlineAction,
    pub label: String,
}

/// What can be done with one deadline, with everything each action's dialog needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DeadlineActions {
    pub deadline_id: String,
    pub title: String,
    pub actions: Vec<DeadlineActionItem>,
    pub snooze: SnoozeChoice,
    pub days: DaysChoice,
    /// The checklist to open: its procedure and person.
    pub checklist_procedure_id: Option<String>,
    pub person_id: String,
}

/// The result of a change, in words for the user ("Next step added to your reminders: …").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChangeDone {
    pub message: String,
}

/// The snooze date picker's bounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SnoozeChoice {
    pub title: String,
    /// The first day one can snooze to: tomorrow.
    pub earliest: String,
    /// Where the picker starts: a week ahead, but never past a deadline still ahead.
    pub suggested: String,
}

/// The choices for one deadline's reminder days: the usual ones plus any it already has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DaysChoice {
    pub title: String,
    /// Latest first.
    pub days: Vec<DayChoice>,
    pub usual_label: String,
}

/// An article read aloud: sentences in the article's language, in reading order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReadAloud {
    /// The language to speak (the article's, which may differ from the user's).
    pub locale: String,
    pub chunks: Vec<String>,
}
