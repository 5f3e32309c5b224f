//! The small flows around reminders: recording what happened, and what can be done with one
//! deadline. Which actions exist, whom to ask and which day is today are decided here.
use chrono::NaiveDate;

use crate::l10n::Localizer;
use crate::reminders::model::{DeadlineItem, DeadlineState, ProcedureItem};
use crate::screens::form;
use crate::screens::model::{
    DeadlineAction, DeadlineActionItem, DeadlineActions, RecordEventScreen,
};
use crate::screens::settings;
use crate::vault::model::Person;

pub fn record_event(
    l10n: &Localizer,
    procedures: Vec<ProcedureItem>,
    people: &[Person],
    today: NaiveDate,
) -> RecordEventScreen {
    let procedures: Vec<ProcedureItem> = procedures
        .into_iter()
        .filter(|p| p.start_event.is_some() && p.start_event_text.is_some())
        .collect();
    // The events are worded for the phone's owner ("I moved"): they come first, and the first
    // person is preselected.
    let mut people = form::holders(l10n, people, "");
    if let Some(first) = people.first_mut() {
        first.selected = true;
    }
    RecordEventScreen {
        title: l10n.ui("reminders-record-title"),
        nothing_text: procedures
            .is_empty()
            .then(|| l10n.ui("reminders-record-none")),
        procedures,
        who_label: l10n.ui("reminders-record-who"),
        ask_who: people.len() > 1,
        people,
        date_label: l10n.ui("field-happened-on"),
        today: today.format("%Y-%m-%d").to_string(),
        direction: l10n.direction(),
    }
}

pub fn deadline_actions(
    l10n: &Localizer,
    item: &DeadlineItem,
    today: NaiveDate,
) -> DeadlineActions {
    let mut actions = Vec::new();
    let mut add = |action, label: &str| {
        actions.push(DeadlineActionItem {
            action,
            label: l10n.ui(label),
        })
    };
    if item.state != DeadlineState::Done {
        add(DeadlineAction::MarkDone, "reminders-mark-done");
        add(DeadlineAction::Snooze, "reminders-snooze");
        add(DeadlineAction::ChooseDays, "reminders-days-before");
    }
    if matches!(item.state, DeadlineState::Done | DeadlineState::Snoozed) {
        add(DeadlineAction::Reopen, "reminders-reopen");
    }
    if item.procedure_id.is_some() {
        add(DeadlineAction::OpenChecklist, "reminders-open-checklist");
    }
    let due = NaiveDate::parse_from_str(&item.due_on, "%Y-%m-%d").unwrap_or(today);
    DeadlineActions {
        deadline_id: item.id.clone(),
        title: item.title.clone(),
        actions,
        snooze: settings::snooze(l10n, today, due),
        days: settings::days_choice(l10n, &item.offsets),
        checklist_procedure_id: item.procedure_id.clone(),
        person_id: item.person_id.clone(),
    }
}
