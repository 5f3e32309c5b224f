//! The manifest: the backup's table of contents (docs/BACKUP.md), its types, its parsing, and the
//! checks a manifest from anywhere must pass before anything of it is restored.
use std::collections::HashSet;

use chrono::DateTime;
use serde::{Deserialize, Serialize};

use super::{inconsistent, not_huquq};
use crate::content::procedure::EventKind;
use crate::error::{Error, Field, Result};
use crate::journal::chain;
use crate::vault::model::{DocumentKind, Page, Relation, optional_date, parse_date};
use crate::vault::rows::{
    DeadlineChoiceRow, DocumentRow, EventRow, JournalRow, PageWithImages, PaymentRow, PersonRow,
};

/// The value of the manifest's `format` field.
pub const BACKUP_FORMAT: &str = "huquq-backup";
/// The manifest's `version`; a reader refuses any other.
pub const BACKUP_VERSION: u32 = 1;

/// The photo ingest keeps images far below this; anything larger is not a Huquq page.
const MAX_IMAGE_BYTES: u64 = 64 * 1024 * 1024;
const MAX_ID_CHARS: usize = 64;

pub(super) const JPEG_START: [u8; 3] = [0xFF, 0xD8, 0xFF];

// The manifest. Field names are the documented format: renaming one is a new version.

#[derive(Debug, Serialize, Deserialize)]
pub(super) struct Manifest {
    pub(super) format: String,
    pub(super) version: u32,
    pub(super) people: Vec<PersonEntry>,
    pub(super) documents: Vec<DocumentEntry>,
    pub(super) pages: Vec<PageEntry>,
    pub(super) payments: Vec<PaymentEntry>,
    /// Events a person recorded for reminders (since schema 3; absent in older backups).
    #[serde(default)]
    pub(super) events: Vec<EventEntry>,
    /// Reminder choices per deadline: days before, done, snoozed.
    #[serde(default)]
    pub(super) deadline_choices: Vec<ChoiceEntry>,
    /// The encounter journal's entries, every chain, each in position order (since schema 4).
    #[serde(default)]
    pub(super) journal: Vec<JournalEntryRecord>,
}

/// A journal entry exactly as stored: restored byte for byte, so its hashes still hold.
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct JournalEntryRecord {
    pub(super) id: String,
    pub(super) chain: String,
    pub(super) position: i64,
    pub(super) body: String,
    pub(super) previous_hash: String,
    pub(super) hash: String,
}

impl From<JournalRow> for JournalEntryRecord {
    fn from(row: JournalRow) -> Self {
        JournalEntryRecord {
            id: row.id,
            chain: row.chain,
            position: row.position,
            body: row.body,
            previous_hash: row.previous_hash,
            hash: row.hash,
        }
    }
}

impl From<&JournalEntryRecord> for JournalRow {
    fn from(entry: &JournalEntryRecord) -> Self {
        JournalRow {
            id: entry.id.clone(),
            chain: entry.chain.clone(),
            position: entry.position,
            body: entry.body.clone(),
            previous_hash: entry.previous_hash.clone(),
            hash: entry.hash.clone(),
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub(super) struct PersonEntry {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) relation: String,
    pub(super) created_at: String,
    pub(super) updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub(super) struct DocumentEntry {
    pub(super) id: String,
    pub(super) person_id: String,
    pub(super) kind: String,
    pub(super) number: String,
    pub(super) authority: String,
    pub(super) issued_on: Option<String>,
    pub(super) expires_on: Option<String>,
    pub(super) notes: String,
    pub(super) created_at: String,
    pub(super) updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub(super) struct PageEntry {
    pub(super) id: String,
    pub(super) document_id: String,
    /// 1 for the first page.
    pub(super) position: u32,
    pub(super) width: u32,
    pub(super) height: u32,
    pub(super) original_sha256: String,
    pub(super) original_bytes: u64,
    pub(super) captured_at: String,
    /// Relative to `huquq-backup/`: `pages/<id>.jpg`.
    pub(super) image: String,
    pub(super) image_bytes: u64,
    /// Relative to `huquq-backup/`: `thumbnails/<id>.jpg`.
    pub(super) thumbnail: String,
    pub(super) thumbnail_bytes: u64,
}

#[derive(Debug, Serialize, Deserialize)]
pub(super) struct PaymentEntry {
    pub(super) id: String,
    pub(super) document_id: String,
    pub(super) amount_minor: i64,
    pub(super) currency: String,
    pub(super) paid_on: String,
    pub(super) payee: String,
    pub(super) reference: String,
    pub(super) receipt_page_id: Option<String>,
    pub(super) created_at: String,
    pub(super) updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub(super) struct EventEntry {
    pub(super) id: String,
    pub(super) person_id: String,
    pub(super) procedure_id: String,
    pub(super) kind: String,
    pub(super) happened_on: String,
    pub(super) created_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub(super) struct ChoiceEntry {
    pub(super) deadline_id: String,
    /// JSON array of days before the deadline, or absent for the settings' days.
    pub(super) offsets: Option<Vec<u32>>,
    pub(super) done_for: Option<String>,
    pub(super) snoozed_until: Option<String>,
    pub(super) snoozed_for: Option<String>,
    pub(super) updated_at: String,
}

// Between the entries and the vault's rows (vault/rows.rs), field for column. The entries are kept
// apart from the rows so that the file's format changes only when this file says so.

impl From<PersonRow> for PersonEntry {
    fn from(row: PersonRow) -> Self {
        PersonEntry {
            id: row.id,
            name: row.name,
            relation: row.relation,
            created_at: row.created_at,
            updated_at: row.updated_at,
        }
    }
}

impl From<&PersonEntry> for PersonRow {
    fn from(entry: &PersonEntry) -> Self {
        PersonRow {
            id: entry.id.clone(),
            name: entry.name.clone(),
            relation: entry.relation.clone(),
            created_at: entry.created_at.clone(),
            updated_at: entry.updated_at.clone(),
        }
    }
}

impl From<DocumentRow> for DocumentEntry {
    fn from(row: DocumentRow) -> Self {
        DocumentEntry {
            id: row.id,
            person_id: row.person_id,
            kind: row.kind,
            number: row.number,
            authority: row.authority,
            issued_on: row.issued_on,
            expires_on: row.expires_on,
            notes: row.notes,
            created_at: row.created_at,
            updated_at: row.updated_at,
        }
    }
}

impl From<&DocumentEntry> for DocumentRow {
    fn from(entry: &DocumentEntry) -> Self {
        DocumentRow {
            id: entry.id.clone(),
            person_id: entry.person_id.clone(),
            kind: entry.kind.clone(),
            number: entry.number.clone(),
            authority: entry.authority.clone(),
            issued_on: entry.issued_on.clone(),
            expires_on: entry.expires_on.clone(),
            notes: entry.notes.clone(),
            created_at: entry.created_at.clone(),
            updated_at: entry.updated_at.clone(),
        }
    }
}

impl From<PageWithImages> for PageEntry {
    fn from(stored: PageWithImages) -> Self {
        let page = stored.page;
        PageEntry {
            image: format!("pages/{}.jpg", page.id),
            thumbnail: format!("thumbnails/{}.jpg", page.id),
            image_bytes: stored.image_bytes,
            thumbnail_bytes: stored.thumbnail_bytes,
            id: page.id,
            document_id: page.document_id,
            position: page.position,
            width: page.width,
            height: page.height,
            original_sha256: page.original_sha256,
            original_bytes: page.original_bytes,
            captured_at: page.captured_at,
        }
    }
}

impl From<&PageEntry> for Page {
    fn from(entry: &PageEntry) -> Self {
        Page {
            id: entry.id.clone(),
            document_id: entry.document_id.clone(),
            position: entry.position,
            width: entry.width,
            height: entry.height,
            original_sha256: entry.original_sha256.clone(),
            original_bytes: entry.original_bytes,
            captured_at: entry.captured_at.clone(),
        }
    }
}

impl From<PaymentRow> for PaymentEntry {
    fn from(row: PaymentRow) -> Self {
        PaymentEntry {
            id: row.id,
            document_id: row.document_id,
            amount_minor: row.amount_minor,
            currency: row.currency,
            paid_on: row.paid_on,
            payee: row.payee,
            reference: row.reference,
            receipt_page_id: row.receipt_page_id,
            created_at: row.created_at,
            updated_at: row.updated_at,
        }
    }
}

impl From<&PaymentEntry> for PaymentRow {
    fn from(entry: &PaymentEntry) -> Self {
        PaymentRow {
            id: entry.id.clone(),
            document_id: entry.document_id.clone(),
            amount_minor: entry.amount_minor,
            currency: entry.currency.clone(),
            paid_on: entry.paid_on.clone(),
            payee: entry.payee.clone(),
            reference: entry.reference.clone(),
            receipt_page_id: entry.receipt_page_id.clone(),
            created_at: entry.created_at.clone(),
            updated_at: entry.updated_at.clone(),
        }
    }
}

impl From<EventRow> for EventEntry {
    fn from(row: EventRow) -> Self {
        EventEntry {
            id: row.id,
            person_id: row.person_id,
            procedure_id: row.procedure_id,
            kind: row.kind,
            happened_on: row.happened_on,
            created_at: row.created_at,
        }
    }
}

impl From<&EventEntry> for EventRow {
    fn from(entry: &EventEntry) -> Self {
        EventRow {
            id: entry.id.clone(),
            person_id: entry.person_id.clone(),
            procedure_id: entry.procedure_id.clone(),
            kind: entry.kind.clone(),
            happened_on: entry.happened_on.clone(),
            created_at: entry.created_at.clone(),
        }
    }
}

impl From<DeadlineChoiceRow> for ChoiceEntry {
    fn from(row: DeadlineChoiceRow) -> Self {
        ChoiceEntry {
            deadline_id: row.deadline_id,
            offsets: row.offsets,
            done_for: row.done_for,
            snoozed_until: row.snoozed_until,
            snoozed_for: row.snoozed_for,
            updated_at: row.updated_at,
        }
    }
}

impl From<&ChoiceEntry> for DeadlineChoiceRow {
    fn from(entry: &ChoiceEntry) -> Self {
        DeadlineChoiceRow {
            deadline_id: entry.deadline_id.clone(),
            offsets: entry.offsets.clone(),
            done_for: entry.done_for.clone(),
            snoozed_until: entry.snoozed_until.clone(),
            snoozed_for: entry.snoozed_for.clone(),
            updated_at: entry.updated_at.clone(),
        }
    }
}

/// Read first, so that a future version is reported as such rather than as damage.
#[derive(Deserialize)]
struct ManifestHead {
    format: Option<String>,
    version: Option<u64>,
}

pub(super) fn parse_manifest(bytes: &[u8]) -> Result<Manifest> {
    let head: ManifestHead =
        serde_json::from_slice(bytes).map_err(|_| not_huquq("the manifest is not JSON"))?;
    if head.format.as_deref() != Some(BACKUP_FORMAT) {
        return Err(not_huquq("the manifest is not a Huquq backup's"));
    }
    match head.version {
        Some(version) if version == u64::from(BACKUP_VERSION) => {}
        Some(version) => {
            return Err(Error::BackupUnsupported {
                version: u32::try_from(version).unwrap_or(u32::MAX),
            });
        }
        None => return Err(not_huquq("the manifest has no version")),
    }
    // serde_json's messages quote the offending value, which may be a name: give the place only.
    serde_json::from_slice(bytes).map_err(|e| {
        inconsistent(format!(
            "the manifest does not match format {BACKUP_VERSION} (line {}, column {})",
            e.line(),
            e.column()
        ))
    })
}

/// Checks the manifest with the store's rules (the backup may come from anywhere) and brings each
/// value to the store's canonical form.
pub(super) fn check(manifest: &mut Manifest) -> Result<()> {
    fn bad(what: &str, index: usize, problem: impl std::fmt::Display) -> Error {
        inconsistent(format!("{what} {index}: {problem}"))
    }
    fn unique<'a>(what: &str, ids: impl Iterator<Item = &'a String>) -> Result<HashSet<&'a str>> {
        let mut set = HashSet::new();
        for (index, id) in ids.enumerate() {
            let well_formed = !id.is_empty()
                && id.len() <= MAX_ID_CHARS
                && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
            if !well_formed {
                return Err(bad(what, index, "malformed id"));
            }
            if !set.insert(id.as_str()) {
                return Err(bad(what, index, "duplicate id"));
            }
        }
        Ok(set)
    }
    fn instants(what: &str, index: usize, values: &[&str]) -> Result<()> {
        match values
            .iter()
            .all(|v| DateTime::parse_from_rfc3339(v).is_ok())
        {
            true => Ok(()),
            false => Err(bad(what, index, "malformed time")),
        }
    }

    for (index, person) in manifest.people.iter_mut().enumerate() {
        person.name = person.name.trim().to_owned();
        if person.name.is_empty() {
            return Err(bad("person", index, "no name"));
        }
        let relation =
            Relation::parse(&person.relation).ok_or_else(|| bad("person", index, "relation"))?;
        person.relation = relation.as_str().to_owned();
        instants("person", index, &[&person.created_at, &person.updated_at])?;
    }
    for (index, document) in manifest.documents.iter_mut().enumerate() {
        let kind =
            DocumentKind::parse(&document.kind).ok_or_else(|| bad("document", index, "kind"))?;
        document.kind = kind.as_str().to_owned();
        let issued = optional_date(Field::IssuedOn, &document.issued_on)
            .map_err(|e| bad("document", index, e))?;
        let expires = optional_date(Field::ExpiresOn, &document.expires_on)
            .map_err(|e| bad("document", index, e))?;
        if let (Some(issued), Some(expires)) = (issued, expires)
            && expires < issued
        {
            return Err(bad("document", index, "expiry before issue"));
        }
        document.issued_on = issued.map(|d| d.to_string());
        document.expires_on = expires.map(|d| d.to_string());
        document.number = document.number.trim().to_owned();
        document.authority = document.authority.trim().to_owned();
        instants(
            "document",
            index,
            &[&document.created_at, &document.updated_at],
        )?;
    }
    for (index, payment) in manifest.payments.iter_mut().enumerate() {
        if payment.amount_minor < 0 {
            return Err(bad("payment", index, "negative amount"));
        }
        payment.currency = payment.currency.trim().to_ascii_uppercase();
        if payment.currency.len() != 3 || !payment.currency.bytes().all(|b| b.is_ascii_alphabetic())
        {
            return Err(bad("payment", index, "currency"));
        }
        payment.paid_on = parse_date(Field::PaidOn, &payment.paid_on)
            .map_err(|e| bad("payment", index, e))?
            .to_string();
        payment.payee = payment.payee.trim().to_owned();
        payment.reference = payment.reference.trim().to_owned();
        instants(
            "payment",
            index,
            &[&payment.created_at, &payment.updated_at],
        )?;
    }
    for (index, page) in manifest.pages.iter().enumerate() {
        let hash_ok = page.original_sha256.len() == 64
            && page
                .original_sha256
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if !hash_ok {
            return Err(bad("page", index, "original_sha256 is not a SHA-256"));
        }
        if page.width == 0 || page.height == 0 || page.position == 0 {
            return Err(bad("page", index, "size or position"));
        }
        if page.image != format!("pages/{}.jpg", page.id)
            || page.thumbnail != format!("thumbnails/{}.jpg", page.id)
        {
            return Err(bad("page", index, "file names"));
        }
        for bytes in [page.image_bytes, page.thumbnail_bytes] {
            if !(JPEG_START.len() as u64..=MAX_IMAGE_BYTES).contains(&bytes) {
                return Err(bad("page", index, "image size"));
            }
        }
        instants("page", index, &[&page.captured_at])?;
    }

    // Relations: every reference points inside the backup, so it can be restored on its own.
    let people = unique("person", manifest.people.iter().map(|p| &p.id))?;
    let documents = unique("document", manifest.documents.iter().map(|d| &d.id))?;
    let pages = unique("page", manifest.pages.iter().map(|p| &p.id))?;
    unique("payment", manifest.payments.iter().map(|p| &p.id))?;
    for (index, document) in manifest.documents.iter().enumerate() {
        if !people.contains(document.person_id.as_str()) {
            return Err(bad("document", index, "unknown person"));
        }
    }
    let mut positions = HashSet::new();
    for (index, page) in manifest.pages.iter().enumerate() {
        if !documents.contains(page.document_id.as_str()) {
            return Err(bad("page", index, "unknown document"));
        }
        if !positions.insert((page.document_id.as_str(), page.position)) {
            return Err(bad("page", index, "two pages at one position"));
        }
    }
    unique("event", manifest.events.iter().map(|e| &e.id))?;
    for (index, event) in manifest.events.iter_mut().enumerate() {
        if !people.contains(event.person_id.as_str()) {
            return Err(bad("event", index, "unknown person"));
        }
        let kind = EventKind::parse(&event.kind).ok_or_else(|| bad("event", index, "kind"))?;
        event.kind = kind.as_str().to_owned();
        event.happened_on = parse_date(Field::HappenedOn, &event.happened_on)
            .map_err(|e| bad("event", index, e))?
            .to_string();
        let id_ok = !event.procedure_id.is_empty() && event.procedure_id.len() <= MAX_ID_CHARS;
        if !id_ok {
            return Err(bad("event", index, "procedure"));
        }
        instants("event", index, &[&event.created_at])?;
    }
    let mut choice_ids = HashSet::new();
    for (index, choice) in manifest.deadline_choices.iter().enumerate() {
        if choice.deadline_id.is_empty()
            || choice.deadline_id.len() > 3 * MAX_ID_CHARS
            || !choice_ids.insert(choice.deadline_id.as_str())
        {
            return Err(bad("deadline choice", index, "deadline id"));
        }
        for date in [&choice.done_for, &choice.snoozed_until, &choice.snoozed_for] {
            optional_date(Field::HappenedOn, date).map_err(|e| bad("deadline choice", index, e))?;
        }
        if choice
            .offsets
            .as_ref()
            .is_some_and(|o| o.iter().any(|d| *d > 365))
        {
            return Err(bad("deadline choice", index, "offsets"));
        }
        instants("deadline choice", index, &[&choice.updated_at])?;
    }
    for (index, payment) in manifest.payments.iter().enumerate() {
        if !documents.contains(payment.document_id.as_str()) {
            return Err(bad("payment", index, "unknown document"));
        }
        if let Some(page) = &payment.receipt_page_id
            && !pages.contains(page.as_str())
        {
            return Err(bad("payment", index, "unknown receipt page"));
        }
    }
    check_journal(&manifest.journal)
}

/// Every chain in the backup holds on its own, from its first entry: a journal is restored whole
/// and unchanged, or not at all.
fn check_journal(journal: &[JournalEntryRecord]) -> Result<()> {
    let mut ids = HashSet::new();
    for (index, entry) in journal.iter().enumerate() {
        if entry.id.is_empty() || entry.id.len() > MAX_ID_CHARS || !ids.insert(entry.id.as_str()) {
            return Err(inconsistent(format!("journal entry {index}: id")));
        }
        if entry.chain.is_empty() || entry.chain.len() > MAX_ID_CHARS {
            return Err(inconsistent(format!("journal entry {index}: chain")));
        }
    }
    let mut chains: Vec<&str> = journal.iter().map(|e| e.chain.as_str()).collect();
    chains.sort_unstable();
    chains.dedup();
    for name in chains {
        let mut rows: Vec<JournalRow> = journal
            .iter()
            .filter(|e| e.chain == name)
            .map(JournalRow::from)
            .collect();
        rows.sort_by_key(|row| row.position);
        if let Some(broken) = chain::first_broken(&rows) {
            return Err(inconsistent(format!(
                "journal chain {name}: entry {} does not follow the chain",
                broken.position
            )));
        }
    }
    Ok(())
}
