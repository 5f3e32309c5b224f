//! The document form: what to show in each field, and which of the typed values can be saved.
//! A refused date keeps what the user typed on screen with its own error, while every other field
//! is saved: nothing typed is lost, and nothing invalid reaches the vault.
use crate::error::{Error, Field, Problem};
use crate::l10n::Localizer;
use crate::labels;
use crate::screens::document;
use crate::screens::model::{
    DocumentForm, DocumentFormInput, FormField, KindChoice, KindPicker, PersonChoice, PersonForm,
    RelationChoice,
};
use crate::screens::vault_list;
use crate::vault::model::{
    Document, DocumentInput, DocumentKind, Page, Person, Relation, optional_date,
};

/// Each field's own error, localized.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FieldErrors {
    pub issued_on: Option<String>,
    pub expires_on: Option<String>,
    pub other: Option<String>,
}

/// What can be saved from `typed`, given the document as last saved: refused dates fall back to
/// the saved ones. The errors say which field was refused and why.
pub fn savable(
    l10n: &Localizer,
    typed: &DocumentFormInput,
    saved: &Document,
) -> (DocumentInput, FieldErrors) {
    let mut errors = FieldErrors::default();
    let date = |field: Field, text: &str, saved: &Option<String>, error: &mut Option<String>| {
        match optional_date(field, &Some(text.to_owned())) {
            Ok(date) => date.map(|d| d.format("%Y-%m-%d").to_string()),
            Err(refused) => {
                *error = Some(crate::error::error_text(l10n, &refused));
                saved.clone()
            }
        }
    };
    let issued_on = date(
        Field::IssuedOn,
        &typed.issued_on,
        &saved.issued_on,
        &mut errors.issued_on,
    );
    let mut expires_on = date(
        Field::ExpiresOn,
        &typed.expires_on,
        &saved.expires_on,
        &mut errors.expires_on,
    );
    // Both dates readable but in the wrong order: the expiry is the one that waits.
    if let (Some(issued), Some(expires)) = (&issued_on, &expires_on)
        && expires < issued
    {
        errors.expires_on = Some(crate::error::error_text(
            l10n,
            &Error::Invalid {
                field: Field::ExpiresOn,
                problem: Problem::ExpiryBeforeIssue,
            },
        ));
        expires_on = saved.expires_on.clone().filter(|saved| saved >= issued);
    }
    let input = DocumentInput {
        person_id: typed.person_id.clone(),
        kind: typed.kind.or(Some(saved.kind)),
        number: typed.number.clone(),
        authority: typed.authority.clone(),
        issued_on,
        expires_on,
        notes: typed.notes.clone(),
    };
    (input, errors)
}

/// Whether saving `input` would change nothing (the vault trims numbers and issuers).
pub fn unchanged(input: &DocumentInput, saved: &Document) -> bool {
    input.person_id == saved.person_id
        && input.kind == Some(saved.kind)
        && input.number.trim() == saved.number
        && input.authority.trim() == saved.authority
        && input.issued_on == saved.issued_on
        && input.expires_on == saved.expires_on
        && input.notes == saved.notes
}

pub struct FormParts<'a> {
    pub document: &'a Document,
    pub people: &'a [Person],
    pub pages: &'a [Page],
    /// What the user typed; the saved document's values when None.
    pub typed: Option<&'a DocumentFormInput>,
    pub errors: FieldErrors,
    pub changed: bool,
}

pub fn build(l10n: &Localizer, parts: FormParts) -> DocumentForm {
    let saved = parts.document;
    let shown = parts.typed.cloned().unwrap_or_else(|| typed_from(saved));
    let text = |label: &str, value: &str| FormField {
        label: l10n.ui(label),
        value: value.to_owned(),
        hint: None,
        error: None,
    };
    let date = |label: &str, value: &str, error: Option<String>| FormField {
        label: l10n.ui(label),
        value: value.to_owned(),
        hint: Some(l10n.ui("vault-date-hint")),
        error,
    };
    DocumentForm {
        document_id: saved.id.clone(),
        title: labels::document_kind(l10n, saved.kind),
        autosave_note: l10n.ui("vault-form-autosave"),
        kind_label: l10n.ui("field-kind"),
        kinds: kinds(l10n, Some(shown.kind.unwrap_or(saved.kind))),
        holder_label: l10n.ui("field-holder"),
        holders: holders(l10n, parts.people, &shown.person_id),
        add_person_label: l10n.ui("vault-person-add"),
        number: text("field-number", &shown.number),
        authority: text("vault-authority", &shown.authority),
        issued_on: date("field-issued-on", &shown.issued_on, parts.errors.issued_on),
        expires_on: date(
            "field-expires-on",
            &shown.expires_on,
            parts.errors.expires_on,
        ),
        notes: text("vault-notes", &shown.notes),
        error: parts.errors.other,
        changed: parts.changed,
        pages_heading: l10n.ui("vault-pages-heading"),
        pages: document::pages(l10n, parts.pages),
        direction: l10n.direction(),
    }
}

fn typed_from(saved: &Document) -> DocumentFormInput {
    DocumentFormInput {
        person_id: saved.person_id.clone(),
        kind: Some(saved.kind),
        number: saved.number.clone(),
        authority: saved.authority.clone(),
        issued_on: saved.issued_on.clone().unwrap_or_default(),
        expires_on: saved.expires_on.clone().unwrap_or_default(),
        notes: saved.notes.clone(),
    }
}

/// Every kind, in the vault's order, with `selected` marked.
pub fn kinds(l10n: &Localizer, selected: Option<DocumentKind>) -> Vec<KindChoice> {
    DocumentKind::ALL
        .into_iter()
        .map(|kind| KindChoice {
            kind,
            label: labels::document_kind(l10n, kind),
            selected: Some(kind) == selected,
        })
        .collect()
}

/// The people a document can belong to: the phone's owner first.
pub fn holders(l10n: &Localizer, people: &[Person], selected: &str) -> Vec<PersonChoice> {
    let mut ordered: Vec<&Person> = people.iter().collect();
    ordered.sort_by_key(|p| p.relation != Relation::Myself);
    ordered
        .into_iter()
        .map(|person| PersonChoice {
            person_id: person.id.clone(),
            label: vault_list::holder_label(l10n, person),
            selected: person.id == selected,
        })
        .collect()
}

pub fn kind_picker(l10n: &Localizer) -> KindPicker {
    KindPicker {
        title: l10n.ui("vault-kind-choose"),
        kinds: kinds(l10n, None),
        direction: l10n.direction(),
    }
}

pub fn person_form(l10n: &Localizer) -> PersonForm {
    PersonForm {
        title: l10n.ui("vault-person-add"),
        name_label: l10n.ui("field-name"),
        relation_label: l10n.ui("vault-person-relation"),
        relations: Relation::ALL
            .into_iter()
            .filter(|r| *r != Relation::Myself)
            .map(|relation| RelationChoice {
                relation,
                label: labels::relation(l10n, relation),
                selected: relation == Relation::Other,
            })
            .collect(),
        direction: l10n.direction(),
    }
}
