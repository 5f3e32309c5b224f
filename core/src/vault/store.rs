//! The encrypted store: one SQLCipher connection (the only writer), WAL, secure delete, every change
//! in one transaction. A wrong key is reported as such and never leads to deleting, rewriting or
//! "repairing" the file.
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, Row, Transaction, params};

use crate::error::{Error, Field, ItemKind, Problem, Result};
use crate::vault::key::DataKey;
use crate::vault::model::*;
use crate::vault::rows::{self, DocumentRow, PaymentRow, PersonRow, TableRow};
use crate::vault::schema;

pub const VAULT_FILE: &str = "vault.sqlite3";

/// How SQLCipher lays out and authenticates a vault's pages. It is fixed when the vault is made,
/// and it is not in the (encrypted) file: anything that opens a vault file directly must apply it
/// after the key and before the first read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageFormat {
    /// `PRAGMA cipher_hmac_algorithm`.
    pub hmac: &'static str,
    /// `PRAGMA cipher_page_size`, in bytes.
    pub page_size: u32,
}

impl PageFormat {
    pub fn apply(&self, conn: &Connection) -> rusqlite::Result<()> {
        conn.pragma_update(None, "cipher_hmac_algorithm", self.hmac)?;
        conn.pragma_update(None, "cipher_page_size", self.page_size)
    }
}

/// New vaults: 16 KiB pages authenticated with HMAC-SHA256, rather than SQLCipher 4's 4 KiB pages
/// and HMAC-SHA512. A vault is mostly page images, read whole: with a quarter as many pages to
/// fetch, decrypt and check, and SHA-256 computed in hardware by phones' ARMv8 cores (and recent x86
/// ones), reading the images went from 312 to 600–760 MB/s (docs/PERFORMANCE.md).
pub const PAGE_FORMAT: PageFormat = PageFormat {
    hmac: "HMAC_SHA256",
    page_size: 16 * 1024,
};

/// The formats of vaults made by earlier versions, newest first; such vaults open as they are.
const OLDER_PAGE_FORMATS: [PageFormat; 2] = [
    PageFormat {
        hmac: "HMAC_SHA256",
        page_size: 4096,
    },
    // SQLCipher 4's defaults, the first vaults'.
    PageFormat {
        hmac: "HMAC_SHA512",
        page_size: 4096,
    },
];

pub struct Vault {
    conn: Mutex<Connection>,
    path: PathBuf,
}

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn instant(now: DateTime<Utc>) -> String {
    now.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn not_found(kind: ItemKind, id: &str) -> Error {
    Error::NotFound {
        kind,
        id: id.to_owned(),
    }
}

impl Vault {
    /// Creates a new vault in `dir`; refuses if one is already there.
    pub fn create(dir: &Path, key: &DataKey) -> Result<Vault> {
        std::fs::create_dir_all(dir)?;
        let path = dir.join(VAULT_FILE);
        if path.exists() {
            return Err(Error::VaultExists);
        }
        Self::connect(path, key, true)
    }

    /// Opens the vault in `dir` with its key.
    pub fn open(dir: &Path, key: &DataKey) -> Result<Vault> {
        let path = dir.join(VAULT_FILE);
        if !path.exists() {
            return Err(Error::VaultMissing);
        }
        Self::connect(path, key, false)
    }

    pub fn exists(dir: &Path) -> bool {
        dir.join(VAULT_FILE).exists()
    }

    /// Erases everything: the database, its journal files and the PIN-wrapped key. Without the
    /// data key (which the shell deletes from the Keystore/Keychain at the same time) nothing that
    /// may survive on flash storage can be decrypted: a crypto-erase, done in milliseconds.
    pub fn erase(dir: &Path) -> Result<()> {
        let suffixes = ["", "-wal", "-shm", "-journal"];
        let files = suffixes
            .iter()
            .map(|s| dir.join(format!("{VAULT_FILE}{s}")))
            .chain(
                [
                    crate::vault::pin::PIN_FILE,
                    crate::vault::pin::PIN_TEMP_FILE,
                    crate::vault::pin::PIN_LOCK_FILE,
                ]
                .map(|name| dir.join(name)),
            );
        for file in files {
            match std::fs::remove_file(&file) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }

    /// Closes the vault and erases it (see `erase`).
    pub fn erase_open(self) -> Result<()> {
        let dir = self
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        drop(self);
        Self::erase(&dir)
    }

    fn connect(path: PathBuf, key: &DataKey, create: bool) -> Result<Vault> {
        let mut conn = if create {
            Self::unlock(&path, key, PAGE_FORMAT, true)?
        } else {
            let mut unlocked = Self::unlock(&path, key, PAGE_FORMAT, false);
            // Either the key is wrong or the vault is older: only trying every format tells.
            for older in OLDER_PAGE_FORMATS {
                if !matches!(unlocked, Err(Error::WrongKey)) {
                    break;
                }
                unlocked = Self::unlock(&path, key, older, false);
            }
            unlocked?
        };
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // After a large write (a restore) the WAL file is cut back to this at the next checkpoint,
        // instead of keeping its largest size until the connection closes.
        conn.pragma_update(None, "journal_size_limit", 16 * 1024 * 1024)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Deleted rows are overwritten, not just unlinked.
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        schema::migrate(&mut conn)?;
        Ok(Vault {
            conn: Mutex::new(conn),
            path,
        })
    }

    /// Opens the file with `key`, its pages in `format`; a key that does not decrypt it (or the
    /// wrong format) is `WrongKey`, and the file is not touched.
    fn unlock(path: &Path, key: &DataKey, format: PageFormat, create: bool) -> Result<Connection> {
        // Apple platforms use CommonCrypto, compiled into SQLCipher (core/Cargo.toml).
        #[cfg(not(target_vendor = "apple"))]
        sqlcipher_rustcrypto::ensure_linked();
        crate::sqlite_ready::wait_for_sqlite();
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if create {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let conn = Connection::open_with_flags(path, flags)?;
        conn.pragma_update(None, "key", &*key.sqlcipher_pragma())?;
        // SQLCipher would otherwise log every failed decryption (a wrong key) to stderr/logcat. Only
        // after the key: the first key given in a process sets SQLCipher's logging up, and turns a
        // level of NONE set before it into WARN.
        let _ = conn.pragma_update(None, "cipher_log_level", "NONE");
        format.apply(&conn)?;
        // The first read is where SQLCipher finds out whether the key is right.
        let check: rusqlite::Result<i64> =
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0));
        match check {
            Ok(_) => Ok(conn),
            Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == ErrorCode::NotADatabase => {
                Err(Error::WrongKey)
            }
            Err(e) => Err(e.into()),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn conn(&self) -> MutexGuard<'_, Connection> {
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `work` in one transaction: all of it is saved, or none.
    pub(crate) fn write<T>(&self, work: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let value = work(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    // People

    pub fn add_person(&self, input: &PersonInput, now: DateTime<Utc>) -> Result<Person> {
        let name = checked_name(&input.name)?;
        self.write(|tx| {
            let at = instant(now);
            let row = PersonRow {
                id: new_id(),
                name: name.to_owned(),
                relation: input.relation.as_str().to_owned(),
                created_at: at.clone(),
                updated_at: at,
            };
            rows::insert(tx, &row)?;
            person(tx, &row.id)
        })
    }

    pub fn update_person(
        &self,
        id: &str,
        input: &PersonInput,
        now: DateTime<Utc>,
    ) -> Result<Person> {
        let name = checked_name(&input.name)?;
        self.write(|tx| {
            let changed = tx.execute(
                "UPDATE people SET name = ?2, relation = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, name, input.relation.as_str(), instant(now)],
            )?;
            if changed == 0 {
                return Err(not_found(ItemKind::Person, id));
            }
            person(tx, id)
        })
    }

    /// Deletes a person with their documents, pages and payments.
    pub fn delete_person(&self, id: &str) -> Result<()> {
        self.write(
            |tx| match tx.execute("DELETE FROM people WHERE id = ?1", [id])? {
                0 => Err(not_found(ItemKind::Person, id)),
                _ => Ok(()),
            },
        )
    }

    pub fn people(&self) -> Result<Vec<Person>> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached(&format!(
            "{} ORDER BY relation != 'self', name",
            rows::select::<PersonRow>()
        ))?;
        let people = statement.query_map([], person_row)?;
        Ok(people.collect::<rusqlite::Result<_>>()?)
    }

    // Documents

    pub fn add_document(&self, input: &DocumentInput, now: DateTime<Utc>) -> Result<Document> {
        let valid = ValidDocument::new(input)?;
        self.write(|tx| {
            let id = insert_document(tx, input, &valid, now)?;
            document(tx, &id)
        })
    }

    pub fn update_document(
        &self,
        id: &str,
        input: &DocumentInput,
        now: DateTime<Utc>,
    ) -> Result<Document> {
        let valid = ValidDocument::new(input)?;
        self.write(|tx| {
            document(tx, id)?;
            person(tx, &input.person_id)?;
            tx.execute(
                "UPDATE documents SET person_id = ?2, kind = ?3, number = ?4, authority = ?5, issued_on = ?6,
                     expires_on = ?7, notes = ?8, updated_at = ?9
                 WHERE id = ?1",
                params![
                    id,
                    input.person_id,
                    valid.kind.as_str(),
                    input.number.trim(),
                    input.authority.trim(),
                    valid.issued_on,
                    valid.expires_on,
                    input.notes,
                    instant(now)
                ],
            )?;
            document(tx, id)
        })
    }

    /// Deletes a document with its pages and payments (securely: the rows are overwritten).
    pub fn delete_document(&self, id: &str) -> Result<()> {
        self.write(
            |tx| match tx.execute("DELETE FROM documents WHERE id = ?1", [id])? {
                0 => Err(not_found(ItemKind::Document, id)),
                _ => Ok(()),
            },
        )
    }

    pub fn document(&self, id: &str) -> Result<Document> {
        document(&self.conn(), id)
    }

    /// Documents, soonest expiry first (documents without expiry last), optionally of one person
    /// or one kind.
    pub fn documents(&self, filter: &DocumentFilter) -> Result<Vec<Document>> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached(&format!(
            "{}
             WHERE (?1 IS NULL OR documents.person_id = ?1) AND (?2 IS NULL OR documents.kind = ?2)
             GROUP BY documents.id
             ORDER BY documents.expires_on IS NULL, documents.expires_on, documents.kind,
                 documents.created_at",
            documents_with_page_count()
        ))?;
        let documents = statement.query_map(
            params![filter.person_id, filter.kind.map(DocumentKind::as_str)],
            document_row,
        )?;
        Ok(documents.collect::<rusqlite::Result<_>>()?)
    }

    // Payments

    pub fn add_payment(&self, input: &PaymentInput, now: DateTime<Utc>) -> Result<Payment> {
        let (currency, paid_on) = checked_payment(input)?;
        self.write(|tx| {
            document(tx, &input.document_id)?;
            if let Some(page) = &input.receipt_page_id {
                page_exists(tx, page)?;
            }
            let at = instant(now);
            let row = PaymentRow {
                id: new_id(),
                document_id: input.document_id.clone(),
                amount_minor: input.amount_minor,
                currency,
                paid_on,
                payee: input.payee.trim().to_owned(),
                reference: input.reference.trim().to_owned(),
                receipt_page_id: input.receipt_page_id.clone(),
                created_at: at.clone(),
                updated_at: at,
            };
            rows::insert(tx, &row)?;
            payment(tx, &row.id)
        })
    }

    pub fn payments(&self, document_id: &str) -> Result<Vec<Payment>> {
        let conn = self.conn();
        document(&conn, document_id)?;
        let mut statement = conn.prepare_cached(&format!(
            "{} WHERE document_id = ?1 ORDER BY paid_on, created_at",
            rows::select::<PaymentRow>()
        ))?;
        let payments = statement.query_map([document_id], payment_row)?;
        Ok(payments.collect::<rusqlite::Result<_>>()?)
    }

    pub fn delete_payment(&self, id: &str) -> Result<()> {
        self.write(
            |tx| match tx.execute("DELETE FROM payments WHERE id = ?1", [id])? {
                0 => Err(not_found(ItemKind::Payment, id)),
                _ => Ok(()),
            },
        )
    }
}

fn checked_name(name: &str) -> Result<&str> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::Invalid {
            field: Field::Name,
            problem: Problem::Missing,
        });
    }
    Ok(name)
}

/// Inserts a checked document inside the caller's transaction; returns its id.
pub(crate) fn insert_document(
    tx: &Transaction,
    input: &DocumentInput,
    valid: &ValidDocument,
    now: DateTime<Utc>,
) -> Result<String> {
    person(tx, &input.person_id)?;
    let at = instant(now);
    let row = DocumentRow {
        id: new_id(),
        person_id: input.person_id.clone(),
        kind: valid.kind.as_str().to_owned(),
        number: input.number.trim().to_owned(),
        authority: input.authority.trim().to_owned(),
        issued_on: valid.issued_on.clone(),
        expires_on: valid.expires_on.clone(),
        notes: input.notes.clone(),
        created_at: at.clone(),
        updated_at: at,
    };
    rows::insert(tx, &row)?;
    Ok(row.id)
}

/// A document input that passed every check, dates normalized.
pub(crate) struct ValidDocument {
    kind: DocumentKind,
    issued_on: Option<String>,
    expires_on: Option<String>,
}

impl ValidDocument {
    pub(crate) fn new(input: &DocumentInput) -> Result<ValidDocument> {
        let kind = input.kind.ok_or(Error::Invalid {
            field: Field::Kind,
            problem: Problem::Missing,
        })?;
        let issued = optional_date(Field::IssuedOn, &input.issued_on)?;
        let expires = optional_date(Field::ExpiresOn, &input.expires_on)?;
        if let (Some(issued), Some(expires)) = (issued, expires)
            && expires < issued
        {
            return Err(Error::Invalid {
                field: Field::ExpiresOn,
                problem: Problem::ExpiryBeforeIssue,
            });
        }
        Ok(ValidDocument {
            kind,
            issued_on: issued.map(|d| d.to_string()),
            expires_on: expires.map(|d| d.to_string()),
        })
    }
}

fn checked_payment(input: &PaymentInput) -> Result<(String, String)> {
    if input.amount_minor < 0 {
        return Err(Error::Invalid {
            field: Field::Amount,
            problem: Problem::Negative,
        });
    }
    let currency = input.currency.trim().to_ascii_uppercase();
    if currency.len() != 3 || !currency.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err(Error::Invalid {
            field: Field::Currency,
            problem: Problem::BadCurrency,
        });
    }
    let paid_on = parse_date(Field::PaidOn, &input.paid_on)?.to_string();
    Ok((currency, paid_on))
}

/// Every column of `documents`, then how many pages each document has; the caller adds its
/// `WHERE`, then `GROUP BY documents.id`.
fn documents_with_page_count() -> String {
    format!(
        "SELECT {}, count(pages.id) FROM documents LEFT JOIN pages ON pages.document_id = documents.id",
        rows::columns::<DocumentRow>()
    )
}

fn person_row(row: &Row) -> rusqlite::Result<Person> {
    let person = PersonRow::read(row)?;
    Ok(Person {
        relation: rows::known_value::<PersonRow, _>("relation", &person.relation, Relation::parse)?,
        id: person.id,
        name: person.name,
    })
}

/// A row of [`documents_with_page_count`].
fn document_row(row: &Row) -> rusqlite::Result<Document> {
    let document = DocumentRow::read(row)?;
    Ok(Document {
        kind: rows::known_value::<DocumentRow, _>("kind", &document.kind, DocumentKind::parse)?,
        page_count: row.get(DocumentRow::COLUMNS.len())?,
        id: document.id,
        person_id: document.person_id,
        number: document.number,
        authority: document.authority,
        issued_on: document.issued_on,
        expires_on: document.expires_on,
        notes: document.notes,
        created_at: document.created_at,
        updated_at: document.updated_at,
    })
}

fn payment_row(row: &Row) -> rusqlite::Result<Payment> {
    let payment = PaymentRow::read(row)?;
    Ok(Payment {
        id: payment.id,
        document_id: payment.document_id,
        amount_minor: payment.amount_minor,
        currency: payment.currency,
        paid_on: payment.paid_on,
        payee: payment.payee,
        reference: payment.reference,
        receipt_page_id: payment.receipt_page_id,
    })
}

fn person(conn: &Connection, id: &str) -> Result<Person> {
    conn.prepare_cached(&format!("{} WHERE id = ?1", rows::select::<PersonRow>()))?
        .query_row([id], person_row)
        .optional()?
        .ok_or_else(|| not_found(ItemKind::Person, id))
}

pub(crate) fn document(conn: &Connection, id: &str) -> Result<Document> {
    conn.prepare_cached(&format!(
        "{} WHERE documents.id = ?1 GROUP BY documents.id",
        documents_with_page_count()
    ))?
    .query_row([id], document_row)
    .optional()?
    .ok_or_else(|| not_found(ItemKind::Document, id))
}

fn payment(conn: &Connection, id: &str) -> Result<Payment> {
    conn.prepare_cached(&format!("{} WHERE id = ?1", rows::select::<PaymentRow>()))?
        .query_row([id], payment_row)
        .optional()?
        .ok_or_else(|| not_found(ItemKind::Payment, id))
}

fn page_exists(conn: &Connection, id: &str) -> Result<()> {
    match rows::exists::<Page>(conn, id)? {
        true => Ok(()),
        false => Err(not_found(ItemKind::Page, id)),
    }
}
