//! The words of reminders: what to do, and how long is left, in the user's language with its
//! plural rules and date format. Nothing here names a person or shows a document number, so the
//! same texts are safe on a lock screen.
use chrono::NaiveDate;
use fluent_bundle::FluentValue;

use crate::content::catalog::{Catalog, Confidence, ids};
use crate::content::presented::unverified_notice;
use crate::l10n::Localizer;
use crate::l10n::args;
use crate::reminders::deadlines::Deadline;
use crate::vault::model::DocumentKind;

pub fn kind_name(l10n: &Localizer, kind: DocumentKind) -> String {
    crate::labels::document_kind(l10n, kind)
}

/// "Renew your residence card", or the document's kind for a plain expiry.
pub fn title(l10n: &Localizer, deadline: &Deadline) -> String {
    if let Some(task) = deadline.procedure_id.as_deref().and_then(|p| {
        l10n.lookup(&ids::procedure(p), Some("task"), None)
            .map(|t| t.text)
    }) {
        return task;
    }
    match deadline.document_kind {
        Some(kind) => kind_name(l10n, kind),
        None => l10n.ui("reminders-title"),
    }
}

/// "Due in 5 days, on 3 December 2026", "Expired 2 days ago, on …", relative to `today`.
pub fn status(l10n: &Localizer, deadline: &Deadline, today: NaiveDate) -> String {
    let days = (deadline.due_on - today).num_days();
    let date = deadline.due_on.format("%Y-%m-%d").to_string();
    let expiry = deadline.procedure_id.is_none();
    let (id, count) = match (days, expiry) {
        (0, false) => ("reminder-due-today", 0),
        (0, true) => ("reminder-expires-today", 0),
        (d, false) if d > 0 => ("reminder-due-in", d),
        (d, true) if d > 0 => ("reminder-expires-in", d),
        (d, false) => ("reminder-overdue", -d),
        (d, true) => ("reminder-expired", -d),
    };
    l10n.ui_with(
        id,
        Some(&args(&[
            ("days", FluentValue::from(count)),
            ("date", FluentValue::from(date)),
        ])),
    )
}

/// What the reader must know about a deadline's rule and date: the procedure's own "not
/// confirmed" (a stay counter's limits, a deadline from a draft), then the holiday caveat.
pub fn caveats(catalog: &Catalog, l10n: &Localizer, deadline: &Deadline) -> Vec<String> {
    let unverified = deadline
        .procedure_id
        .as_deref()
        .and_then(|id| catalog.procedure(id))
        .filter(|p| p.confidence == Confidence::Unverified)
        .map(|p| {
            let details = l10n
                .lookup(&ids::procedure(&p.id), Some("unverified"), None)
                .map(|t| t.text);
            unverified_notice(l10n, details).text
        });
    unverified
        .into_iter()
        .chain(holiday_caveat(catalog, l10n, deadline))
        .collect()
}

/// Why a deadline's date may be off: it is counted in working days, and the public holidays that
/// move it are not confirmed (or not known for its year). None for every other deadline.
pub fn holiday_caveat(catalog: &Catalog, l10n: &Localizer, deadline: &Deadline) -> Option<String> {
    use chrono::Datelike;
    let procedure = catalog.procedure(deadline.procedure_id.as_deref()?)?;
    if !procedure.period?.counts_working_days() {
        return None;
    }
    let confirmed = catalog
        .calendar(&procedure.jurisdiction)
        .is_some_and(|calendar| {
            calendar.confidence == Confidence::Verified
                && (calendar.first_year..=calendar.last_year).contains(&deadline.due_on.year())
        });
    (!confirmed).then(|| l10n.ui("reminder-holidays-caveat"))
}

/// A notification's body: how long is left, then where to look.
pub fn notification_body(l10n: &Localizer, deadline: &Deadline, on: NaiveDate) -> String {
    format!(
        "{}\n{}",
        status(l10n, deadline, on),
        l10n.ui("reminder-open-app")
    )
}
