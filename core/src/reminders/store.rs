//! The vault's part of reminders: events, per-deadline choices and settings, all encrypted with
//! the rest of the vault.
use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use rusqlite::{OptionalExtension, Row};

use crate::content::procedure::EventKind;
use crate::error::{Error, ItemKind, Result};
use crate::reminders::deadlines::DatedDocument;
use crate::reminders::model::{Event, ReminderSettings};
use crate::vault::Vault;
use crate::vault::model::DocumentKind;
use crate::vault::rows::{self, DeadlineChoiceRow, EventRow, PersonRow, SettingRow, TableRow};

const SETTINGS_KEY: &str = "reminders";

/// What a user chose for one deadline.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeadlineChoice {
    pub offsets: Option<Vec<u32>>,
    /// The due date that was marked done.
    pub done_for: Option<NaiveDate>,
    pub snoozed_until: Option<NaiveDate>,
    /// The due date the snooze was for.
    pub snoozed_for: Option<NaiveDate>,
}

fn event_row(row: &Row) -> rusqlite::Result<Event> {
    let event = EventRow::read(row)?;
    Ok(Event {
        // The schema's CHECK admits only known kinds.
        kind: EventKind::parse(&event.kind).unwrap_or(EventKind::Moved),
        id: event.id,
        person_id: event.person_id,
        procedure_id: event.procedure_id,
        happened_on: event.happened_on,
        created_at: event.created_at,
    })
}

fn date_column(text: Option<String>) -> Option<NaiveDate> {
    text.and_then(|t| NaiveDate::parse_from_str(&t, "%Y-%m-%d").ok())
}

fn date_text(date: Option<NaiveDate>) -> Option<String> {
    date.map(|d| d.format("%Y-%m-%d").to_string())
}

impl Vault {
    /// The documents with an expiry date, as deadlines need them: a lean read (no page count),
    /// since the schedule is recomputed after every change.
    pub fn dated_documents(&self) -> Result<Vec<DatedDocument>> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached(&rows::DatedDocumentRow::select_dated())?;
        let stored = statement.query_map([], rows::DatedDocumentRow::read)?;
        let mut documents = Vec::new();
        for row in stored {
            let row = row?;
            // The schema's CHECKs and the input validation admit only known kinds and real dates.
            if let (Some(kind), Some(expires_on)) =
                (DocumentKind::parse(&row.kind), date_column(row.expires_on))
            {
                documents.push(DatedDocument {
                    id: row.id,
                    person_id: row.person_id,
                    kind,
                    expires_on,
                });
            }
        }
        Ok(documents)
    }

    /// Saves an event already validated against the catalog (see `reminders::validate_event`).
    pub fn insert_event(
        &self,
        person_id: &str,
        procedure_id: &str,
        kind: EventKind,
        happened_on: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<Event> {
        self.write(|tx| {
            if !rows::exists::<PersonRow>(tx, person_id)? {
                return Err(Error::NotFound {
                    kind: ItemKind::Person,
                    id: person_id.to_owned(),
                });
            }
            let row = EventRow {
                id: uuid::Uuid::new_v4().to_string(),
                person_id: person_id.to_owned(),
                procedure_id: procedure_id.to_owned(),
                kind: kind.as_str().to_owned(),
                happened_on: happened_on.format("%Y-%m-%d").to_string(),
                created_at: now.to_rfc3339_opts(SecondsFormat::Millis, true),
            };
            rows::insert(tx, &row)?;
            Ok(tx
                .prepare_cached(&format!("{} WHERE id = ?1", rows::select::<EventRow>()))?
                .query_row([&row.id], event_row)?)
        })
    }

    /// Events, oldest first, of one person or everyone.
    pub fn events(&self, person_id: Option<&str>) -> Result<Vec<Event>> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached(&format!(
            "{} WHERE ?1 IS NULL OR person_id = ?1 ORDER BY happened_on, created_at",
            rows::select::<EventRow>()
        ))?;
        let events = statement.query_map([person_id], event_row)?;
        Ok(events.collect::<rusqlite::Result<_>>()?)
    }

    pub fn delete_event(&self, id: &str) -> Result<()> {
        self.write(|tx| {
            if tx.execute("DELETE FROM events WHERE id = ?1", [id])? == 0 {
                return Err(Error::NotFound {
                    kind: ItemKind::Event,
                    id: id.to_owned(),
                });
            }
            // Its deadline's choices go with it.
            tx.execute(
                "DELETE FROM deadline_choices WHERE deadline_id = ?1",
                [format!("event:{id}")],
            )?;
            Ok(())
        })
    }

    pub fn deadline_choices(&self) -> Result<HashMap<String, DeadlineChoice>> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached(&rows::select::<DeadlineChoiceRow>())?;
        let choices = statement.query_map([], |row| {
            let choice = DeadlineChoiceRow::read(row)?;
            Ok((
                choice.deadline_id,
                DeadlineChoice {
                    offsets: choice.offsets,
                    done_for: date_column(choice.done_for),
                    snoozed_until: date_column(choice.snoozed_until),
                    snoozed_for: date_column(choice.snoozed_for),
                },
            ))
        })?;
        Ok(choices.collect::<rusqlite::Result<_>>()?)
    }

    /// Replaces one deadline's choices (an all-empty choice removes the row).
    pub fn save_deadline_choice(
        &self,
        deadline_id: &str,
        choice: &DeadlineChoice,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.write(|tx| {
            if *choice == DeadlineChoice::default() {
                tx.execute(
                    "DELETE FROM deadline_choices WHERE deadline_id = ?1",
                    [deadline_id],
                )?;
                return Ok(());
            }
            let row = DeadlineChoiceRow {
                deadline_id: deadline_id.to_owned(),
                offsets: choice.offsets.clone(),
                done_for: date_text(choice.done_for),
                snoozed_until: date_text(choice.snoozed_until),
                snoozed_for: date_text(choice.snoozed_for),
                updated_at: now.to_rfc3339_opts(SecondsFormat::Millis, true),
            };
            rows::upsert(tx, &row)
        })
    }

    /// The saved settings, or the defaults (09:00, Asia/Almaty, 60/30/14/7/3/1/0 days).
    pub fn reminder_settings(&self) -> Result<ReminderSettings> {
        let setting = self
            .conn()
            .query_row(
                &format!("{} WHERE key = ?1", rows::select::<SettingRow>()),
                [SETTINGS_KEY],
                SettingRow::read,
            )
            .optional()?;
        Ok(setting
            .and_then(|s| serde_json::from_str(&s.value).ok())
            .unwrap_or_default())
    }

    /// Saves settings already validated (see `reminders::ValidSettings`).
    pub fn save_reminder_settings(&self, settings: &ReminderSettings) -> Result<()> {
        let value = serde_json::to_string(settings).map_err(|e| Error::Content(e.to_string()))?;
        let row = SettingRow {
            key: SETTINGS_KEY.to_owned(),
            value,
        };
        self.write(|tx| rows::upsert(tx, &row))
    }
}
