//! What the reminders part of the core hands to a shell: events, settings, deadlines,
//! notifications and checklists.
use serde::{Deserialize, Serialize};

use crate::content::presented::{Notice, SourceItem};
use crate::content::procedure::EventKind;
use crate::l10n::Direction;

/// Something that happened and starts a procedure's clock ("I moved on 2026-11-02").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Event {
    pub id: String,
    pub person_id: String,
    pub procedure_id: String,
    pub kind: EventKind,
    /// `YYYY-MM-DD`.
    pub happened_on: String,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct EventInput {
    pub person_id: String,
    pub procedure_id: String,
    pub kind: EventKind,
    pub happened_on: String,
}

/// When reminders fire. Stored in the vault; every field is checked before it is saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReminderSettings {
    /// Local time of day, `HH:MM`.
    pub time: String,
    /// IANA time zone, e.g. `Asia/Almaty`.
    pub time_zone: String,
    /// Days before a deadline, for deadlines without their own choice.
    pub offsets: Vec<u32>,
    /// How many days an overdue deadline keeps reminding, once a day.
    pub overdue_days: u32,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings {
            time: "09:00".into(),
            time_zone: "Asia/Almaty".into(),
            offsets: vec![60, 30, 14, 7, 3, 1, 0],
            overdue_days: 30,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DeadlineState {
    Upcoming,
    DueToday,
    Overdue,
    Snoozed,
    Done,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DeadlineItem {
    /// Stable across calls: `doc:<document>:<procedure or "expiry">` or `event:<event>`.
    pub id: String,
    pub procedure_id: Option<String>,
    pub person_id: String,
    pub person_name: String,
    pub document_id: Option<String>,
    pub event_id: Option<String>,
    /// What to do ("Renew your residence card"), or the document's kind for a plain expiry.
    pub title: String,
    /// "Due in 5 days, on 3 December 2026", "Overdue by 2 days", "Done".
    pub status: String,
    pub due_on: String,
    /// Negative when overdue.
    pub days_left: i64,
    pub state: DeadlineState,
    /// The days before the deadline this one reminds on.
    pub offsets: Vec<u32>,
    /// What is not confirmed about this deadline, each a sentence to show under it: the
    /// procedure's own caveat (a stay limit the sources disagree on), then the holiday list's when
    /// the date is counted in working days.
    pub caveats: Vec<String>,
    pub locale: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RemindersScreen {
    pub title: String,
    /// "Reminders at 09:00, time zone Asia/Almaty".
    pub settings_text: String,
    /// Shown when there is no deadline at all.
    pub empty_text: Option<String>,
    /// Soonest first; done ones last.
    pub deadlines: Vec<DeadlineItem>,
    pub direction: Direction,
}

/// One notification for the phone to schedule. Its text is safe for a lock screen: no name, no
/// document number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PendingNotification {
    /// Stable: the same reminder has the same id in every call.
    pub id: String,
    /// The same id as a positive 32-bit number (Android's notification and alarm request codes).
    pub numeric_id: i32,
    pub deadline_id: String,
    /// When to show it, seconds since the Unix epoch (UTC); always after `now`.
    pub fire_at_unix: i64,
    pub title: String,
    pub body: String,
}

/// A procedure a person can start by recording what happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProcedureItem {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// The event that starts it, with its label ("I moved to a new address"); none for
    /// procedures started by a document's expiry.
    pub start_event: Option<EventKind>,
    pub start_event_text: Option<String>,
    pub locale: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ItemState {
    /// In the vault and valid through the deadline.
    Valid,
    ExpiresBeforeDeadline,
    Expired,
    Missing,
    /// Something the vault does not keep (photos, a contract to bring).
    NotTracked,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChecklistItem {
    pub id: String,
    pub text: String,
    /// "Basis: MIA Order No. 992 …".
    pub basis: String,
    /// "Not confirmed", when the research is unsure of this item.
    pub unverified: Option<String>,
    pub state: ItemState,
    pub state_text: String,
    /// The document in the vault that fulfils it, if any.
    pub document_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NotRequiredItem {
    pub id: String,
    pub text: String,
    pub basis: String,
    pub unverified: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChecklistScreen {
    pub procedure_id: String,
    pub title: String,
    pub summary: String,
    pub person_id: Option<String>,
    /// "Due in 12 days, on …", or how to get a deadline.
    pub deadline_text: String,
    pub due_on: Option<String>,
    pub days_left: Option<i64>,
    pub required_heading: String,
    pub required: Vec<ChecklistItem>,
    pub not_required_heading: String,
    pub not_required: Vec<NotRequiredItem>,
    pub notices: Vec<Notice>,
    pub sources: Vec<SourceItem>,
    pub article_id: Option<String>,
    pub locale: String,
    pub direction: Direction,
}
