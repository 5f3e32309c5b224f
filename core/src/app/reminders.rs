//! `App`'s reminders: deadlines from the vault and the catalog, the notifications a phone should
//! schedule, renewal checklists and calendar export. All of it needs the vault open.
use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use chrono::{DateTime, Utc};

use crate::content::catalog::ids;
use crate::content::procedure::{EventKind, Start};
use crate::error::{Error, Field, ItemKind, Problem, Result};
use crate::l10n::direction_of;
use crate::reminders::checklist::{self, ChecklistInput};
use crate::reminders::deadlines::{self, Calendars, Deadline};
use crate::reminders::model::*;
use crate::reminders::schedule::{self, ValidSettings};
use crate::reminders::{DeadlineChoice, ics, texts};
use crate::vault::Vault;
use crate::vault::model::{DocumentFilter, parse_date};

use super::App;

/// Everything a schedule is computed from, read in one go.
pub(super) struct Deadlines {
    pub(super) deadlines: Vec<Deadline>,
    pub(super) choices: HashMap<String, DeadlineChoice>,
    settings: ValidSettings,
}

impl Deadlines {
    fn find(&self, id: &str) -> Result<&Deadline> {
        self.deadlines
            .iter()
            .find(|d| d.id == id)
            .ok_or_else(|| Error::NotFound {
                kind: ItemKind::Deadline,
                id: id.to_owned(),
            })
    }
}

impl App {
    pub(super) fn deadlines(&self, vault: &Vault) -> Result<Deadlines> {
        let content = self.content();
        let catalog = &content.catalog;
        let documents = vault.dated_documents()?;
        let events = vault.events(None)?;
        let deadlines = deadlines::compute(catalog, &Calendars::new(catalog), &documents, &events);
        // Settings were checked when saved; defaults stand in should a stored value ever fail.
        let settings = ValidSettings::new(&vault.reminder_settings()?)
            .or_else(|_| ValidSettings::new(&ReminderSettings::default()))?;
        Ok(Deadlines {
            deadlines,
            choices: vault.deadline_choices()?,
            settings,
        })
    }

    pub fn reminder_settings(&self) -> Result<ReminderSettings> {
        self.with_vault(|vault| vault.reminder_settings())
    }

    /// Checks and saves the settings: an unknown time zone, a time like 25:00 or a reminder more
    /// than a year ahead is refused and nothing changes.
    pub fn set_reminder_settings(&self, settings: &ReminderSettings) -> Result<()> {
        let valid = ValidSettings::new(settings)?;
        let clean = ReminderSettings {
            time: valid.time.format("%H:%M").to_string(),
            time_zone: valid.zone.name().to_owned(),
            offsets: valid.offsets,
            overdue_days: valid.overdue_days,
        };
        self.with_vault(|vault| vault.save_reminder_settings(&clean))
    }

    /// Sets the time of day reminders come at, and the zone they follow (a phone passes its own,
    /// so reminders follow the user when they travel); the days are kept.
    pub fn set_reminder_time(&self, hour: u8, minute: u8, time_zone: &str) -> Result<()> {
        let current = self.reminder_settings()?;
        self.set_reminder_settings(&ReminderSettings {
            time: format!("{hour:02}:{minute:02}"),
            time_zone: time_zone.to_owned(),
            ..current
        })
    }

    /// The procedures of the catalog, for a "what happened?" choice.
    pub fn procedures(&self) -> Vec<ProcedureItem> {
        let l10n = self.l10n();
        self.content()
            .catalog
            .procedures
            .iter()
            .filter_map(|p| {
                let id = ids::procedure(&p.id);
                let title = l10n.lookup(&id, Some("title"), None)?;
                let start_event = p.start_event();
                Some(ProcedureItem {
                    id: p.id.clone(),
                    title: title.text,
                    summary: l10n
                        .lookup(&id, Some("summary"), None)
                        .map(|t| t.text)
                        .unwrap_or_default(),
                    start_event,
                    start_event_text: start_event.map(|e| event_text(&l10n, e)),
                    locale: title.locale.to_string(),
                })
            })
            .collect()
    }

    /// Records what happened ("I moved on …") for the procedure it starts. A stay's procedure also
    /// takes `left_country`, which ends the stay.
    pub fn record_event(&self, input: &EventInput, now: DateTime<Utc>) -> Result<Event> {
        let content = self.content();
        let procedure = content
            .catalog
            .procedure(&input.procedure_id)
            .ok_or_else(|| Error::NotFound {
                kind: ItemKind::Procedure,
                id: input.procedure_id.clone(),
            })?;
        let fits = procedure.start_event() == Some(input.kind)
            || (input.kind == EventKind::LeftCountry
                && matches!(procedure.starts, Start::Stay { .. }));
        if !fits {
            return Err(Error::Invalid {
                field: Field::Kind,
                problem: Problem::WrongEvent,
            });
        }
        let date = parse_date(Field::HappenedOn, &input.happened_on)?;
        self.with_vault(|vault| {
            vault.insert_event(&input.person_id, &procedure.id, input.kind, date, now)
        })
    }

    pub fn events(&self, person_id: Option<&str>) -> Result<Vec<Event>> {
        self.with_vault(|vault| vault.events(person_id))
    }

    pub fn delete_event(&self, id: &str) -> Result<()> {
        self.with_vault(|vault| vault.delete_event(id))
    }

    /// Every deadline, soonest first, with its state today; done ones last.
    pub fn reminders(&self, now: DateTime<Utc>) -> Result<RemindersScreen> {
        let l10n = self.l10n();
        self.with_vault(|vault| {
            let all = self.deadlines(vault)?;
            let names: HashMap<String, String> = vault
                .people()?
                .into_iter()
                .map(|p| (p.id, p.name))
                .collect();
            let today = all.settings.today(now);
            let mut items: Vec<DeadlineItem> = all
                .deadlines
                .iter()
                .map(|deadline| {
                    let choice = all.choices.get(&deadline.id);
                    let days_left = (deadline.due_on - today).num_days();
                    let snooze = schedule::snoozed_until(deadline, choice).filter(|d| *d > today);
                    let state = if schedule::is_done(deadline, choice) {
                        DeadlineState::Done
                    } else if let Some(_until) = snooze {
                        DeadlineState::Snoozed
                    } else if days_left < 0 {
                        DeadlineState::Overdue
                    } else if days_left == 0 {
                        DeadlineState::DueToday
                    } else {
                        DeadlineState::Upcoming
                    };
                    let status = match (state, snooze) {
                        (DeadlineState::Done, _) => l10n.ui("reminder-done"),
                        (DeadlineState::Snoozed, Some(until)) => l10n.ui_with(
                            "reminder-snoozed",
                            Some(&crate::l10n::args(&[(
                                "date",
                                until.format("%Y-%m-%d").to_string().into(),
                            )])),
                        ),
                        _ => texts::status(&l10n, deadline, today),
                    };
                    DeadlineItem {
                        id: deadline.id.clone(),
                        procedure_id: deadline.procedure_id.clone(),
                        person_id: deadline.person_id.clone(),
                        person_name: names.get(&deadline.person_id).cloned().unwrap_or_default(),
                        document_id: deadline.document_id.clone(),
                        event_id: deadline.event_id.clone(),
                        title: texts::title(&l10n, deadline),
                        status,
                        due_on: deadline.due_on.format("%Y-%m-%d").to_string(),
                        days_left,
                        state,
                        offsets: choice
                            .and_then(|c| c.offsets.clone())
                            .unwrap_or_else(|| all.settings.offsets.clone()),
                        caveats: texts::caveats(&self.content().catalog, &l10n, deadline),
                        locale: l10n.primary().to_string(),
                    }
                })
                .collect();
            items.sort_by(|a, b| {
                (a.state == DeadlineState::Done, &a.due_on, &a.id).cmp(&(
                    b.state == DeadlineState::Done,
                    &b.due_on,
                    &b.id,
                ))
            });
            let settings_text = l10n.ui_with(
                "reminders-settings",
                Some(&crate::l10n::args(&[
                    ("time", all.settings.time.format("%H:%M").to_string().into()),
                    ("zone", all.settings.zone.name().into()),
                ])),
            );
            Ok(RemindersScreen {
                title: l10n.ui("reminders-title"),
                settings_text,
                empty_text: items.is_empty().then(|| l10n.ui("reminders-empty")),
                deadlines: items,
                direction: direction_of(l10n.primary()),
            })
        })
    }

    /// The next `limit` notifications after `now` (iOS keeps at most 64). Called again after any
    /// change it returns the whole desired set, so a shell replaces what it scheduled with it.
    pub fn pending_notifications(
        &self,
        now: DateTime<Utc>,
        limit: u32,
    ) -> Result<Vec<PendingNotification>> {
        let l10n = self.l10n();
        self.with_vault(|vault| {
            let all = self.deadlines(vault)?;
            let planned = schedule::plan(&all.deadlines, &all.choices, &all.settings, now);
            Ok(planned
                .iter()
                .take(limit as usize)
                .map(|p| {
                    let deadline = &all.deadlines[p.deadline];
                    let id = format!("{}/{}", deadline.id, p.on.format("%Y-%m-%d"));
                    PendingNotification {
                        numeric_id: schedule::numeric_id(&id),
                        id,
                        deadline_id: deadline.id.clone(),
                        fire_at_unix: p.at.timestamp(),
                        title: texts::title(&l10n, deadline),
                        body: texts::notification_body(&l10n, deadline, p.on),
                    }
                })
                .collect())
        })
    }

    /// Reminder days for one deadline; `None` goes back to the settings' days.
    pub fn set_deadline_offsets(
        &self,
        deadline_id: &str,
        offsets: Option<Vec<u32>>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let offsets = offsets.map(|o| schedule::valid_offsets(&o)).transpose()?;
        self.change_choice(deadline_id, now, |_, choice| {
            choice.offsets = offsets;
            Ok(())
        })
    }

    /// No reminder before `until` (`YYYY-MM-DD`); one on that day, then the usual ones.
    pub fn snooze_deadline(
        &self,
        deadline_id: &str,
        until: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let until = parse_date(Field::SnoozeUntil, until)?;
        self.change_choice(deadline_id, now, |deadline, choice| {
            choice.snoozed_until = Some(until);
            choice.snoozed_for = Some(deadline.due_on);
            Ok(())
        })
    }

    /// Marks a deadline done on `on` ("renewal filed"). If its procedure has a follow-up (the
    /// passport left at the office), that starts on the same day; its event is returned.
    pub fn mark_deadline_done(
        &self,
        deadline_id: &str,
        on: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Event>> {
        let date = parse_date(Field::HappenedOn, on)?;
        let mut follow_up = None;
        let content = self.content();
        self.change_choice(deadline_id, now, |deadline, choice| {
            choice.done_for = Some(deadline.due_on);
            follow_up = deadline
                .procedure_id
                .as_deref()
                .and_then(|p| content.catalog.procedure(p))
                .and_then(|p| p.follow_up.as_deref())
                .and_then(|next| content.catalog.procedure(next))
                .and_then(|next| {
                    Some((
                        next.id.clone(),
                        next.start_event()?,
                        deadline.person_id.clone(),
                    ))
                });
            Ok(())
        })?;
        match follow_up {
            Some((procedure_id, kind, person_id)) => self
                .with_vault(|vault| vault.insert_event(&person_id, &procedure_id, kind, date, now))
                .map(Some),
            None => Ok(None),
        }
    }

    /// Undoes "done" and "snoozed" for a deadline.
    pub fn reopen_deadline(&self, deadline_id: &str, now: DateTime<Utc>) -> Result<()> {
        self.change_choice(deadline_id, now, |_, choice| {
            choice.done_for = None;
            choice.snoozed_until = None;
            choice.snoozed_for = None;
            Ok(())
        })
    }

    fn change_choice(
        &self,
        deadline_id: &str,
        now: DateTime<Utc>,
        change: impl FnOnce(&Deadline, &mut DeadlineChoice) -> Result<()>,
    ) -> Result<()> {
        self.with_vault(|vault| {
            let all = self.deadlines(vault)?;
            let deadline = all.find(deadline_id)?;
            let mut choice = all.choices.get(deadline_id).cloned().unwrap_or_default();
            change(deadline, &mut choice)?;
            vault.save_deadline_choice(deadline_id, &choice, now)
        })
    }

    /// The renewal checklist for a procedure, for one person (or looking at every document).
    pub fn checklist(
        &self,
        procedure_id: &str,
        person_id: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<ChecklistScreen> {
        let l10n = self.l10n();
        self.with_vault(|vault| {
            if let Some(person) = person_id {
                // A clear "not in your vault" rather than an empty list.
                vault
                    .people()?
                    .iter()
                    .find(|p| p.id == person)
                    .ok_or_else(|| Error::NotFound {
                        kind: ItemKind::Person,
                        id: person.to_owned(),
                    })?;
            }
            let documents = vault.documents(&DocumentFilter {
                person_id: person_id.map(str::to_owned),
                kind: None,
            })?;
            let all = self.deadlines(vault)?;
            let today = all.settings.today(now);
            let deadline = all
                .deadlines
                .iter()
                .filter(|d| d.procedure_id.as_deref() == Some(procedure_id))
                .filter(|d| person_id.is_none_or(|p| d.person_id == p))
                .filter(|d| !schedule::is_done(d, all.choices.get(&d.id)))
                .min_by_key(|d| d.due_on);
            checklist::checklist(
                &self.content(),
                &l10n,
                ChecklistInput {
                    procedure_id,
                    person_id,
                    documents: &documents,
                    deadline,
                    today,
                },
            )
        })
    }

    /// Writes every open deadline to `dest` as an iCalendar file (written beside it, then renamed,
    /// so `dest` is complete or absent). Returns the number of deadlines.
    pub fn export_calendar(&self, dest: &Path, now: DateTime<Utc>) -> Result<u32> {
        let l10n = self.l10n();
        let (text, count) = self.with_vault(|vault| {
            let all = self.deadlines(vault)?;
            let open: Vec<usize> = (0..all.deadlines.len())
                .filter(|&i| {
                    !schedule::is_done(&all.deadlines[i], all.choices.get(&all.deadlines[i].id))
                })
                .collect();
            let planned = schedule::plan(&all.deadlines, &all.choices, &all.settings, now);
            Ok(ics::calendar(
                &l10n,
                &all.deadlines,
                &open,
                &planned,
                &all.settings,
                now,
            ))
        })?;
        let partial = dest.with_extension("partial");
        {
            let mut file = std::fs::File::create(&partial)?;
            file.write_all(text.as_bytes())?;
            file.sync_all()?;
        }
        std::fs::rename(&partial, dest)?;
        Ok(u32::try_from(count).unwrap_or(u32::MAX))
    }
}

fn event_text(l10n: &crate::l10n::Localizer, kind: EventKind) -> String {
    crate::labels::event_kind(l10n, kind)
}
