//! What the vault holds: people, their documents, the pages (photos) of each document, and the
//! payments made for a document (the fine someone paid and can prove).
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Field, Problem, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Relation {
    /// The phone's owner.
    Myself,
    Spouse,
    Child,
    Parent,
    Relative,
    Other,
}

impl Relation {
    pub const ALL: [Relation; 6] = [
        Relation::Myself,
        Relation::Spouse,
        Relation::Child,
        Relation::Parent,
        Relation::Relative,
        Relation::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Myself => "self",
            Relation::Spouse => "spouse",
            Relation::Child => "child",
            Relation::Parent => "parent",
            Relation::Relative => "relative",
            Relation::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Relation> {
        Relation::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DocumentKind {
    Passport,
    ResidencePermit,
    ResidenceCard,
    Visa,
    Registration,
    WorkPermit,
    Patent,
    FineOrDecision,
    Receipt,
    CourtPaper,
    Other,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 11] = [
        DocumentKind::Passport,
        DocumentKind::ResidencePermit,
        DocumentKind::ResidenceCard,
        DocumentKind::Visa,
        DocumentKind::Registration,
        DocumentKind::WorkPermit,
        DocumentKind::Patent,
        DocumentKind::FineOrDecision,
        DocumentKind::Receipt,
        DocumentKind::CourtPaper,
        DocumentKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Passport => "passport",
            DocumentKind::ResidencePermit => "residence_permit",
            DocumentKind::ResidenceCard => "residence_card",
            DocumentKind::Visa => "visa",
            DocumentKind::Registration => "registration",
            DocumentKind::WorkPermit => "work_permit",
            DocumentKind::Patent => "patent",
            DocumentKind::FineOrDecision => "fine_or_decision",
            DocumentKind::Receipt => "receipt",
            DocumentKind::CourtPaper => "court_paper",
            DocumentKind::Other => "other",
        }
    }

    /// Accepts `residence_card` and `residence-card`.
    pub fn parse(text: &str) -> Option<DocumentKind> {
        let text = text.trim().replace('-', "_");
        DocumentKind::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Person {
    pub id: String,
    pub name: String,
    pub relation: Relation,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PersonInput {
    pub name: String,
    pub relation: Relation,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Document {
    pub id: String,
    pub person_id: String,
    pub kind: DocumentKind,
    pub number: String,
    pub authority: String,
    /// ISO dates, `YYYY-MM-DD`.
    pub issued_on: Option<String>,
    pub expires_on: Option<String>,
    pub notes: String,
    pub page_count: u32,
    pub created_at: String,
    pub updated_at: String,
}

/// What a user types for a document. Dates are ISO `YYYY-MM-DD`; empty strings count as absent.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentInput {
    pub person_id: String,
    pub kind: Option<DocumentKind>,
    pub number: String,
    pub authority: String,
    pub issued_on: Option<String>,
    pub expires_on: Option<String>,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentFilter {
    pub person_id: Option<String>,
    pub kind: Option<DocumentKind>,
}

/// A photographed page of a document. The image itself is read with `Vault::page_jpeg`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Page {
    pub id: String,
    pub document_id: String,
    /// 1 for the first page.
    pub position: u32,
    pub width: u32,
    pub height: u32,
    /// SHA-256 of the file as it came from the camera, kept as evidence of the original.
    pub original_sha256: String,
    pub original_bytes: u64,
    pub captured_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Payment {
    pub id: String,
    pub document_id: String,
    /// In the currency's minor unit (tiyn for KZT), so no amount is ever rounded.
    pub amount_minor: i64,
    pub currency: String,
    pub paid_on: String,
    pub payee: String,
    pub reference: String,
    pub receipt_page_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PaymentInput {
    pub document_id: String,
    pub amount_minor: i64,
    pub currency: String,
    pub paid_on: String,
    pub payee: String,
    pub reference: String,
    pub receipt_page_id: Option<String>,
}

/// Parses an ISO date as typed by a person; `2027-02-30` is refused, not "corrected".
pub fn parse_date(field: Field, text: &str) -> Result<NaiveDate> {
    let text = text.trim();
    let bad = || Error::Invalid {
        field,
        problem: Problem::BadDate,
    };
    // Exactly YYYY-MM-DD: chrono alone would read "27-01-01" as the year 27.
    let shape_ok = text.len() == 10
        && text.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape_ok {
        return Err(bad());
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| bad())
}

/// An optional date: absent or blank is `None`, anything else must be a real date.
pub fn optional_date(field: Field, text: &Option<String>) -> Result<Option<NaiveDate>> {
    match text.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) => parse_date(field, text).map(Some),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_relations_round_trip() {
        for kind in DocumentKind::ALL {
            assert_eq!(DocumentKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(
            DocumentKind::parse("residence-card"),
            Some(DocumentKind::ResidenceCard)
        );
        assert_eq!(DocumentKind::parse("driving_licence"), None);
        for relation in Relation::ALL {
            assert_eq!(Relation::parse(relation.as_str()), Some(relation));
        }
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert!(parse_date(Field::ExpiresOn, "2027-02-28").is_ok());
        for bad in ["2027-02-30", "2027-13-01", "27-01-01", "tomorrow", ""] {
            assert!(
                matches!(
                    parse_date(Field::ExpiresOn, bad),
                    Err(Error::Invalid {
                        field: Field::ExpiresOn,
                        problem: Problem::BadDate
                    })
                ),
                "{bad}"
            );
        }
        assert_eq!(
            optional_date(Field::IssuedOn, &Some("  ".into())).unwrap(),
            None
        );
    }
}
