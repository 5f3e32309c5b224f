//! The encounter journal's types: what a user records about one dealing with officials, and an
//! entry as stored, with its place in its chain.
use serde::{Deserialize, Serialize};

/// What kind of dealing an entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum EntryKind {
    PoliceCheck,
    MigrationOfficeVisit,
    FineOrProtocol,
    DocumentTaken,
    DocumentReturned,
    BribeAsked,
    Detention,
    Other,
}

impl EntryKind {
    pub const ALL: [EntryKind; 8] = [
        EntryKind::PoliceCheck,
        EntryKind::MigrationOfficeVisit,
        EntryKind::FineOrProtocol,
        EntryKind::DocumentTaken,
        EntryKind::DocumentReturned,
        EntryKind::BribeAsked,
        EntryKind::Detention,
        EntryKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::PoliceCheck => "police_check",
            EntryKind::MigrationOfficeVisit => "migration_office_visit",
            EntryKind::FineOrProtocol => "fine_or_protocol",
            EntryKind::DocumentTaken => "document_taken",
            EntryKind::DocumentReturned => "document_returned",
            EntryKind::BribeAsked => "bribe_asked",
            EntryKind::Detention => "detention",
            EntryKind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<EntryKind> {
        EntryKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
    }
}

/// What happened to a document during the dealing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DocumentAction {
    Shown,
    Taken,
    Returned,
}

impl DocumentAction {
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentAction::Shown => "shown",
            DocumentAction::Taken => "taken",
            DocumentAction::Returned => "returned",
        }
    }

    pub fn parse(text: &str) -> Option<DocumentAction> {
        [
            DocumentAction::Shown,
            DocumentAction::Taken,
            DocumentAction::Returned,
        ]
        .into_iter()
        .find(|action| action.as_str() == text)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentLinkInput {
    pub document_id: String,
    pub action: DocumentAction,
}

/// What the user records. Every text is as the user wrote it (an official's name or badge number
/// exactly as read); empty when not known.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JournalEntryInput {
    /// Whose dealing it was; none for the phone's owner (the default holder).
    pub person_id: Option<String>,
    pub kind: EntryKind,
    /// When it happened, as the user tells it, in local time: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    pub happened_at: String,
    pub place: String,
    /// The office or unit.
    pub office: String,
    /// The official's name, rank or badge, as the user wrote them.
    pub official: String,
    /// What was asked or demanded.
    pub demanded: String,
    pub documents: Vec<DocumentLinkInput>,
    /// Money asked for, as written ("5,000 tenge").
    pub money_asked: String,
    /// Payments in the vault that this dealing led to.
    pub payment_ids: Vec<String>,
    /// What was said.
    pub said: String,
    pub outcome: String,
    pub witnesses: String,
    /// Pages in the vault (a photo of a protocol, a receipt) that belong to the dealing.
    pub page_ids: Vec<String>,
    /// For a document taken: the date the office promised to return it, `YYYY-MM-DD`.
    pub promised_return: Option<String>,
}

/// A document named in an entry, with what the vault called it when the entry was written: the
/// entry still says which document it was after the document is deleted.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentLink {
    pub document_id: String,
    pub action: DocumentAction,
    /// The document's kind (`DocumentKind::as_str`) when the entry was written.
    pub kind: String,
    /// Its number when the entry was written.
    pub number: String,
}

/// An entry as stored: its content, and where it sits in its chain.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JournalEntry {
    pub id: String,
    /// The journal it belongs to: this vault's own, or one a restored backup brought.
    pub chain: String,
    pub position: u64,
    /// SHA-256 of the entry chained to the previous one, lowercase hex.
    pub hash: String,
    pub person_id: String,
    pub kind: EntryKind,
    pub happened_at: String,
    /// When the entry was written, by the phone's clock (RFC 3339, UTC): not proof of the time.
    pub captured_at: String,
    pub place: String,
    pub office: String,
    pub official: String,
    pub demanded: String,
    pub documents: Vec<DocumentLink>,
    pub money_asked: String,
    pub payment_ids: Vec<String>,
    pub said: String,
    pub outcome: String,
    pub witnesses: String,
    pub page_ids: Vec<String>,
    pub promised_return: Option<String>,
    /// The entry this one corrects; both stay in the journal.
    pub corrects: Option<String>,
    /// The latest entry that corrects this one, if any.
    pub corrected_by: Option<String>,
}

/// What `verify` found in one chain.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChainCheck {
    pub chain: String,
    /// This vault's own journal (not one a backup brought).
    pub own: bool,
    pub entries: u64,
    /// The last entry's hash: what a lawyer compares with the case file.
    pub head: String,
    /// The first entry that does not match its hash or its place in the chain; none when the
    /// whole chain holds.
    pub first_broken: Option<BrokenEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BrokenEntry {
    pub position: u64,
    pub entry_id: String,
}

/// A document an office took and, if it came back, when: made from the journal's entries.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Custody {
    pub document: DocumentLink,
    pub taken_entry: String,
    pub taken_at: String,
    pub office: String,
    pub place: String,
    pub promised_return: Option<String>,
    pub returned_entry: Option<String>,
    pub returned_at: Option<String>,
}
