//! The encounter journal's screen models: the list (with each chain's verification and the
//! documents offices hold) and one entry in full with its seal. Every label localized here.
use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Serialize;

use crate::error::Field;
use crate::journal::{ChainCheck, Custody, DocumentAction, DocumentLink, EntryKind, JournalEntry};
use crate::l10n::{Direction, Localizer, args};
use crate::screens::casefile::document_title;
use crate::screens::document::payment_text;
use crate::screens::model::{FormField, IncludeChoice};
use crate::vault::model::{Document, DocumentKind, Page, Payment};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JournalScreen {
    pub title: String,
    pub direction: Direction,
    pub add_label: String,
    /// Opens the case file for a lawyer; none while there is no entry.
    pub case_file_label: Option<String>,
    /// Shown when there is no entry yet: what to record, and that entries cannot be changed.
    pub empty_text: Option<String>,
    /// One line per journal (this vault's own first), saying whether it is intact.
    pub chains: Vec<ChainLine>,
    pub entries: Vec<JournalListItem>,
    pub custody_heading: String,
    pub custody: Vec<CustodyItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChainLine {
    pub label: String,
    pub intact: bool,
    pub text: String,
    /// "Seal: …", the last entry's hash, to compare with a case file.
    pub seal: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JournalListItem {
    pub id: String,
    pub kind: EntryKind,
    pub kind_label: String,
    pub when: String,
    /// "12 December 2026, 10:30 · Police check": the row's title.
    pub title: String,
    /// Where and with whom, as written: the office, else the place.
    pub summary: String,
    /// "Corrected by a later entry" or "Corrects an earlier entry".
    pub correction_note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CustodyItem {
    pub document: String,
    pub taken: String,
    pub promised: Option<String>,
    /// "Returned …" or "Still held".
    pub status: String,
    pub held: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LabeledText {
    pub label: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JournalEntryScreen {
    pub id: String,
    pub title: String,
    pub direction: Direction,
    pub when: String,
    /// When it was written, by the phone's clock: labelled as such, not proof of the time.
    pub captured: String,
    /// The fields the user filled in, in form order; empty ones left out.
    pub fields: Vec<LabeledText>,
    pub documents: Vec<String>,
    pub correction_note: Option<String>,
    /// "Entry 3 of your journal" (or of a journal from a backup).
    pub position: String,
    pub seal: String,
    /// Its journal checked now: intact, or which entry no longer matches its seal.
    pub check: String,
    /// Whether this entry and every one before it still match their seals.
    pub intact: bool,
    /// For a passport taken: starts the reminders of the passport's custody (`remind_custody`).
    pub custody_reminder: Option<String>,
}

/// "12 December 2026" or "12 December 2026, 10:30", from the stored `YYYY-MM-DD[THH:MM]`.
fn when(l10n: &Localizer, happened_at: &str) -> String {
    match happened_at.split_once('T') {
        Some((date, time)) => l10n.ui_with(
            "journal-when-time",
            Some(&args(&[("date", date.into()), ("time", time.into())])),
        ),
        None => l10n.ui_with(
            "journal-when-day",
            Some(&args(&[("date", happened_at.into())])),
        ),
    }
}

fn captured(
    l10n: &Localizer,
    captured_at: &str,
    local: &dyn Fn(DateTime<Utc>) -> NaiveDateTime,
) -> String {
    let Ok(instant) = DateTime::parse_from_rfc3339(captured_at) else {
        return String::new();
    };
    let at = local(instant.with_timezone(&Utc));
    l10n.ui_with(
        "journal-captured",
        Some(&args(&[
            ("date", at.format("%Y-%m-%d").to_string().into()),
            ("time", at.format("%H:%M").to_string().into()),
        ])),
    )
}

/// "Passport · AA 1234567", as the vault called the document when the entry was written.
fn document_name(l10n: &Localizer, link: &DocumentLink) -> String {
    let kind = DocumentKind::parse(&link.kind)
        .map(|kind| crate::labels::document_kind(l10n, kind))
        .unwrap_or_default();
    match link.number.is_empty() {
        true => kind,
        false => format!("{kind} · {}", link.number),
    }
}

fn document_line(l10n: &Localizer, link: &DocumentLink) -> String {
    let id = match link.action {
        DocumentAction::Shown => "journal-document-shown",
        DocumentAction::Taken => "journal-document-taken",
        DocumentAction::Returned => "journal-document-returned",
    };
    l10n.ui_with(
        id,
        Some(&args(&[("document", document_name(l10n, link).into())])),
    )
}

fn correction_note(l10n: &Localizer, entry: &JournalEntry) -> Option<String> {
    if entry.corrected_by.is_some() {
        Some(l10n.ui("journal-corrected"))
    } else if entry.corrects.is_some() {
        Some(l10n.ui("journal-correction"))
    } else {
        None
    }
}

fn seal(l10n: &Localizer, hash: &str) -> String {
    l10n.ui_with("journal-seal", Some(&args(&[("hash", hash.into())])))
}

pub(crate) fn chain_line(l10n: &Localizer, check: &ChainCheck) -> ChainLine {
    let text = match &check.first_broken {
        None => l10n.ui_with(
            "journal-chain-intact",
            Some(&args(&[(
                "count",
                i64::try_from(check.entries).unwrap_or(i64::MAX).into(),
            )])),
        ),
        Some(broken) => l10n.ui_with(
            "journal-chain-broken",
            Some(&args(&[(
                "position",
                i64::try_from(broken.position).unwrap_or(0).into(),
            )])),
        ),
    };
    ChainLine {
        label: l10n.ui(if check.own {
            "journal-chain-own"
        } else {
            "journal-chain-restored"
        }),
        intact: check.first_broken.is_none(),
        text,
        seal: seal(l10n, &check.head),
    }
}

fn day_of(at: &str) -> String {
    at.split('T').next().unwrap_or_default().to_owned()
}

/// "Taken 20 November 2026: Migration police" (the place when no office was written).
pub fn taken_text(l10n: &Localizer, custody: &Custody) -> String {
    let by = if custody.office.is_empty() {
        &custody.place
    } else {
        &custody.office
    };
    l10n.ui_with(
        "journal-custody-taken",
        Some(&args(&[
            ("date", day_of(&custody.taken_at).into()),
            ("office", by.as_str().into()),
        ])),
    )
}

pub(crate) fn custody_item(l10n: &Localizer, custody: &Custody) -> CustodyItem {
    let taken = taken_text(l10n, custody);
    let status = match &custody.returned_at {
        Some(at) => l10n.ui_with(
            "journal-custody-returned",
            Some(&args(&[("date", day_of(at).into())])),
        ),
        None => l10n.ui("journal-custody-held"),
    };
    CustodyItem {
        document: document_name(l10n, &custody.document),
        taken,
        promised: custody.promised_return.as_deref().map(|day| {
            l10n.ui_with(
                "journal-custody-promised",
                Some(&args(&[("date", day.into())])),
            )
        }),
        status,
        held: custody.returned_entry.is_none(),
    }
}

pub fn list(
    l10n: &Localizer,
    entries: &[JournalEntry],
    checks: &[ChainCheck],
    custody: &[Custody],
) -> JournalScreen {
    JournalScreen {
        title: l10n.ui("journal-title"),
        direction: l10n.direction(),
        add_label: l10n.ui("journal-add"),
        case_file_label: (!entries.is_empty()).then(|| l10n.ui("casefile-screen-title")),
        empty_text: entries.is_empty().then(|| l10n.ui("journal-empty")),
        chains: checks.iter().map(|check| chain_line(l10n, check)).collect(),
        entries: entries
            .iter()
            .map(|entry| {
                let kind_label = crate::labels::entry_kind(l10n, entry.kind);
                let when = when(l10n, &entry.happened_at);
                JournalListItem {
                    id: entry.id.clone(),
                    kind: entry.kind,
                    // Each part is isolated by Fluent, so the two keep their order in either direction.
                    title: format!("{when} · {kind_label}"),
                    kind_label,
                    when,
                    summary: [&entry.office, &entry.place]
                        .into_iter()
                        .find(|text| !text.is_empty())
                        .cloned()
                        .unwrap_or_default(),
                    correction_note: correction_note(l10n, entry),
                }
            })
            .collect(),
        custody_heading: l10n.ui("journal-custody-heading"),
        custody: custody.iter().map(|c| custody_item(l10n, c)).collect(),
    }
}

pub fn entry(
    l10n: &Localizer,
    entry: &JournalEntry,
    check: &ChainCheck,
    local: &dyn Fn(DateTime<Utc>) -> NaiveDateTime,
) -> JournalEntryScreen {
    let own = check.own;
    let field = |id: &str, text: &str| {
        (!text.is_empty()).then(|| LabeledText {
            label: l10n.ui(id),
            text: text.to_owned(),
        })
    };
    let promised = entry
        .promised_return
        .as_deref()
        .map(|day| l10n.ui_with("journal-when-day", Some(&args(&[("date", day.into())]))));
    let fields = [
        field("field-place", &entry.place),
        field("field-office", &entry.office),
        field("field-official", &entry.official),
        field("field-demanded", &entry.demanded),
        field("field-money-asked", &entry.money_asked),
        field("field-said", &entry.said),
        field("field-outcome", &entry.outcome),
        field("field-witnesses", &entry.witnesses),
        promised.and_then(|text| field("field-return-by", &text)),
    ];
    let position = i64::try_from(entry.position).unwrap_or(0);
    JournalEntryScreen {
        id: entry.id.clone(),
        title: crate::labels::entry_kind(l10n, entry.kind),
        direction: l10n.direction(),
        when: when(l10n, &entry.happened_at),
        captured: captured(l10n, &entry.captured_at, local),
        fields: fields.into_iter().flatten().collect(),
        documents: entry
            .documents
            .iter()
            .map(|link| document_line(l10n, link))
            .collect(),
        correction_note: correction_note(l10n, entry),
        position: l10n.ui_with(
            if own {
                "journal-position-own"
            } else {
                "journal-position-restored"
            },
            Some(&args(&[("position", position.into())])),
        ),
        seal: seal(l10n, &entry.hash),
        check: chain_line(l10n, check).text,
        intact: check
            .first_broken
            .as_ref()
            .is_none_or(|broken| broken.position > entry.position),
        custody_reminder: None,
    }
}

// The form

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct EntryKindChoice {
    pub kind: EntryKind,
    pub label: String,
    pub selected: bool,
}

/// One free-text field of the form; a refusal names `field`, so the shell puts it under this one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JournalTextField {
    pub field: Field,
    pub label: String,
    pub value: String,
    /// A field for sentences rather than a name or a number.
    pub multiline: bool,
}

/// What can be said of a document; `action` none is "not involved".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ActionChoice {
    pub action: Option<DocumentAction>,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentChoice {
    pub document_id: String,
    pub label: String,
    pub action: Option<DocumentAction>,
}

/// The form for a new entry, or for a correction of one (filled in with what it says now).
/// Saved once, with `add_journal_entry` or `correct_journal_entry`; a refusal's field says where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JournalFormScreen {
    pub title: String,
    pub direction: Direction,
    pub note: String,
    /// The entry this form corrects.
    pub corrects: Option<String>,
    pub kind_label: String,
    pub kinds: Vec<EntryKindChoice>,
    /// When it happened (`Field::HappenedOn`): the user's local time now, for a new entry.
    pub when: FormField,
    pub texts: Vec<JournalTextField>,
    /// `Field::Documents`.
    pub documents_label: String,
    pub documents: Vec<DocumentChoice>,
    pub actions: Vec<ActionChoice>,
    /// `Field::ReturnBy`.
    pub return_by: FormField,
    /// Pages in the vault that go with the dealing (a protocol, a receipt).
    pub pages_label: String,
    pub pages: Vec<IncludeChoice>,
    /// Payments in the vault the dealing led to.
    pub payments_label: String,
    pub payments: Vec<IncludeChoice>,
    pub save_label: String,
}

/// What the form starts from: an entry to correct, the vault's documents, and the local time now.
pub struct FormParts<'a> {
    pub corrects: Option<&'a JournalEntry>,
    pub documents: &'a [(String, DocumentLink)],
    /// Every page, with the document it belongs to.
    pub pages: &'a [(Page, Document)],
    /// Every payment, with the document it was made for.
    pub payments: &'a [(Payment, Document)],
    pub local_now: NaiveDateTime,
}

pub fn form(l10n: &Localizer, parts: FormParts) -> JournalFormScreen {
    let from = parts.corrects;
    let value = |pick: fn(&JournalEntry) -> &String| from.map(pick).cloned().unwrap_or_default();
    let text = |field: Field, id: &str, value: String, multiline: bool| JournalTextField {
        field,
        label: l10n.ui(id),
        value,
        multiline,
    };
    let kind = from.map(|e| e.kind).unwrap_or(EntryKind::PoliceCheck);
    let action_of = |id: &str| {
        from.and_then(|e| e.documents.iter().find(|d| d.document_id == id))
            .map(|d| d.action)
    };
    let action_label = |action: Option<DocumentAction>| {
        l10n.ui(match action {
            None => "journal-action-none",
            Some(DocumentAction::Shown) => "journal-action-shown",
            Some(DocumentAction::Taken) => "journal-action-taken",
            Some(DocumentAction::Returned) => "journal-action-returned",
        })
    };
    let date_hint = l10n.ui("vault-date-hint");
    let linked = |ids: fn(&JournalEntry) -> &Vec<String>, id: &str| {
        from.is_some_and(|e| ids(e).iter().any(|linked| linked == id))
    };
    let pages = parts
        .pages
        .iter()
        .map(|(page, document)| IncludeChoice {
            id: page.id.clone(),
            label: l10n.ui_with(
                "casefile-page-choice",
                Some(&args(&[
                    ("document", document_title(l10n, document).into()),
                    ("page", i64::from(page.position).into()),
                ])),
            ),
            selected: linked(|e| &e.page_ids, &page.id),
        })
        .collect();
    let payments = parts
        .payments
        .iter()
        .map(|(payment, document)| IncludeChoice {
            id: payment.id.clone(),
            label: format!(
                "{}: {}",
                crate::labels::document_kind(l10n, document.kind),
                payment_text(l10n, payment)
            ),
            selected: linked(|e| &e.payment_ids, &payment.id),
        })
        .collect();
    JournalFormScreen {
        title: l10n.ui(if from.is_some() {
            "journal-correct-title"
        } else {
            "journal-add"
        }),
        direction: l10n.direction(),
        note: l10n.ui("journal-form-note"),
        corrects: from.map(|e| e.id.clone()),
        kind_label: l10n.ui("journal-field-kind"),
        kinds: EntryKind::ALL
            .into_iter()
            .map(|k| EntryKindChoice {
                kind: k,
                label: crate::labels::entry_kind(l10n, k),
                selected: k == kind,
            })
            .collect(),
        when: FormField {
            label: l10n.ui("field-happened-on"),
            value: from
                .map(|e| e.happened_at.replacen('T', " ", 1))
                .unwrap_or_else(|| parts.local_now.format("%Y-%m-%d %H:%M").to_string()),
            hint: Some(l10n.ui("journal-when-hint")),
            error: None,
        },
        texts: vec![
            text(Field::Place, "field-place", value(|e| &e.place), false),
            text(Field::Office, "field-office", value(|e| &e.office), false),
            text(
                Field::Official,
                "field-official",
                value(|e| &e.official),
                false,
            ),
            text(
                Field::Demanded,
                "field-demanded",
                value(|e| &e.demanded),
                true,
            ),
            text(
                Field::MoneyAsked,
                "field-money-asked",
                value(|e| &e.money_asked),
                false,
            ),
            text(Field::Said, "field-said", value(|e| &e.said), true),
            text(Field::Outcome, "field-outcome", value(|e| &e.outcome), true),
            text(
                Field::Witnesses,
                "field-witnesses",
                value(|e| &e.witnesses),
                false,
            ),
        ],
        documents_label: l10n.ui("field-documents"),
        documents: parts
            .documents
            .iter()
            .map(|(id, link)| DocumentChoice {
                document_id: id.clone(),
                label: document_name(l10n, link),
                action: action_of(id),
            })
            .collect(),
        actions: [
            None,
            Some(DocumentAction::Shown),
            Some(DocumentAction::Taken),
            Some(DocumentAction::Returned),
        ]
        .into_iter()
        .map(|action| ActionChoice {
            action,
            label: action_label(action),
        })
        .collect(),
        return_by: FormField {
            label: l10n.ui("field-return-by"),
            value: from
                .and_then(|e| e.promised_return.clone())
                .unwrap_or_default(),
            hint: Some(date_hint),
            error: None,
        },
        pages_label: l10n.ui("vault-pages-heading"),
        pages,
        payments_label: l10n.ui("vault-payments-heading"),
        payments,
        save_label: l10n.ui("journal-save"),
    }
}
