//! The journal in the vault: appending an entry (or a correction) as one transaction, reading
//! entries back with their corrections, checking every chain, and the custody records the entries
//! make. Nothing here updates or deletes an entry; the schema's triggers refuse it too.
use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, SecondsFormat, Utc};
use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Field, ItemKind, Problem, Result};
use crate::journal::chain::{self, EntryBody, GENESIS};
use crate::journal::model::*;
use crate::vault::Vault;
use crate::vault::model::Page;
use crate::vault::rows::{self, JournalRow, PaymentRow, PersonRow, SettingRow};

/// The settings key that names this vault's own chain (made with its first entry).
const OWN_CHAIN_KEY: &str = "journal_chain";

/// Long enough for a full account of a day; short enough that a pasted book is refused.
pub const MAX_TEXT_CHARS: usize = 4000;

/// A clock a few minutes fast or a time typed a little ahead is not "in the future".
const FUTURE_SLACK_MINUTES: i64 = 10;

/// What the core knows when an entry is written: whose it is by default and the user's local time.
pub struct Writing {
    pub default_person: String,
    pub now: DateTime<Utc>,
    /// `now` in the user's time zone (the reminders' zone).
    pub local_now: NaiveDateTime,
}

fn invalid(field: Field, problem: Problem) -> Error {
    Error::Invalid { field, problem }
}

/// `YYYY-MM-DD`, or with a time `YYYY-MM-DDTHH:MM` (a space instead of the T too), as stored.
fn happened_at(text: &str) -> Option<(String, NaiveDateTime)> {
    let text = text.trim();
    if let Ok(day) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some((
            day.format("%Y-%m-%d").to_string(),
            day.and_hms_opt(0, 0, 0)?,
        ));
    }
    let at = NaiveDateTime::parse_from_str(&text.replacen(' ', "T", 1), "%Y-%m-%dT%H:%M").ok()?;
    Some((at.format("%Y-%m-%dT%H:%M").to_string(), at))
}

fn text(field: Field, value: &str) -> Result<String> {
    let value = value.trim();
    if value.chars().count() > MAX_TEXT_CHARS {
        return Err(invalid(field, Problem::TooLong));
    }
    Ok(value.to_owned())
}

/// The input checked against the vault (every id exists) and made into the content to seal.
fn body(
    conn: &Connection,
    input: &JournalEntryInput,
    writing: &Writing,
    corrects: Option<String>,
) -> Result<EntryBody> {
    let person_id = input
        .person_id
        .clone()
        .unwrap_or_else(|| writing.default_person.clone());
    if !rows::exists::<PersonRow>(conn, &person_id)? {
        return Err(Error::NotFound {
            kind: ItemKind::Person,
            id: person_id,
        });
    }
    let (happened_at, at) = happened_at(&input.happened_at)
        .ok_or_else(|| invalid(Field::HappenedOn, Problem::BadDate))?;
    if at > writing.local_now + chrono::Duration::minutes(FUTURE_SLACK_MINUTES) {
        return Err(invalid(Field::HappenedOn, Problem::InFuture));
    }
    let mut documents = Vec::new();
    for link in &input.documents {
        let document = crate::vault::store::document(conn, &link.document_id)?;
        documents.push(DocumentLink {
            document_id: document.id,
            action: link.action,
            kind: document.kind.as_str().to_owned(),
            number: document.number,
        });
    }
    let needs = match input.kind {
        EntryKind::DocumentTaken => Some(DocumentAction::Taken),
        EntryKind::DocumentReturned => Some(DocumentAction::Returned),
        _ => None,
    };
    if let Some(action) = needs
        && !documents.iter().any(|d| d.action == action)
    {
        return Err(invalid(Field::Documents, Problem::Missing));
    }
    for id in &input.payment_ids {
        if !rows::exists::<PaymentRow>(conn, id)? {
            return Err(Error::NotFound {
                kind: ItemKind::Payment,
                id: id.clone(),
            });
        }
    }
    for id in &input.page_ids {
        if !rows::exists::<Page>(conn, id)? {
            return Err(Error::NotFound {
                kind: ItemKind::Page,
                id: id.clone(),
            });
        }
    }
    let promised_return = match input.promised_return.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(day) => Some(
            NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .map_err(|_| invalid(Field::ReturnBy, Problem::BadDate))?
                .format("%Y-%m-%d")
                .to_string(),
        ),
    };
    Ok(EntryBody {
        person_id,
        kind: input.kind,
        happened_at,
        captured_at: writing.now.to_rfc3339_opts(SecondsFormat::Millis, true),
        place: text(Field::Place, &input.place)?,
        office: text(Field::Office, &input.office)?,
        official: text(Field::Official, &input.official)?,
        demanded: text(Field::Demanded, &input.demanded)?,
        documents,
        money_asked: text(Field::MoneyAsked, &input.money_asked)?,
        payment_ids: input.payment_ids.clone(),
        said: text(Field::Said, &input.said)?,
        outcome: text(Field::Outcome, &input.outcome)?,
        witnesses: text(Field::Witnesses, &input.witnesses)?,
        page_ids: input.page_ids.clone(),
        promised_return,
        corrects,
    })
}

fn own_chain(conn: &Connection) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([OWN_CHAIN_KEY], |row| row.get(0))
        .optional()?)
}

/// Seals `body` as the next entry of this vault's own chain (made now if this is its first).
fn append(conn: &Connection, body: EntryBody) -> Result<JournalRow> {
    let chain = match own_chain(conn)? {
        Some(chain) => chain,
        None => {
            let chain = uuid::Uuid::new_v4().to_string();
            rows::insert(
                conn,
                &SettingRow {
                    key: OWN_CHAIN_KEY.to_owned(),
                    value: chain.clone(),
                },
            )?;
            chain
        }
    };
    let last: Option<(i64, String)> = conn
        .prepare_cached(
            "SELECT position, hash FROM journal_entries WHERE chain = ?1
             ORDER BY position DESC LIMIT 1",
        )?
        .query_row([&chain], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    let (position, previous_hash) = match last {
        Some((position, hash)) => (position + 1, hash),
        None => (1, GENESIS.to_owned()),
    };
    let body = body.canonical();
    let row = JournalRow {
        id: uuid::Uuid::new_v4().to_string(),
        chain,
        position,
        hash: chain::hash(&previous_hash, &body),
        previous_hash,
        body,
    };
    rows::insert(conn, &row)?;
    Ok(row)
}

fn all_rows(conn: &Connection) -> Result<Vec<JournalRow>> {
    let sql = format!("{} ORDER BY chain, position", rows::select::<JournalRow>());
    let mut statement = conn.prepare_cached(&sql)?;
    let rows = statement
        .query_map([], <JournalRow as rows::TableRow>::read)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// An entry for the reader; a row whose body cannot be read is left out here (`verify` names it).
fn entry(row: &JournalRow, corrected_by: Option<String>) -> Option<JournalEntry> {
    let body = EntryBody::parse(&row.body)?;
    Some(JournalEntry {
        id: row.id.clone(),
        chain: row.chain.clone(),
        position: u64::try_from(row.position).ok()?,
        hash: row.hash.clone(),
        person_id: body.person_id,
        kind: body.kind,
        happened_at: body.happened_at,
        captured_at: body.captured_at,
        place: body.place,
        office: body.office,
        official: body.official,
        demanded: body.demanded,
        documents: body.documents,
        money_asked: body.money_asked,
        payment_ids: body.payment_ids,
        said: body.said,
        outcome: body.outcome,
        witnesses: body.witnesses,
        page_ids: body.page_ids,
        promised_return: body.promised_return,
        corrects: body.corrects,
        corrected_by,
    })
}

/// Every entry, newest dealing first, each with the latest entry that corrects it.
fn entries(conn: &Connection) -> Result<Vec<JournalEntry>> {
    let rows = all_rows(conn)?;
    let mut read: Vec<JournalEntry> = rows.iter().filter_map(|row| entry(row, None)).collect();
    // Corrections in the order they were written: a later one wins.
    let mut corrections: Vec<&JournalEntry> =
        read.iter().filter(|e| e.corrects.is_some()).collect();
    corrections.sort_by(|a, b| {
        a.captured_at
            .cmp(&b.captured_at)
            .then(a.position.cmp(&b.position))
    });
    let latest: HashMap<String, String> = corrections
        .into_iter()
        .filter_map(|e| Some((e.corrects.clone()?, e.id.clone())))
        .collect();
    for entry in &mut read {
        entry.corrected_by = latest.get(&entry.id).cloned();
    }
    read.sort_by(|a, b| {
        b.happened_at
            .cmp(&a.happened_at)
            .then(b.captured_at.cmp(&a.captured_at))
    });
    Ok(read)
}

/// What an entry says now: the content of the last correction in its line, or its own.
fn effective<'a>(
    entry: &'a JournalEntry,
    by_id: &HashMap<&str, &'a JournalEntry>,
) -> &'a JournalEntry {
    let mut current = entry;
    // Bounded: a correction names an entry written before it, so the line cannot loop back, but a
    // damaged file could.
    for _ in 0..by_id.len() {
        match current.corrected_by.as_deref().and_then(|id| by_id.get(id)) {
            Some(next) => current = next,
            None => break,
        }
    }
    current
}

impl Vault {
    pub fn add_journal_entry(
        &self,
        input: &JournalEntryInput,
        writing: &Writing,
    ) -> Result<JournalEntry> {
        let row = self.write(|tx| {
            let body = body(tx, input, writing, None)?;
            append(tx, body)
        })?;
        self.journal_entry(&row.id)
    }

    /// A new entry that corrects `corrects`; both stay, and the journal shows the correction.
    pub fn correct_journal_entry(
        &self,
        corrects: &str,
        input: &JournalEntryInput,
        writing: &Writing,
    ) -> Result<JournalEntry> {
        let row = self.write(|tx| {
            if !rows::exists::<JournalRow>(tx, corrects)? {
                return Err(Error::NotFound {
                    kind: ItemKind::JournalEntry,
                    id: corrects.to_owned(),
                });
            }
            let body = body(tx, input, writing, Some(corrects.to_owned()))?;
            append(tx, body)
        })?;
        self.journal_entry(&row.id)
    }

    pub fn journal(&self) -> Result<Vec<JournalEntry>> {
        entries(&self.conn())
    }

    pub fn journal_entry(&self, id: &str) -> Result<JournalEntry> {
        entries(&self.conn())?
            .into_iter()
            .find(|entry| entry.id == id)
            .ok_or_else(|| Error::NotFound {
                kind: ItemKind::JournalEntry,
                id: id.to_owned(),
            })
    }

    /// Whether `chain` is this vault's own journal (not one a backup brought): a settings read,
    /// where `verify_journal` would hash every entry again.
    pub fn is_own_journal(&self, chain: &str) -> Result<bool> {
        Ok(own_chain(&self.conn())?.as_deref() == Some(chain))
    }

    /// Every chain walked from its first entry: its head, and the first entry that breaks it.
    pub fn verify_journal(&self) -> Result<Vec<ChainCheck>> {
        let conn = self.conn();
        let own = own_chain(&conn)?;
        let rows = all_rows(&conn)?;
        let mut checks = Vec::new();
        for chain_rows in rows.chunk_by(|a, b| a.chain == b.chain) {
            let chain = chain_rows[0].chain.clone();
            checks.push(ChainCheck {
                own: own.as_deref() == Some(chain.as_str()),
                entries: chain_rows.len() as u64,
                head: chain_rows
                    .last()
                    .map(|row| row.hash.clone())
                    .unwrap_or_default(),
                first_broken: chain::first_broken(chain_rows),
                chain,
            });
        }
        // This vault's own journal first.
        checks.sort_by_key(|check| !check.own);
        Ok(checks)
    }

    /// The documents offices took, oldest first, each with its return if the journal records one.
    /// Corrected entries count as corrected.
    pub fn custody(&self) -> Result<Vec<Custody>> {
        let all = entries(&self.conn())?;
        let by_id: HashMap<&str, &JournalEntry> = all.iter().map(|e| (e.id.as_str(), e)).collect();
        // Each dealing once, as it now reads: corrections stand in for what they correct.
        let mut dealings: Vec<&JournalEntry> = all
            .iter()
            .filter(|e| e.corrects.is_none())
            .map(|e| effective(e, &by_id))
            .collect();
        dealings.sort_by(|a, b| {
            a.happened_at
                .cmp(&b.happened_at)
                .then(a.captured_at.cmp(&b.captured_at))
        });
        let mut records: Vec<Custody> = Vec::new();
        for dealing in dealings {
            for link in &dealing.documents {
                let open = records.iter_mut().rev().find(|c| {
                    c.document.document_id == link.document_id && c.returned_entry.is_none()
                });
                match (link.action, open) {
                    (DocumentAction::Taken, None) => records.push(Custody {
                        document: link.clone(),
                        taken_entry: dealing.id.clone(),
                        taken_at: dealing.happened_at.clone(),
                        office: dealing.office.clone(),
                        place: dealing.place.clone(),
                        promised_return: dealing.promised_return.clone(),
                        returned_entry: None,
                        returned_at: None,
                    }),
                    (DocumentAction::Returned, Some(custody)) => {
                        custody.returned_entry = Some(dealing.id.clone());
                        custody.returned_at = Some(dealing.happened_at.clone());
                    }
                    // Taken while already held, returned while not held, or only shown.
                    _ => {}
                }
            }
        }
        Ok(records)
    }
}
