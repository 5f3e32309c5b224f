//! `huquq reminders`, `huquq event`, `huquq checklist` and `huquq calendar`: deadlines from the
//! vault and the law, in a terminal. Like the phone, the terminal only shows what the core decides.
use std::path::PathBuf;

use clap::Subcommand;
use huquq_core::content::procedure::EventKind;
use huquq_core::error::{Field, Problem};
use huquq_core::l10n::UiText;
use huquq_core::reminders::model::*;
use huquq_core::{App, Error};

use crate::render::{Printer, Style};
use crate::vault::{holder, now, print_json, say, unlock};
use crate::views::{heading, notices, sources};

#[derive(Subcommand)]
pub enum RemindersCommand {
    /// The notifications a phone would schedule now, soonest first.
    Next {
        #[arg(long, default_value_t = 64)]
        limit: u32,
    },
    /// Change when reminders come.
    Settings {
        /// Local time, HH:MM.
        #[arg(long)]
        time: Option<String>,
        /// IANA time zone, e.g. Asia/Almaty.
        #[arg(long)]
        zone: Option<String>,
        /// Days before a deadline, e.g. 60,30,14,7,3,1,0.
        #[arg(long, value_delimiter = ',')]
        days: Option<Vec<u32>>,
        /// How many days an overdue deadline keeps reminding.
        #[arg(long)]
        overdue_days: Option<u32>,
    },
    /// Reminder days for one deadline (or --default to use the settings' days again).
    Days {
        deadline: String,
        #[arg(long, value_delimiter = ',', required_unless_present = "default")]
        days: Option<Vec<u32>>,
        #[arg(long)]
        default: bool,
    },
    /// Mark a deadline done (e.g. the renewal is filed); starts any follow-up.
    Done {
        deadline: String,
        /// The day it was done, YYYY-MM-DD (default: today).
        #[arg(long)]
        on: Option<String>,
    },
    /// No reminder before this day.
    Snooze {
        deadline: String,
        #[arg(long)]
        until: String,
    },
    /// Undo done or snoozed.
    Reopen { deadline: String },
}

#[derive(Subcommand)]
pub enum EventCommand {
    /// Record what happened: `huquq event add kz-address-registration --on 2026-11-25`.
    Add {
        procedure: String,
        /// YYYY-MM-DD.
        #[arg(long)]
        on: String,
        /// For stays: `left-country` ends one (default: the event that starts the procedure).
        #[arg(long)]
        kind: Option<String>,
        /// Whose event (name or id; default: you).
        #[arg(long)]
        holder: Option<String>,
    },
    List,
    Delete {
        event: String,
    },
}

#[derive(Subcommand)]
pub enum CalendarCommand {
    /// Write every open deadline, with its reminders, to an .ics file for any calendar app.
    Export { file: PathBuf },
}

pub fn reminders(app: &App, command: &Option<RemindersCommand>, json: bool) -> Result<(), Error> {
    unlock(app)?;
    match command {
        None => {
            let screen = app.reminders(now())?;
            if json {
                print_json(&screen);
            } else {
                print_reminders(&screen);
            }
        }
        Some(RemindersCommand::Next { limit }) => {
            let pending = app.pending_notifications(now(), *limit)?;
            if json {
                print_json(&pending);
            } else {
                let p = Printer::for_stdout();
                let dir = app.localizer().direction();
                for n in &pending {
                    let at = chrono::DateTime::from_timestamp(n.fire_at_unix, 0)
                        .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
                        .unwrap_or_default();
                    p.paragraph(
                        &p.style(&format!("{at}  {}", n.title), Style::Bold),
                        dir,
                        "",
                        "",
                    );
                    p.paragraph(&n.body.replace('\n', " "), dir, "  ", "  ");
                }
                p.flush();
            }
        }
        Some(RemindersCommand::Settings {
            time,
            zone,
            days,
            overdue_days,
        }) => {
            let mut settings = app.reminder_settings()?;
            if let Some(time) = time {
                settings.time = time.clone();
            }
            if let Some(zone) = zone {
                settings.time_zone = zone.clone();
            }
            if let Some(days) = days {
                settings.offsets = days.clone();
            }
            if let Some(days) = overdue_days {
                settings.overdue_days = *days;
            }
            app.set_reminder_settings(&settings)?;
            let screen = app.reminders(now())?;
            say(app, &screen.settings_text);
        }
        Some(RemindersCommand::Days {
            deadline,
            days,
            default,
        }) => {
            let days = if *default { None } else { days.clone() };
            app.set_deadline_offsets(deadline, days, now())?;
        }
        Some(RemindersCommand::Done { deadline, on }) => {
            let done = app.complete_deadline(deadline, on.as_deref(), now())?;
            say(app, &done.message);
        }
        Some(RemindersCommand::Snooze { deadline, until }) => {
            app.snooze_deadline(deadline, until, now())?;
        }
        Some(RemindersCommand::Reopen { deadline }) => app.reopen_deadline(deadline, now())?,
    }
    Ok(())
}

fn print_reminders(screen: &RemindersScreen) {
    let p = Printer::for_stdout();
    let dir = screen.direction;
    heading(&p, &screen.title, dir);
    p.paragraph(&p.style(&screen.settings_text, Style::Dim), dir, "", "");
    if let Some(empty) = &screen.empty_text {
        p.blank();
        p.paragraph(empty, dir, "", "");
    }
    for deadline in &screen.deadlines {
        p.blank();
        let style = match deadline.state {
            DeadlineState::Overdue | DeadlineState::DueToday => Style::Reverse,
            DeadlineState::Done => Style::Dim,
            _ => Style::Bold,
        };
        p.paragraph(
            &p.style(
                &format!("{} · {}", deadline.title, deadline.person_name),
                style,
            ),
            dir,
            "",
            "",
        );
        p.paragraph(&deadline.status, dir, "  ", "  ");
        for caveat in &deadline.caveats {
            p.paragraph(&p.style(caveat, Style::Dim), dir, "  ! ", "    ");
        }
        p.paragraph(&p.style(&deadline.id, Style::Dim), dir, "  ", "  ");
    }
    p.flush();
}

pub fn event(app: &App, command: &EventCommand, json: bool) -> Result<(), Error> {
    unlock(app)?;
    match command {
        EventCommand::Add {
            procedure,
            on,
            kind,
            holder: wanted,
        } => {
            let person_id = match wanted {
                Some(_) => Some(holder(app, wanted)?),
                None => None,
            };
            let event = match kind {
                // Another event of the procedure's own (leaving the country ends a stay).
                Some(text) => app.record_event(
                    &EventInput {
                        person_id: match person_id {
                            Some(id) => id,
                            None => app.default_holder(now())?.id,
                        },
                        procedure_id: procedure.clone(),
                        kind: EventKind::parse(text).ok_or(Error::Invalid {
                            field: Field::Kind,
                            problem: Problem::WrongEvent,
                        })?,
                        happened_on: on.clone(),
                    },
                    now(),
                )?,
                None => app.record_event_for(procedure, person_id.as_deref(), on, now())?,
            };
            if json {
                print_json(&event);
            } else {
                say(app, &event.id);
            }
        }
        EventCommand::List => {
            let events = app.events(None)?;
            if json {
                print_json(&events);
            } else {
                let p = Printer::for_stdout();
                let dir = app.localizer().direction();
                for e in &events {
                    let label = huquq_core::labels::event_kind(&app.localizer(), e.kind);
                    p.paragraph(
                        &format!("{}  {}  {label} ({})", e.id, e.happened_on, e.procedure_id),
                        dir,
                        "",
                        "",
                    );
                }
                p.flush();
            }
        }
        EventCommand::Delete { event } => app.delete_event(event)?,
    }
    Ok(())
}

pub fn checklist(
    app: &App,
    procedure: &Option<String>,
    wanted: &Option<String>,
    json: bool,
) -> Result<(), Error> {
    let Some(procedure) = procedure else {
        // Without a procedure: which ones there are (no vault needed).
        let list = app.procedures();
        if json {
            print_json(&list);
        } else {
            let p = Printer::for_stdout();
            let dir = app.localizer().direction();
            for item in &list {
                p.paragraph(&p.style(&item.id, Style::Bold), dir, "", "");
                p.paragraph(&item.title, dir, "  ", "  ");
            }
            p.flush();
        }
        return Ok(());
    };
    unlock(app)?;
    let person = match wanted {
        Some(_) => Some(holder(app, wanted)?),
        None => None,
    };
    let screen = app.checklist(procedure, person.as_deref(), now())?;
    if json {
        print_json(&screen);
        return Ok(());
    }
    let p = Printer::for_stdout();
    let dir = screen.direction;
    heading(&p, &screen.title, dir);
    notices(&p, &screen.notices, dir);
    p.blank();
    p.paragraph(&p.style(&screen.summary, Style::Italic), dir, "", "");
    p.blank();
    p.paragraph(&p.style(&screen.deadline_text, Style::Reverse), dir, "", "");
    p.blank();
    heading(&p, &screen.required_heading, dir);
    for item in &screen.required {
        let mark = match item.state {
            ItemState::Valid => "  ✓ ",
            ItemState::NotTracked => "  • ",
            _ => "  ✗ ",
        };
        p.paragraph(&item.text, dir, mark, "    ");
        p.paragraph(&p.style(&item.state_text, Style::Bold), dir, "    ", "    ");
        p.paragraph(&p.style(&item.basis, Style::Dim), dir, "    ", "    ");
    }
    if !screen.not_required.is_empty() {
        p.blank();
        heading(&p, &screen.not_required_heading, dir);
        for item in &screen.not_required {
            p.paragraph(&item.text, dir, "  – ", "    ");
            p.paragraph(&p.style(&item.basis, Style::Dim), dir, "    ", "    ");
        }
    }
    p.blank();
    sources(
        &p,
        &app.ui_text(UiText::ArticleSourcesHeading),
        &screen.sources,
        dir,
    );
    p.flush();
    Ok(())
}

pub fn calendar(app: &App, command: &CalendarCommand) -> Result<(), Error> {
    unlock(app)?;
    match command {
        CalendarCommand::Export { file } => {
            let count = app.export_calendar(file, now())?;
            say(app, &app.ui_count(UiText::CalendarExported, count));
        }
    }
    Ok(())
}
