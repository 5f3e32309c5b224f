//! The renewal checklist: for a procedure and a person, each document the law requires with its
//! state in the vault, the papers the law does not require, and the deadline.
use chrono::NaiveDate;

use crate::content::Content;
use crate::content::catalog::Confidence;
use crate::content::catalog::ids;
use crate::content::presented::{Notice, NoticeKind};
use crate::content::presented::{original_locale, sources, translation_notices, unverified_notice};
use crate::error::{Error, ItemKind, Result};
use crate::l10n::args;
use crate::l10n::{Localizer, direction_of};
use crate::reminders::deadlines::Deadline;
use crate::reminders::model::{ChecklistItem, ChecklistScreen, ItemState, NotRequiredItem};
use crate::reminders::texts;
use crate::vault::model::Document;

pub struct ChecklistInput<'a> {
    pub procedure_id: &'a str,
    pub person_id: Option<&'a str>,
    /// The person's documents (all documents when no person is given).
    pub documents: &'a [Document],
    /// The person's open deadline for this procedure, if any.
    pub deadline: Option<&'a Deadline>,
    pub today: NaiveDate,
}

/// "Basis: MIA Order No. 992 …": the label translated, the citation as the source writes it.
fn basis(l10n: &Localizer, citation: &str) -> String {
    l10n.ui_with(
        "checklist-basis",
        Some(&args(&[("citation", citation.into())])),
    )
}

fn date(text: &Option<String>) -> Option<NaiveDate> {
    text.as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
}

pub fn checklist(
    content: &Content,
    l10n: &Localizer,
    input: ChecklistInput,
) -> Result<ChecklistScreen> {
    let procedure = content
        .catalog
        .procedure(input.procedure_id)
        .ok_or_else(|| Error::NotFound {
            kind: ItemKind::Procedure,
            id: input.procedure_id.to_owned(),
        })?;
    let id = ids::procedure(&procedure.id);
    let title = l10n
        .lookup(&id, Some("title"), None)
        .ok_or_else(|| Error::Content(format!("{id} has no title")))?;
    let text = |attribute: &str| {
        l10n.lookup(&id, Some(attribute), None)
            .map(|t| t.text)
            .unwrap_or_default()
    };
    let due = input.deadline.map(|d| d.due_on);
    let required = procedure
        .required
        .iter()
        .map(|item| {
            // The best document of a fitting kind: the one valid longest (no expiry counts as
            // valid for ever).
            let held = input
                .documents
                .iter()
                .filter(|d| item.kinds.contains(&d.kind))
                .max_by_key(|d| date(&d.expires_on).unwrap_or(NaiveDate::MAX));
            let state = match (item.kinds.is_empty(), held) {
                (true, _) => ItemState::NotTracked,
                (false, None) => ItemState::Missing,
                (false, Some(doc)) => match date(&doc.expires_on) {
                    Some(expiry) if expiry < input.today => ItemState::Expired,
                    Some(expiry) if due.is_some_and(|due| expiry < due) => {
                        ItemState::ExpiresBeforeDeadline
                    }
                    _ => ItemState::Valid,
                },
            };
            let state_id = match state {
                ItemState::Valid => "checklist-state-valid",
                ItemState::ExpiresBeforeDeadline => "checklist-state-expires-before-deadline",
                ItemState::Expired => "checklist-state-expired",
                ItemState::Missing => "checklist-state-missing",
                ItemState::NotTracked => "checklist-state-not-tracked",
            };
            ChecklistItem {
                id: item.id.clone(),
                text: text(&format!("need-{}", item.id)),
                basis: basis(l10n, &item.citation),
                unverified: item
                    .unverified
                    .then(|| l10n.ui("checklist-item-unverified")),
                state,
                state_text: l10n.ui(state_id),
                document_id: held
                    .filter(|_| !item.kinds.is_empty())
                    .map(|d| d.id.clone()),
            }
        })
        .collect();
    let not_required = procedure
        .not_required
        .iter()
        .map(|item| NotRequiredItem {
            id: item.id.clone(),
            text: text(&format!("no-need-{}", item.id)),
            basis: basis(l10n, &item.citation),
            unverified: item
                .unverified
                .then(|| l10n.ui("checklist-item-unverified")),
        })
        .collect();
    let mut notices: Vec<Notice> = translation_notices(
        content,
        l10n,
        &title.locale,
        procedure
            .translations
            .get(&title.locale.to_string())
            .copied(),
        original_locale(&procedure.translations),
    );
    if procedure.confidence == Confidence::Unverified {
        notices.push(unverified_notice(
            l10n,
            l10n.lookup(&id, Some("unverified"), None).map(|t| t.text),
        ));
    }
    if let Some(caveat) = input
        .deadline
        .and_then(|d| texts::holiday_caveat(&content.catalog, l10n, d))
    {
        notices.push(Notice {
            kind: NoticeKind::Unverified,
            text: caveat,
        });
    }
    let deadline_text = match input.deadline {
        Some(deadline) => texts::status(l10n, deadline, input.today),
        None => l10n.ui("checklist-no-deadline"),
    };
    Ok(ChecklistScreen {
        procedure_id: procedure.id.clone(),
        title: title.text,
        summary: text("summary"),
        person_id: input.person_id.map(str::to_owned),
        deadline_text,
        due_on: due.map(|d| d.format("%Y-%m-%d").to_string()),
        days_left: due.map(|d| (d - input.today).num_days()),
        required_heading: l10n.ui("checklist-required"),
        required,
        not_required_heading: l10n.ui("checklist-not-required"),
        not_required,
        notices,
        sources: sources(l10n, &procedure.sources),
        article_id: procedure.article.clone(),
        locale: title.locale.to_string(),
        direction: direction_of(&title.locale),
    })
}
