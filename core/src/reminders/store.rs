//! The vault's part of reminders: events, per-deadline choices and settings, all encrypted with
//! the rest of the vault.
use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use rusqlite::{OptionalExtension, Row, params};

use crate::content::procedure::EventKind;
use crate::error::{Error, ItemKind, Result};
use crate::reminders::deadlines::DatedDocument;
use crate::reminders::model::{Event, ReminderSettings};
use crate::vault::Vault;
use crate::vault::model::DocumentKind;

const SETTINGS_KEY: &str = "reminders";
const EVENT_SELECT: &str =
    "SELECT id, person_id, procedure_id, kind, happened_on, created_at FROM events";

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
    let kind: String = row.get(3)?;
    Ok(Event {
        id: row.get(0)?,
        person_id: row.get(1)?,
        procedure_id: row.get(2)?,
        // The schema's CHECK admits only known kinds.
        kind: EventKind::parse(&kind).unwrap_or(EventKind::Moved),
        happened_on: row.get(4)?,
        created_at: row.get(5)?,
    })
}

fn date_column(text: Option<String>) -> Option<NaiveDate> {
    text.and_then(|t| NaiveDate::parse_from_str(&t, "%Y-%m-%d").ok())
}

impl Vault {
    /// The documents with an expiry date, only the fields deadlines need: a lean read, since the
    /// schedule is recomputed after every change.
    pub fn dated_documents(&self) -> Result<Vec<DatedDocument>> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached(
            "SELECT id, person_id, kind, expires_on FROM documents WHERE expires_on IS NOT NULL",
        )?;
        let rows = statement.query_map([], |row| {
            let kind: String = row.get(2)?;
            let expires: String = row.get(3)?;
            Ok((row.get(0)?, row.get(1)?, kind, expires))
        })?;
        let mut documents = Vec::new();
        for row in rows {
            let (id, person_id, kind, expires): (String, String, String, String) = row?;
            // The schema's CHECKs and the input validation admit only known kinds and real dates.
            if let (Some(kind), Some(expires_on)) =
                (DocumentKind::parse(&kind), date_column(Some(expires)))
            {
                documents.push(DatedDocument {
                    id,
                    person_id,
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
            tx.query_row(
                "SELECT 1 FROM people WHERE id = ?1",
                [person_id],
                |_| Ok(()),
            )
            .optional()?
            .ok_or_else(|| Error::NotFound {
                kind: ItemKind::Person,
                id: person_id.to_owned(),
            })?;
            let id = uuid::Uuid::new_v4().to_string();
            tx.execute(
                "INSERT INTO events (id, person_id, procedure_id, kind, happened_on, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    id,
                    person_id,
                    procedure_id,
                    kind.as_str(),
                    happened_on.format("%Y-%m-%d").to_string(),
                    now.to_rfc3339_opts(SecondsFormat::Millis, true)
                ],
            )?;
            Ok(tx
                .prepare_cached(&format!("{EVENT_SELECT} WHERE id = ?1"))?
                .query_row([&id], event_row)?)
        })
    }

    /// Events, oldest first, of one person or everyone.
    pub fn events(&self, person_id: Option<&str>) -> Result<Vec<Event>> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached(&format!(
            "{EVENT_SELECT} WHERE ?1 IS NULL OR person_id = ?1 ORDER BY happened_on, created_at"
        ))?;
        let rows = statement.query_map([person_id], event_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
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
        let mut statement = conn.prepare_cached(
            "SELECT deadline_id, offsets, done_for, snoozed_until, snoozed_for FROM deadline_choices",
        )?;
        let rows = statement.query_map([], |row| {
            let offsets: Option<String> = row.get(1)?;
            Ok((
                row.get::<_, String>(0)?,
                DeadlineChoice {
                    offsets: offsets.and_then(|o| serde_json::from_str(&o).ok()),
                    done_for: date_column(row.get(2)?),
                    snoozed_until: date_column(row.get(3)?),
                    snoozed_for: date_column(row.get(4)?),
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Replaces one deadline's choices (an all-empty choice removes the row).
    pub fn save_deadline_choice(
        &self,
        deadline_id: &str,
        choice: &DeadlineChoice,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let date = |d: Option<NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
        self.write(|tx| {
            if *choice == DeadlineChoice::default() {
                tx.execute(
                    "DELETE FROM deadline_choices WHERE deadline_id = ?1",
                    [deadline_id],
                )?;
                return Ok(());
            }
            let offsets = match &choice.offsets {
                Some(o) => Some(serde_json::to_string(o).map_err(|e| Error::Content(e.to_string()))?),
                None => None,
            };
            tx.execute(
                "INSERT INTO deadline_choices (deadline_id, offsets, done_for, snoozed_until, snoozed_for, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (deadline_id) DO UPDATE SET offsets = ?2, done_for = ?3,
                     snoozed_until = ?4, snoozed_for = ?5, updated_at = ?6",
                params![
                    deadline_id,
                    offsets,
                    date(choice.done_for),
                    date(choice.snoozed_until),
                    date(choice.snoozed_for),
                    now.to_rfc3339_opts(SecondsFormat::Millis, true)
                ],
            )?;
            Ok(())
        })
    }

    /// The saved settings, or the defaults (09:00, Asia/Almaty, 60/30/14/7/3/1/0 days).
    pub fn reminder_settings(&self) -> Result<ReminderSettings> {
        let value: Option<String> = self
            .conn()
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                [SETTINGS_KEY],
                |r| r.get(0),
            )
            .optional()?;
        Ok(value
            .and_then(|v| serde_json::from_str(&v).ok())
            .unwrap_or_default())
    }

    /// Saves settings already validated (see `reminders::ValidSettings`).
    pub fn save_reminder_settings(&self, settings: &ReminderSettings) -> Result<()> {
        let value = serde_json::to_string(settings).map_err(|e| Error::Content(e.to_string()))?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = ?2",
                params![SETTINGS_KEY, value],
            )?;
            Ok(())
        })
    }
}
