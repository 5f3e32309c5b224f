//! One document: its fields, pages, payments and the deadlines it drives.
use chrono::NaiveDate;
use fluent_bundle::FluentValue;

use crate::l10n::{Localizer, args};
use crate::labels;
use crate::reminders::model::DeadlineItem;
use crate::screens::model::{DocumentScreen, LabelledText, PageItem, PaymentItem};
use crate::screens::{expiry, vault_list};
use crate::vault::model::{Document, Page, Payment, Person};

pub struct DocumentParts<'a> {
    pub document: &'a Document,
    pub holder: Option<&'a Person>,
    pub pages: &'a [Page],
    pub payments: &'a [Payment],
    pub deadlines: Vec<DeadlineItem>,
    pub today: NaiveDate,
}

pub fn build(l10n: &Localizer, parts: DocumentParts) -> DocumentScreen {
    let document = parts.document;
    let state = expiry::state(document.expires_on.as_deref(), parts.today);
    let mut fields = Vec::new();
    let mut field = |label: &str, value: String| {
        if !value.trim().is_empty() {
            fields.push(LabelledText {
                label: l10n.ui(label),
                value,
            });
        }
    };
    field(
        "field-holder",
        parts
            .holder
            .map(|p| vault_list::holder_label(l10n, p))
            .unwrap_or_default(),
    );
    field("field-number", document.number.clone());
    field("vault-authority", document.authority.clone());
    field(
        "field-issued-on",
        document
            .issued_on
            .as_deref()
            .map(|d| date(l10n, d))
            .unwrap_or_default(),
    );
    field(
        "field-expires-on",
        expiry::text(l10n, state, document.expires_on.as_deref()),
    );
    field("vault-notes", document.notes.clone());
    DocumentScreen {
        document_id: document.id.clone(),
        kind: document.kind,
        title: labels::document_kind(l10n, document.kind),
        expiry: state,
        fields,
        pages_heading: l10n.ui("vault-pages-heading"),
        pages: pages(l10n, parts.pages),
        no_pages_text: parts.pages.is_empty().then(|| l10n.ui("vault-pages-none")),
        payments_heading: l10n.ui("vault-payments-heading"),
        payments: parts.payments.iter().map(|p| payment(l10n, p)).collect(),
        deadlines_heading: l10n.ui("vault-deadlines-heading"),
        deadlines: parts.deadlines,
        edit_label: l10n.ui("vault-document-edit"),
        delete_label: l10n.ui("vault-document-delete"),
        delete_confirm: l10n.ui("vault-document-delete-confirm"),
        direction: l10n.direction(),
    }
}

pub fn pages(l10n: &Localizer, pages: &[Page]) -> Vec<PageItem> {
    pages
        .iter()
        .map(|page| PageItem {
            page_id: page.id.clone(),
            label: l10n.ui_with(
                "vault-page-number",
                Some(&args(&[("number", page.position.into())])),
            ),
        })
        .collect()
}

/// A date in the user's language ("28 February 2027").
pub fn date(l10n: &Localizer, iso: &str) -> String {
    l10n.ui_with("vault-date", Some(&args(&[("date", iso.into())])))
}

fn payment(l10n: &Localizer, payment: &Payment) -> PaymentItem {
    PaymentItem {
        payment_id: payment.id.clone(),
        text: payment_text(l10n, payment),
        receipt_page_id: payment.receipt_page_id.clone(),
    }
}

/// "43,250.00 KZT · 12 November 2026 · reference": a payment in one line.
pub fn payment_text(l10n: &Localizer, payment: &Payment) -> String {
    // Minor units to the major unit with two decimals: 4325000 tiyn is 43,250.00 KZT.
    let major = payment.amount_minor as f64 / 100.0;
    l10n.ui_with(
        "vault-payment",
        Some(&args(&[
            ("amount", FluentValue::from(major)),
            ("currency", payment.currency.as_str().into()),
            ("date", payment.paid_on.as_str().into()),
            ("reference", payment.reference.as_str().into()),
        ])),
    )
}
