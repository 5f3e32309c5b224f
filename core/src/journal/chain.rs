//! How an entry is sealed: its content as canonical JSON, hashed together with the previous
//! entry's hash, so that changing, removing or reordering any entry breaks every hash after it.
//!
//! `hash = SHA-256("huquq-journal-1\n" ‖ previous_hash ‖ "\n" ‖ body)`, as lowercase hex, where
//! `previous_hash` is the previous entry's hash (64 zeros for the first) and `body` is the stored
//! JSON. The body is made once, by `EntryBody::canonical` (fields in a fixed order, lists sorted),
//! and verified as stored: checking never depends on serializing again.
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::journal::model::{BrokenEntry, DocumentLink, EntryKind};
use crate::vault::rows::JournalRow;

/// What a chain's first entry follows.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

const DOMAIN: &str = "huquq-journal-1\n";

/// An entry's content, exactly what is hashed. Field order is the JSON's order: never reorder,
/// rename or remove a field (a new one goes at the end, with `#[serde(default)]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryBody {
    pub person_id: String,
    pub kind: EntryKind,
    pub happened_at: String,
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
    pub corrects: Option<String>,
}

impl EntryBody {
    /// The stored form: lists sorted (the order they were picked in says nothing), then JSON.
    pub fn canonical(mut self) -> String {
        self.documents.sort();
        self.documents.dedup();
        self.payment_ids.sort();
        self.payment_ids.dedup();
        self.page_ids.sort();
        self.page_ids.dedup();
        // Strings, lists and options only: serializing cannot fail.
        serde_json::to_string(&self).unwrap_or_default()
    }

    pub fn parse(body: &str) -> Option<EntryBody> {
        serde_json::from_str(body).ok()
    }
}

pub fn hash(previous_hash: &str, body: &str) -> String {
    let mut digest = Sha256::new();
    digest.update(DOMAIN.as_bytes());
    digest.update(previous_hash.as_bytes());
    digest.update(b"\n");
    digest.update(body.as_bytes());
    digest
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// The first entry of `rows` (one chain, in position order) that breaks it: a position out of
/// turn, a previous hash that is not the entry before's, a hash that does not match the content,
/// or content that is not an entry. None when the chain holds.
pub(crate) fn first_broken(rows: &[JournalRow]) -> Option<BrokenEntry> {
    let mut previous = GENESIS;
    for (index, row) in rows.iter().enumerate() {
        let expected_position = index as i64 + 1;
        let holds = row.position == expected_position
            && row.previous_hash == previous
            && hash(&row.previous_hash, &row.body) == row.hash
            && EntryBody::parse(&row.body).is_some();
        if !holds {
            return Some(BrokenEntry {
                position: u64::try_from(row.position).unwrap_or(0),
                entry_id: row.id.clone(),
            });
        }
        previous = &row.hash;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(said: &str) -> String {
        EntryBody {
            person_id: "p".into(),
            kind: EntryKind::PoliceCheck,
            happened_at: "2026-12-01T10:30".into(),
            captured_at: "2026-12-01T05:40:00.000Z".into(),
            place: String::new(),
            office: String::new(),
            official: String::new(),
            demanded: String::new(),
            documents: Vec::new(),
            money_asked: String::new(),
            payment_ids: vec!["b".into(), "a".into()],
            said: said.into(),
            outcome: String::new(),
            witnesses: String::new(),
            page_ids: Vec::new(),
            promised_return: None,
            corrects: None,
        }
        .canonical()
    }

    fn chain(bodies: &[&str]) -> Vec<JournalRow> {
        let mut previous = GENESIS.to_owned();
        bodies
            .iter()
            .enumerate()
            .map(|(index, said)| {
                let body = body(said);
                let hash = hash(&previous, &body);
                JournalRow {
                    id: format!("e{index}"),
                    chain: "c".into(),
                    position: index as i64 + 1,
                    body,
                    previous_hash: std::mem::replace(&mut previous, hash.clone()),
                    hash,
                }
            })
            .collect()
    }

    #[test]
    fn the_body_is_canonical_and_the_hash_is_sha256_hex() {
        let stored = body("hello");
        assert!(stored.contains(r#""payment_ids":["a","b"]"#), "{stored}");
        assert_eq!(EntryBody::parse(&stored).unwrap().canonical(), stored);
        let sealed = hash(GENESIS, &stored);
        assert_eq!(sealed.len(), 64);
        assert!(
            sealed
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        );
        assert_ne!(sealed, hash(GENESIS, &body("hellp")));
    }

    #[test]
    fn a_chain_holds_until_any_part_of_any_entry_changes() {
        let rows = chain(&["one", "two", "three"]);
        assert_eq!(first_broken(&rows), None);
        assert_eq!(first_broken(&[]), None);

        let mut changed = rows.clone();
        changed[1].body = changed[1].body.replace("two", "TWO");
        assert_eq!(first_broken(&changed).unwrap().entry_id, "e1");

        // Content and hash both rewritten: the next entry no longer follows it.
        let mut resealed = rows.clone();
        resealed[1].body = resealed[1].body.replace("two", "TWO");
        resealed[1].hash = hash(&resealed[1].previous_hash, &resealed[1].body);
        assert_eq!(first_broken(&resealed).unwrap().entry_id, "e2");

        let mut removed = rows.clone();
        removed.remove(1);
        assert_eq!(first_broken(&removed).unwrap().position, 3);

        let mut swapped = rows;
        swapped.swap(0, 1);
        assert_eq!(first_broken(&swapped).unwrap().entry_id, "e1");
    }
}
