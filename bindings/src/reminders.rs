//! Reminders through the FFI: deadlines, the notifications to schedule, checklists and calendar
//! export. `now` always comes from the shell, so tests and time-zone changes are exact.
use std::path::Path;
use std::time::SystemTime;

use huquq_core::reminders::model::{
    ChecklistScreen, Event, EventInput, PendingNotification, ProcedureItem, ReminderSettings,
    RemindersScreen,
};

use crate::{App, HuquqError, utc};

#[uniffi::export]
impl App {
    pub fn reminder_settings(&self) -> Result<ReminderSettings, HuquqError> {
        self.localized(self.inner.reminder_settings())
    }

    /// Refuses an unknown time zone, a time like 25:00 or a reminder more than a year ahead.
    pub fn set_reminder_settings(&self, settings: ReminderSettings) -> Result<(), HuquqError> {
        self.localized(self.inner.set_reminder_settings(&settings))
    }

    /// The time reminders come at, and the zone they follow; a time like 25:00 is refused.
    pub fn set_reminder_time(
        &self,
        hour: u8,
        minute: u8,
        time_zone: String,
    ) -> Result<(), HuquqError> {
        self.localized(self.inner.set_reminder_time(hour, minute, &time_zone))
    }

    pub fn procedures(&self) -> Vec<ProcedureItem> {
        self.inner.procedures()
    }

    pub fn record_event(&self, input: EventInput, now: SystemTime) -> Result<Event, HuquqError> {
        self.localized(self.inner.record_event(&input, utc(now)))
    }

    pub fn events(&self, person_id: Option<String>) -> Result<Vec<Event>, HuquqError> {
        self.localized(self.inner.events(person_id.as_deref()))
    }

    pub fn delete_event(&self, id: String) -> Result<(), HuquqError> {
        self.localized(self.inner.delete_event(&id))
    }

    pub fn reminders(&self, now: SystemTime) -> Result<RemindersScreen, HuquqError> {
        self.localized(self.inner.reminders(utc(now)))
    }

    /// The next `limit` notifications after `now`, the whole desired set: cancel what was
    /// scheduled and schedule these.
    pub fn pending_notifications(
        &self,
        now: SystemTime,
        limit: u32,
    ) -> Result<Vec<PendingNotification>, HuquqError> {
        self.localized(self.inner.pending_notifications(utc(now), limit))
    }

    pub fn set_deadline_offsets(
        &self,
        deadline_id: String,
        offsets: Option<Vec<u32>>,
        now: SystemTime,
    ) -> Result<(), HuquqError> {
        self.localized(
            self.inner
                .set_deadline_offsets(&deadline_id, offsets, utc(now)),
        )
    }

    pub fn snooze_deadline(
        &self,
        deadline_id: String,
        until: String,
        now: SystemTime,
    ) -> Result<(), HuquqError> {
        self.localized(self.inner.snooze_deadline(&deadline_id, &until, utc(now)))
    }

    /// Returns the event of a follow-up procedure that marking this one done started.
    pub fn mark_deadline_done(
        &self,
        deadline_id: String,
        on: String,
        now: SystemTime,
    ) -> Result<Option<Event>, HuquqError> {
        self.localized(self.inner.mark_deadline_done(&deadline_id, &on, utc(now)))
    }

    pub fn reopen_deadline(&self, deadline_id: String, now: SystemTime) -> Result<(), HuquqError> {
        self.localized(self.inner.reopen_deadline(&deadline_id, utc(now)))
    }

    pub fn checklist(
        &self,
        procedure_id: String,
        person_id: Option<String>,
        now: SystemTime,
    ) -> Result<ChecklistScreen, HuquqError> {
        self.localized(
            self.inner
                .checklist(&procedure_id, person_id.as_deref(), utc(now)),
        )
    }

    /// Writes an .ics file; returns the number of deadlines in it.
    pub fn export_calendar(&self, dest_path: String, now: SystemTime) -> Result<u32, HuquqError> {
        self.localized(self.inner.export_calendar(Path::new(&dest_path), utc(now)))
    }
}
