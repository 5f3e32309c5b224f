//! The vault's list: a section per person who holds documents, each document with its expiry
//! state today and its pages.
use chrono::NaiveDate;

use crate::journal::Custody;
use crate::l10n::Localizer;
use crate::labels;
use crate::screens::expiry;
use crate::screens::model::{DocumentRow, VaultListScreen, VaultSection};
use crate::vault::model::{Document, Person, Relation};

pub fn build(
    l10n: &Localizer,
    people: &[Person],
    documents: &[Document],
    custody: &[Custody],
    today: NaiveDate,
    has_pin: bool,
) -> VaultListScreen {
    // The phone's owner first, then everyone as they were added.
    let mut ordered: Vec<&Person> = people.iter().collect();
    ordered.sort_by_key(|p| p.relation != Relation::Myself);
    let sections: Vec<VaultSection> = ordered
        .into_iter()
        .filter_map(|person| {
            let rows: Vec<DocumentRow> = documents
                .iter()
                .filter(|d| d.person_id == person.id)
                .map(|d| row(l10n, d, custody, today))
                .collect();
            (!rows.is_empty()).then(|| VaultSection {
                person_id: person.id.clone(),
                heading: person.name.clone(),
                rows,
            })
        })
        .collect();
    VaultListScreen {
        title: l10n.ui("vault-title"),
        empty_text: sections.is_empty().then(|| l10n.ui("vault-empty")),
        sections,
        add_label: l10n.ui("vault-add-document"),
        lock_label: has_pin.then(|| l10n.ui("vault-lock")),
        direction: l10n.direction(),
    }
}

/// "Residence card · N 0001": the kind, and the number when there is one.
pub fn title(l10n: &Localizer, document: &Document) -> String {
    let kind = labels::document_kind(l10n, document.kind);
    if document.number.trim().is_empty() {
        kind
    } else {
        l10n.ui_with(
            "vault-document-title",
            Some(&crate::l10n::args(&[
                ("kind", kind.into()),
                ("number", document.number.as_str().into()),
            ])),
        )
    }
}

pub fn pages_text(l10n: &Localizer, count: u32) -> String {
    l10n.ui_with(
        "vault-pages",
        Some(&crate::l10n::args(&[("count", count.into())])),
    )
}

fn row(
    l10n: &Localizer,
    document: &Document,
    custody: &[Custody],
    today: NaiveDate,
) -> DocumentRow {
    let state = expiry::state(document.expires_on.as_deref(), today);
    let expiry_text = expiry::text(l10n, state, document.expires_on.as_deref());
    let pages_text = pages_text(l10n, document.page_count);
    DocumentRow {
        document_id: document.id.clone(),
        kind: document.kind,
        title: title(l10n, document),
        expiry: state,
        subtitle: l10n.ui_with(
            "vault-row-subtitle",
            Some(&crate::l10n::args(&[
                ("expiry", expiry_text.as_str().into()),
                ("pages", pages_text.as_str().into()),
            ])),
        ),
        expiry_text,
        page_count: document.page_count,
        pages_text,
        held: custody
            .iter()
            .rfind(|c| c.document.document_id == document.id && c.returned_entry.is_none())
            .map(|c| crate::screens::journal::taken_text(l10n, c)),
    }
}

/// The label of a person in a choice of holders: the name, with the relation for others.
pub fn holder_label(l10n: &Localizer, person: &Person) -> String {
    labels::person(l10n, &person.name, person.relation)
}
