//! The words for the core's enums, in one place: each variant names its Fluent id literally (never
//! built from strings), so the content check can prove every one exists and a shell never needs
//! to know an id.
use crate::content::procedure::EventKind;
use crate::journal::EntryKind;
use crate::l10n::{Localizer, args};
use crate::vault::model::{DocumentKind, Relation};

pub fn document_kind(l10n: &Localizer, kind: DocumentKind) -> String {
    l10n.ui(match kind {
        DocumentKind::Passport => "vault-kind-passport",
        DocumentKind::ResidencePermit => "vault-kind-residence-permit",
        DocumentKind::ResidenceCard => "vault-kind-residence-card",
        DocumentKind::Visa => "vault-kind-visa",
        DocumentKind::Registration => "vault-kind-registration",
        DocumentKind::WorkPermit => "vault-kind-work-permit",
        DocumentKind::Patent => "vault-kind-patent",
        DocumentKind::FineOrDecision => "vault-kind-fine-or-decision",
        DocumentKind::Receipt => "vault-kind-receipt",
        DocumentKind::CourtPaper => "vault-kind-court-paper",
        DocumentKind::Other => "vault-kind-other",
    })
}

pub fn relation(l10n: &Localizer, relation: Relation) -> String {
    l10n.ui(match relation {
        Relation::Myself => "vault-relation-myself",
        Relation::Spouse => "vault-relation-spouse",
        Relation::Child => "vault-relation-child",
        Relation::Parent => "vault-relation-parent",
        Relation::Relative => "vault-relation-relative",
        Relation::Other => "vault-relation-other",
    })
}

/// "I moved to a new address": what the user records.
pub fn event_kind(l10n: &Localizer, kind: EventKind) -> String {
    l10n.ui(match kind {
        EventKind::Moved => "event-kind-moved",
        EventKind::DecisionReceived => "event-kind-decision-received",
        EventKind::PassportHandedOver => "event-kind-passport-handed-over",
        EventKind::EnteredCountry => "event-kind-entered-country",
        EventKind::LeftCountry => "event-kind-left-country",
        EventKind::JobChanged => "event-kind-job-changed",
    })
}

/// How a person appears in a list: their name, with the relation unless it is the phone's owner
/// (the name isolated, so a right-to-left name keeps its place in a left-to-right line).
pub fn person(l10n: &Localizer, name: &str, relation: Relation) -> String {
    if relation == Relation::Myself {
        return name.to_owned();
    }
    let relation = self::relation(l10n, relation);
    l10n.ui_with(
        "vault-person-with-relation",
        Some(&args(&[
            ("name", name.into()),
            ("relation", relation.into()),
        ])),
    )
}

/// "Police check": what kind of dealing a journal entry records.
pub fn entry_kind(l10n: &Localizer, kind: EntryKind) -> String {
    l10n.ui(match kind {
        EntryKind::PoliceCheck => "journal-kind-police-check",
        EntryKind::MigrationOfficeVisit => "journal-kind-migration-office-visit",
        EntryKind::FineOrProtocol => "journal-kind-fine-or-protocol",
        EntryKind::DocumentTaken => "journal-kind-document-taken",
        EntryKind::DocumentReturned => "journal-kind-document-returned",
        EntryKind::BribeAsked => "journal-kind-bribe-asked",
        EntryKind::Detention => "journal-kind-detention",
        EntryKind::Other => "journal-kind-other",
    })
}
