//! Encrypted backup and restore: one file in the age format (a passphrase through scrypt, or an age
//! X25519 recipient) holding a tar archive with a JSON manifest and the page images, so that the
//! standard `age` and `tar` tools can open it without Huquq. The layout is documented in
//! docs/BACKUP.md.
//!
//! A backup is written to `<dest>.partial` and renamed only once complete, so a crash never leaves a
//! half file under the real name. Images are streamed between SQLCipher's incremental blob I/O and
//! the archive, one buffer at a time, so memory does not grow with the size of the vault.
//!
//! A restore merges into the vault in one transaction. age authenticates every 64 KiB chunk and
//! marks the last one, so a tampered or truncated file fails while it is read; the transaction is
//! then rolled back and the vault is exactly as it was.
use std::collections::{HashMap, HashSet};
use std::fs::{self, File};
use std::io::{self, BufReader, Read, Write};
use std::iter;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::mpsc;
use std::thread;

use age::secrecy::SecretString;
use chrono::DateTime;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::content::procedure::EventKind;
use crate::error::{BackupProblem, Error, Field, Result};
use crate::vault::age_file::AgeWriter;
use crate::vault::flushing::FlushingFile;
use crate::vault::model::{DocumentKind, Relation, optional_date, parse_date};
use crate::vault::store::Vault;

/// The value of the manifest's `format` field.
pub const BACKUP_FORMAT: &str = "huquq-backup";
/// The manifest's `version`; a reader refuses any other.
pub const BACKUP_VERSION: u32 = 1;

const ROOT: &str = "huquq-backup";
const MANIFEST_PATH: &str = "huquq-backup/manifest.json";

/// scrypt's log₂ N for passphrase backups: the `age` command line's own default (256 MiB, about a
/// second on a phone). Fixed rather than measured so that the work factor does not depend on how
/// busy the phone happened to be.
const SCRYPT_WORK_FACTOR: u8 = 18;
/// The highest work factor a restore accepts (1 GiB of memory): enough for backups made with the
/// `age` tools on a computer, but a crafted file cannot make a phone run out of memory.
const MAX_SCRYPT_WORK_FACTOR: u8 = 20;

/// Far above any real manifest (a few hundred bytes per item), so a hostile one cannot exhaust
/// memory before it is even parsed.
const MAX_MANIFEST_BYTES: u64 = 64 * 1024 * 1024;
/// The photo ingest keeps images far below this; anything larger is not a Huquq page.
const MAX_IMAGE_BYTES: u64 = 64 * 1024 * 1024;
const MAX_ID_CHARS: usize = 64;

/// Between the backup file and the decryptor: large enough that system calls do not dominate,
/// small enough for any phone.
const BUFFER_BYTES: usize = 256 * 1024;

/// The pipe between the two stages of a backup: 1 MiB blocks, four in flight.
const PIPE_BLOCK_BYTES: usize = 1024 * 1024;
const PIPE_BLOCKS: usize = 4;

/// Tar archives are made of 512-byte records.
const TAR_RECORD: usize = 512;

const JPEG_START: [u8; 3] = [0xFF, 0xD8, 0xFF];

/// What protects a backup. `Identity` is only for restoring (a backup made with it is encrypted to
/// its public recipient); `Recipient` can only make backups.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub enum BackupSecret {
    /// A passphrase a person chose, stretched with scrypt.
    Passphrase(String),
    /// An age X25519 public key, `age1…`.
    Recipient(String),
    /// An age X25519 secret key, `AGE-SECRET-KEY-1…`.
    Identity(String),
}

// A passphrase or secret key must never reach a log.
impl std::fmt::Debug for BackupSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            BackupSecret::Passphrase(_) => "Passphrase(…)",
            BackupSecret::Recipient(_) => "Recipient(…)",
            BackupSecret::Identity(_) => "Identity(…)",
        })
    }
}

/// Items (documents and pages) handled so far, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Progress {
    pub done: u64,
    pub total: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BackupSummary {
    pub people: u32,
    pub documents: u32,
    pub pages: u32,
    pub payments: u32,
    /// Size of the backup file.
    pub bytes: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RestoreSummary {
    pub people_added: u32,
    pub documents_added: u32,
    pub pages_added: u32,
    /// Pages already in the vault: the same id, or the same original on the same document.
    pub pages_skipped_duplicate: u32,
    pub payments_added: u32,
    pub events_added: u32,
}

// The manifest. Field names are the documented format: renaming one is a new version.

#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    format: String,
    version: u32,
    people: Vec<PersonEntry>,
    documents: Vec<DocumentEntry>,
    pages: Vec<PageEntry>,
    payments: Vec<PaymentEntry>,
    /// Events a person recorded for reminders (since schema 3; absent in older backups).
    #[serde(default)]
    events: Vec<EventEntry>,
    /// Reminder choices per deadline: days before, done, snoozed.
    #[serde(default)]
    deadline_choices: Vec<ChoiceEntry>,
}

#[derive(Debug, Serialize, Deserialize)]
struct PersonEntry {
    id: String,
    name: String,
    relation: String,
    created_at: String,
    updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct DocumentEntry {
    id: String,
    person_id: String,
    kind: String,
    number: String,
    authority: String,
    issued_on: Option<String>,
    expires_on: Option<String>,
    notes: String,
    created_at: String,
    updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct PageEntry {
    id: String,
    document_id: String,
    /// 1 for the first page.
    position: u32,
    width: u32,
    height: u32,
    original_sha256: String,
    original_bytes: u64,
    captured_at: String,
    /// Relative to `huquq-backup/`: `pages/<id>.jpg`.
    image: String,
    image_bytes: u64,
    /// Relative to `huquq-backup/`: `thumbnails/<id>.jpg`.
    thumbnail: String,
    thumbnail_bytes: u64,
}

#[derive(Debug, Serialize, Deserialize)]
struct PaymentEntry {
    id: String,
    document_id: String,
    amount_minor: i64,
    currency: String,
    paid_on: String,
    payee: String,
    reference: String,
    receipt_page_id: Option<String>,
    created_at: String,
    updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct EventEntry {
    id: String,
    person_id: String,
    procedure_id: String,
    kind: String,
    happened_on: String,
    created_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct ChoiceEntry {
    deadline_id: String,
    /// JSON array of days before the deadline, or absent for the settings' days.
    offsets: Option<Vec<u32>>,
    done_for: Option<String>,
    snoozed_until: Option<String>,
    snoozed_for: Option<String>,
    updated_at: String,
}

/// Read first, so that a future version is reported as such rather than as damage.
#[derive(Deserialize)]
struct ManifestHead {
    format: Option<String>,
    version: Option<u64>,
}

impl Vault {
    /// Writes an encrypted backup of the whole vault to `dest` (replacing a file already there).
    ///
    /// The vault stays locked for other calls while the backup runs: `progress` must not call back
    /// into the vault.
    pub fn backup(
        &self,
        dest: &Path,
        secret: &BackupSecret,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<BackupSummary> {
        let recipient = recipient(secret)?;
        let partial = partial_path(dest);
        let written = self
            .write_backup(&partial, recipient.as_ref(), progress)
            .and_then(|summary| {
                fs::rename(&partial, dest)?;
                Ok(summary)
            });
        match written {
            Ok(summary) => {
                sync_parent(dest);
                Ok(summary)
            }
            Err(error) => {
                // A half-written file is useless and must not be mistaken for a backup.
                let _ = fs::remove_file(&partial);
                Err(error)
            }
        }
    }

    /// Merges a backup into this vault, in one transaction: people, documents and payments whose id
    /// is already here are kept as they are; a page whose original (by SHA-256) is already on its
    /// document is skipped. On any error nothing is changed.
    ///
    /// The vault stays locked for other calls while the restore runs: `progress` must not call
    /// back into the vault.
    pub fn restore(
        &self,
        src: &Path,
        secret: &BackupSecret,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<RestoreSummary> {
        let identity = identity(secret)?;
        self.write(|tx| restore_into(tx, src, identity.as_ref(), progress))
    }

    fn write_backup(
        &self,
        partial: &Path,
        recipient: &dyn age::Recipient,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<BackupSummary> {
        let mut conn = self.conn();
        // One read transaction: the manifest and every image come from the same snapshot.
        let tx = conn.transaction()?;
        let (manifest, rowids) = read_manifest(&tx)?;
        let total = count(manifest.documents.len()) + count(manifest.pages.len());
        let mut done = 0;
        progress(Progress { done, total });

        let json = serde_json::to_vec_pretty(&manifest).map_err(io::Error::other)?;
        let file = File::create(partial)?;
        let file = FlushingFile::new(file)?;
        let stream = AgeWriter::new(file, recipient)?;
        let (blocks, received) = mpsc::sync_channel::<Vec<u8>>(PIPE_BLOCKS);
        let (give_back, returned) = mpsc::channel::<Vec<u8>>();

        // Two stages on two cores: this thread reads (SQLCipher decrypts) the images and builds the
        // archive; the other seals it in the age format and writes the file.
        let (built, written) = thread::scope(|scope| {
            let writer = scope.spawn(move || -> io::Result<Option<File>> {
                let mut stream = stream;
                for block in received {
                    if block.is_empty() {
                        // On disk before the rename makes it the backup.
                        return Ok(Some(stream.finish()?.finish()?));
                    }
                    stream.write_all(&block)?;
                    // Nobody to take it back once the archive is complete.
                    let _ = give_back.send(block);
                }
                // The archive was abandoned: an age file is only finished when it is complete.
                Ok(None)
            });
            let built = (|| -> Result<()> {
                let mut archive = Pipe::new(blocks, returned);
                append(
                    &mut archive,
                    MANIFEST_PATH,
                    0,
                    count(json.len()),
                    &mut &json[..],
                )?;
                done += count(manifest.documents.len());
                progress(Progress { done, total });
                for (page, &rowid) in manifest.pages.iter().zip(&rowids) {
                    let mtime = unix_seconds(&page.captured_at);
                    for (column, name) in [("image", &page.image), ("thumbnail", &page.thumbnail)] {
                        let mut blob = tx.blob_open("main", "page_images", column, rowid, true)?;
                        let size = count(blob.len());
                        append(
                            &mut archive,
                            &format!("{ROOT}/{name}"),
                            mtime,
                            size,
                            &mut blob,
                        )?;
                    }
                    done += 1;
                    progress(Progress { done, total });
                }
                // The end of a tar archive: two empty records.
                archive.write_all(&[0; 2 * TAR_RECORD])?;
                archive.close()?;
                Ok(())
            })();
            let written = writer
                .join()
                .unwrap_or_else(|_| Err(io::Error::other("the backup writer stopped")));
            (built, written)
        });
        let file = match (built, written) {
            // The writer stopped first (a full disk, say), which is why the pipe broke.
            (_, Err(error)) => return Err(error.into()),
            (Err(error), _) => return Err(error),
            (Ok(()), Ok(Some(file))) => file,
            (Ok(()), Ok(None)) => return Err(io::Error::other("the archive ended early").into()),
        };
        Ok(BackupSummary {
            people: small(manifest.people.len()),
            documents: small(manifest.documents.len()),
            pages: small(manifest.pages.len()),
            payments: small(manifest.payments.len()),
            bytes: file.metadata()?.len(),
        })
    }
}

/// The archive's bytes on their way to the sealing thread, in blocks, at most [`PIPE_BLOCKS`] of
/// them in flight, so memory stays bounded however large the vault. The writer hands each written
/// block back to be filled again, so blocks are allocated and zeroed only once.
struct Pipe {
    /// Always [`PIPE_BLOCK_BYTES`] long; its first `filled` bytes are the archive's.
    block: Vec<u8>,
    filled: usize,
    blocks: mpsc::SyncSender<Vec<u8>>,
    returned: mpsc::Receiver<Vec<u8>>,
}

impl Pipe {
    fn new(blocks: mpsc::SyncSender<Vec<u8>>, returned: mpsc::Receiver<Vec<u8>>) -> Pipe {
        Pipe {
            block: vec![0; PIPE_BLOCK_BYTES],
            filled: 0,
            blocks,
            returned,
        }
    }

    fn send(&mut self) -> io::Result<()> {
        let mut next = self.returned.try_recv().unwrap_or_default();
        next.resize(PIPE_BLOCK_BYTES, 0);
        let mut full = std::mem::replace(&mut self.block, next);
        full.truncate(self.filled);
        self.filled = 0;
        self.blocks
            .send(full)
            // The writer has stopped on an error of its own, which the caller reports.
            .map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))
    }
}

impl Write for Pipe {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let n = bytes.len().min(PIPE_BLOCK_BYTES - self.filled);
        self.block[self.filled..self.filled + n].copy_from_slice(&bytes[..n]);
        self.filled += n;
        if self.filled == PIPE_BLOCK_BYTES {
            self.send()?;
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.filled == 0 {
            return Ok(());
        }
        self.send()
    }
}

impl Pipe {
    /// Reads `size` bytes of `source` straight into the blocks: a copy less than `io::copy`, which
    /// goes through a buffer of its own.
    fn copy_from(&mut self, source: &mut impl Read, size: u64) -> io::Result<()> {
        let mut left = size;
        while left > 0 {
            let start = self.filled;
            let end = start + size_usize(left).min(PIPE_BLOCK_BYTES - start);
            source.read_exact(&mut self.block[start..end])?;
            self.filled = end;
            left -= count(end - start);
            if end == PIPE_BLOCK_BYTES {
                self.send()?;
            }
        }
        Ok(())
    }

    /// Sends what is left, then an empty block: the writer finishes the age file only on that, so
    /// an archive abandoned half-way (the pipe dropped on an error) never becomes a complete file.
    fn close(mut self) -> io::Result<()> {
        self.flush()?;
        self.blocks
            .send(Vec::new())
            .map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))
    }
}

fn recipient(secret: &BackupSecret) -> Result<Box<dyn age::Recipient>> {
    Ok(match secret {
        BackupSecret::Passphrase(passphrase) => {
            if passphrase.is_empty() {
                return Err(Error::BackupWrongSecret);
            }
            let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.clone()));
            recipient.set_work_factor(SCRYPT_WORK_FACTOR);
            Box::new(recipient)
        }
        BackupSecret::Recipient(text) => Box::new(
            age::x25519::Recipient::from_str(text.trim()).map_err(|_| Error::BackupWrongSecret)?,
        ),
        // Whoever holds the secret key can also make backups for it.
        BackupSecret::Identity(text) => Box::new(x25519_identity(text)?.to_public()),
    })
}

fn identity(secret: &BackupSecret) -> Result<Box<dyn age::Identity>> {
    Ok(match secret {
        BackupSecret::Passphrase(passphrase) => {
            let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.clone()));
            identity.set_max_work_factor(MAX_SCRYPT_WORK_FACTOR);
            Box::new(identity)
        }
        BackupSecret::Identity(text) => Box::new(x25519_identity(text)?),
        // A public key cannot decrypt anything.
        BackupSecret::Recipient(_) => return Err(Error::BackupWrongSecret),
    })
}

fn x25519_identity(text: &str) -> Result<age::x25519::Identity> {
    age::x25519::Identity::from_str(text.trim()).map_err(|_| Error::BackupWrongSecret)
}

fn partial_path(dest: &Path) -> PathBuf {
    let mut name = dest.as_os_str().to_owned();
    name.push(".partial");
    PathBuf::from(name)
}

/// Makes the rename durable. Best effort: not every platform can open a directory.
fn sync_parent(path: &Path) {
    if let Some(parent) = path.parent()
        && let Ok(dir) = File::open(if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        })
    {
        let _ = dir.sync_all();
    }
}

fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

fn size_usize(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

fn small(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Seconds since 1970 of an RFC 3339 instant, for an image's modification time in the archive
/// (so `tar xf` shows when the page was photographed); 0 if it does not parse.
fn unix_seconds(instant: &str) -> u64 {
    DateTime::parse_from_rfc3339(instant)
        .ok()
        .and_then(|t| u64::try_from(t.timestamp()).ok())
        .unwrap_or(0)
}

/// Appends a file to the archive: its header record, then its bytes, padded to a whole record.
fn append(
    archive: &mut Pipe,
    path: &str,
    mtime: u64,
    size: u64,
    data: &mut impl Read,
) -> Result<()> {
    // ustar: the most widely readable tar flavour; every path here is well under its limits.
    let mut header = tar::Header::new_ustar();
    header.set_path(path)?;
    header.set_entry_type(tar::EntryType::Regular);
    header.set_size(size);
    header.set_mode(0o600);
    header.set_mtime(mtime);
    header.set_cksum();
    archive.write_all(header.as_bytes())?;
    archive.copy_from(data, size)?;
    let padding = (TAR_RECORD - size_usize(size) % TAR_RECORD) % TAR_RECORD;
    archive.write_all(&[0; TAR_RECORD][..padding])?;
    Ok(())
}

fn read_manifest(conn: &Connection) -> Result<(Manifest, Vec<i64>)> {
    fn all<T>(
        conn: &Connection,
        sql: &str,
        row: impl FnMut(&Row) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let mut statement = conn.prepare(sql)?;
        let rows = statement.query_map([], row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    let people = all(
        conn,
        "SELECT id, name, relation, created_at, updated_at FROM people ORDER BY created_at, id",
        |r| {
            Ok(PersonEntry {
                id: r.get(0)?,
                name: r.get(1)?,
                relation: r.get(2)?,
                created_at: r.get(3)?,
                updated_at: r.get(4)?,
            })
        },
    )?;
    let documents = all(
        conn,
        "SELECT id, person_id, kind, number, authority, issued_on, expires_on, notes, created_at,
             updated_at
         FROM documents ORDER BY created_at, id",
        |r| {
            Ok(DocumentEntry {
                id: r.get(0)?,
                person_id: r.get(1)?,
                kind: r.get(2)?,
                number: r.get(3)?,
                authority: r.get(4)?,
                issued_on: r.get(5)?,
                expires_on: r.get(6)?,
                notes: r.get(7)?,
                created_at: r.get(8)?,
                updated_at: r.get(9)?,
            })
        },
    )?;
    let pages = all(
        conn,
        "SELECT i.rowid, p.id, p.document_id, p.position, p.width, p.height, p.original_sha256,
             p.original_bytes, p.captured_at, length(i.image), length(i.thumbnail)
         FROM pages p JOIN page_images i ON i.page_id = p.id
         ORDER BY p.document_id, p.position",
        |r| {
            let id: String = r.get(1)?;
            Ok((
                r.get::<_, i64>(0)?,
                PageEntry {
                    image: format!("pages/{id}.jpg"),
                    thumbnail: format!("thumbnails/{id}.jpg"),
                    document_id: r.get(2)?,
                    position: r.get(3)?,
                    width: r.get(4)?,
                    height: r.get(5)?,
                    original_sha256: r.get(6)?,
                    original_bytes: r.get(7)?,
                    captured_at: r.get(8)?,
                    image_bytes: r.get(9)?,
                    thumbnail_bytes: r.get(10)?,
                    id,
                },
            ))
        },
    )?;
    let payments = all(
        conn,
        "SELECT id, document_id, amount_minor, currency, paid_on, payee, reference, receipt_page_id,
             created_at, updated_at
         FROM payments ORDER BY paid_on, created_at, id",
        |r| {
            Ok(PaymentEntry {
                id: r.get(0)?,
                document_id: r.get(1)?,
                amount_minor: r.get(2)?,
                currency: r.get(3)?,
                paid_on: r.get(4)?,
                payee: r.get(5)?,
                reference: r.get(6)?,
                receipt_page_id: r.get(7)?,
                created_at: r.get(8)?,
                updated_at: r.get(9)?,
            })
        },
    )?;
    let events = all(
        conn,
        "SELECT id, person_id, procedure_id, kind, happened_on, created_at FROM events
         ORDER BY happened_on, created_at, id",
        |r| {
            Ok(EventEntry {
                id: r.get(0)?,
                person_id: r.get(1)?,
                procedure_id: r.get(2)?,
                kind: r.get(3)?,
                happened_on: r.get(4)?,
                created_at: r.get(5)?,
            })
        },
    )?;
    let deadline_choices = all(
        conn,
        "SELECT deadline_id, offsets, done_for, snoozed_until, snoozed_for, updated_at
         FROM deadline_choices ORDER BY deadline_id",
        |r| {
            let offsets: Option<String> = r.get(1)?;
            Ok(ChoiceEntry {
                deadline_id: r.get(0)?,
                offsets: offsets.and_then(|o| serde_json::from_str(&o).ok()),
                done_for: r.get(2)?,
                snoozed_until: r.get(3)?,
                snoozed_for: r.get(4)?,
                updated_at: r.get(5)?,
            })
        },
    )?;
    let (rowids, pages) = pages.into_iter().unzip();
    let manifest = Manifest {
        format: BACKUP_FORMAT.to_owned(),
        version: BACKUP_VERSION,
        people,
        documents,
        pages,
        payments,
        events,
        deadline_choices,
    };
    Ok((manifest, rowids))
}

// Restore

fn damaged(problem: BackupProblem, detail: impl Into<String>) -> Error {
    Error::BackupDamaged {
        problem,
        detail: detail.into(),
    }
}

/// Something in the archive or its manifest does not agree with the rest.
fn inconsistent(detail: impl Into<String>) -> Error {
    damaged(BackupProblem::Inconsistent, detail)
}

/// The file is an age file but not a Huquq backup's archive.
fn not_huquq(detail: impl Into<String>) -> Error {
    damaged(BackupProblem::NotAHuquqBackup, detail)
}

/// For errors while reading the decrypted stream: age reports a chunk that fails authentication as
/// invalid data and a missing last chunk as an unexpected end. tar's own messages may quote bytes
/// of the archive, so they are not passed on.
fn unreadable(error: io::Error) -> Error {
    match error.kind() {
        io::ErrorKind::UnexpectedEof => damaged(BackupProblem::CutShort, "the file is cut short"),
        io::ErrorKind::InvalidData => {
            damaged(BackupProblem::Altered, "the file was altered or is damaged")
        }
        _ => not_huquq("the archive is malformed"),
    }
}

fn restore_into(
    tx: &Transaction,
    src: &Path,
    identity: &dyn age::Identity,
    progress: &mut dyn FnMut(Progress),
) -> Result<RestoreSummary> {
    let file = File::open(src)?;
    let decryptor = age::Decryptor::new_buffered(BufReader::with_capacity(BUFFER_BYTES, file))
        .map_err(|_| damaged(BackupProblem::NotAnAgeFile, "not an age file"))?;
    let reader = decryptor
        .decrypt(iter::once(identity))
        .map_err(|error| match error {
            age::DecryptError::DecryptionFailed
            | age::DecryptError::NoMatchingKeys
            | age::DecryptError::KeyDecryptionFailed => Error::BackupWrongSecret,
            age::DecryptError::ExcessiveWork { required, .. } => damaged(
                BackupProblem::TooCostly,
                format!("scrypt work factor {required} is too high"),
            ),
            age::DecryptError::InvalidMac => {
                damaged(BackupProblem::Altered, "the age header was altered")
            }
            _ => damaged(BackupProblem::NotAnAgeFile, "the age header cannot be read"),
        })?;

    let mut archive = tar::Archive::new(reader);
    let summary = {
        let mut entries = archive.entries().map_err(unreadable)?;
        let mut manifest = first_manifest(&mut entries)?;
        check(&mut manifest)?;
        let total = count(manifest.documents.len()) + count(manifest.pages.len());
        let mut done = 0;
        progress(Progress { done, total });

        let (summary, rowids) = merge(tx, &manifest)?;
        done += count(manifest.documents.len());
        progress(Progress { done, total });

        let mut wanted = HashMap::new();
        for (index, page) in manifest.pages.iter().enumerate() {
            let image = format!("{ROOT}/{}", page.image);
            let thumbnail = format!("{ROOT}/{}", page.thumbnail);
            wanted.insert(image, (index, "image", page.image_bytes, IMAGE_SEEN));
            wanted.insert(
                thumbnail,
                (index, "thumbnail", page.thumbnail_bytes, THUMBNAIL_SEEN),
            );
        }
        let mut seen = vec![0u8; manifest.pages.len()];
        for entry in entries {
            let mut entry = entry.map_err(unreadable)?;
            if !entry.header().entry_type().is_file() {
                continue;
            }
            let path = entry_path(&entry)?;
            if path == MANIFEST_PATH {
                return Err(inconsistent("the archive holds two manifests"));
            }
            // Files that this version does not know are left alone.
            let Some(&(index, column, size, bit)) = wanted.get(&path) else {
                continue;
            };
            if seen[index] & bit != 0 {
                return Err(inconsistent(format!(
                    "page {index}: {column} appears twice"
                )));
            }
            if entry.size() != size {
                return Err(inconsistent(format!(
                    "page {index}: {column} is not the size the manifest gives"
                )));
            }
            match rowids[index] {
                Some(rowid) => {
                    let mut blob = tx.blob_open("main", "page_images", column, rowid, false)?;
                    copy_jpeg(&mut entry, &mut blob, size, index)?;
                }
                None => copy_jpeg(&mut entry, &mut io::sink(), size, index)?,
            }
            seen[index] |= bit;
            if seen[index] == IMAGE_SEEN | THUMBNAIL_SEEN {
                done += 1;
                progress(Progress { done, total });
            }
        }
        if let Some(index) = seen.iter().position(|s| *s != IMAGE_SEEN | THUMBNAIL_SEEN) {
            return Err(inconsistent(format!(
                "page {index}: an image listed in the manifest is missing"
            )));
        }
        summary
    };
    // The archive's end is not the file's: reading to the end makes age check that the last chunk
    // is really the last, so a file cut short after the archive is still caught.
    io::copy(&mut archive.into_inner(), &mut io::sink()).map_err(unreadable)?;
    Ok(summary)
}

const IMAGE_SEEN: u8 = 1;
const THUMBNAIL_SEEN: u8 = 2;

fn entry_path<R: Read>(entry: &tar::Entry<R>) -> Result<String> {
    let bytes = entry.path_bytes();
    let path = std::str::from_utf8(&bytes).map_err(|_| not_huquq("a file name is not UTF-8"))?;
    // An archive rebuilt with `tar cf backup.tar ./huquq-backup` is still a backup.
    Ok(path.strip_prefix("./").unwrap_or(path).to_owned())
}

fn first_manifest<R: Read>(entries: &mut tar::Entries<R>) -> Result<Manifest> {
    for entry in entries.by_ref() {
        let entry = entry.map_err(unreadable)?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        if entry_path(&entry)? != MANIFEST_PATH {
            return Err(not_huquq(
                "the archive does not start with a Huquq manifest",
            ));
        }
        if entry.size() > MAX_MANIFEST_BYTES {
            return Err(not_huquq("the manifest is too large"));
        }
        let mut bytes = Vec::new();
        entry
            .take(MAX_MANIFEST_BYTES)
            .read_to_end(&mut bytes)
            .map_err(unreadable)?;
        return parse_manifest(&bytes);
    }
    Err(not_huquq("the archive holds no manifest"))
}

fn parse_manifest(bytes: &[u8]) -> Result<Manifest> {
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
fn check(manifest: &mut Manifest) -> Result<()> {
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
    Ok(())
}

fn exists(tx: &Transaction, table: &str, id: &str) -> Result<bool> {
    Ok(tx
        .prepare_cached(&format!("SELECT 1 FROM {table} WHERE id = ?1"))?
        .query_row([id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Inserts the records that are new, with each new page's images as zero-filled blobs of the
/// right size that the archive's files then fill in. Returns, per manifest page, the row to fill
/// (`None` for a page skipped as a duplicate).
fn merge(tx: &Transaction, manifest: &Manifest) -> Result<(RestoreSummary, Vec<Option<i64>>)> {
    let mut summary = RestoreSummary::default();

    for person in &manifest.people {
        if exists(tx, "people", &person.id)? {
            continue;
        }
        tx.execute(
            "INSERT INTO people (id, name, relation, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                person.id,
                person.name,
                person.relation,
                person.created_at,
                person.updated_at
            ],
        )?;
        summary.people_added += 1;
    }

    let mut new_documents = HashSet::new();
    for document in &manifest.documents {
        if exists(tx, "documents", &document.id)? {
            continue;
        }
        tx.execute(
            "INSERT INTO documents (id, person_id, kind, number, authority, issued_on, expires_on,
                 notes, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                document.id,
                document.person_id,
                document.kind,
                document.number,
                document.authority,
                document.issued_on,
                document.expires_on,
                document.notes,
                document.created_at,
                document.updated_at
            ],
        )?;
        new_documents.insert(document.id.as_str());
        summary.documents_added += 1;
    }

    // In page order within each document, so appended pages keep the backup's order.
    let mut order: Vec<usize> = (0..manifest.pages.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&manifest.pages[a], &manifest.pages[b]);
        (&a.document_id, a.position).cmp(&(&b.document_id, b.position))
    });
    let mut rowids = vec![None; manifest.pages.len()];
    // Manifest page id → the id of that page in the vault, for payments' receipts.
    let mut page_ids: HashMap<&str, String> = HashMap::new();
    // For documents that already have pages: the next free position at the end.
    let mut next_position: HashMap<&str, Option<u32>> = HashMap::new();
    for index in order {
        let page = &manifest.pages[index];
        let same_id = exists(tx, "pages", &page.id)?.then(|| page.id.clone());
        let existing = match same_id {
            Some(id) => Some(id),
            None => tx
                .prepare_cached(
                    "SELECT id FROM pages WHERE document_id = ?1 AND original_sha256 = ?2 LIMIT 1",
                )?
                .query_row([&page.document_id, &page.original_sha256], |r| r.get(0))
                .optional()?,
        };
        if let Some(id) = existing {
            page_ids.insert(&page.id, id);
            summary.pages_skipped_duplicate += 1;
            continue;
        }
        let document = page.document_id.as_str();
        let next = match next_position.get_mut(document) {
            Some(next) => next,
            None => {
                let last: Option<u32> = if new_documents.contains(document) {
                    None
                } else {
                    tx.query_row(
                        "SELECT max(position) FROM pages WHERE document_id = ?1",
                        [document],
                        |r| r.get(0),
                    )?
                };
                next_position
                    .entry(document)
                    .or_insert(last.map(|last| last.saturating_add(1)))
            }
        };
        // A document with no pages yet keeps the backup's positions (unique, checked).
        let position = match next {
            Some(next) => {
                let position = *next;
                *next = next.saturating_add(1);
                position
            }
            None => page.position,
        };
        tx.execute(
            "INSERT INTO pages (id, document_id, position, width, height, original_sha256,
                 original_bytes, captured_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                page.id,
                page.document_id,
                position,
                page.width,
                page.height,
                page.original_sha256,
                page.original_bytes,
                page.captured_at
            ],
        )?;
        // The images arrive later in the archive, streamed into these zero-filled blobs.
        tx.execute(
            "INSERT INTO page_images (page_id, thumbnail, image) VALUES (?1, zeroblob(?2), zeroblob(?3))",
            params![page.id, page.thumbnail_bytes, page.image_bytes],
        )?;
        rowids[index] = Some(tx.last_insert_rowid());
        page_ids.insert(&page.id, page.id.clone());
        summary.pages_added += 1;
    }

    for payment in &manifest.payments {
        if exists(tx, "payments", &payment.id)? {
            continue;
        }
        let receipt = payment
            .receipt_page_id
            .as_deref()
            .and_then(|id| page_ids.get(id));
        tx.execute(
            "INSERT INTO payments (id, document_id, amount_minor, currency, paid_on, payee,
                 reference, receipt_page_id, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                payment.id,
                payment.document_id,
                payment.amount_minor,
                payment.currency,
                payment.paid_on,
                payment.payee,
                payment.reference,
                receipt,
                payment.created_at,
                payment.updated_at
            ],
        )?;
        summary.payments_added += 1;
    }
    for event in &manifest.events {
        if exists(tx, "events", &event.id)? {
            continue;
        }
        tx.execute(
            "INSERT INTO events (id, person_id, procedure_id, kind, happened_on, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                event.id,
                event.person_id,
                event.procedure_id,
                event.kind,
                event.happened_on,
                event.created_at
            ],
        )?;
        summary.events_added += 1;
    }
    // A choice already made on this phone wins over the backup's.
    for choice in &manifest.deadline_choices {
        let offsets = match &choice.offsets {
            Some(o) => Some(serde_json::to_string(o).map_err(io::Error::other)?),
            None => None,
        };
        tx.execute(
            "INSERT OR IGNORE INTO deadline_choices
                 (deadline_id, offsets, done_for, snoozed_until, snoozed_for, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                choice.deadline_id,
                offsets,
                choice.done_for,
                choice.snoozed_until,
                choice.snoozed_for,
                choice.updated_at
            ],
        )?;
    }
    Ok((summary, rowids))
}

/// Copies one image from the archive, refusing anything that is not a JPEG. Reading errors are the
/// backup's fault (damage); writing errors are the vault's (storage).
fn copy_jpeg(from: &mut impl Read, to: &mut impl Write, size: u64, index: usize) -> Result<()> {
    let mut start = [0u8; JPEG_START.len()];
    from.read_exact(&mut start).map_err(unreadable)?;
    if start != JPEG_START {
        return Err(inconsistent(format!("page {index}: not a JPEG image")));
    }
    to.write_all(&start)?;
    let mut copied = count(start.len());
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let n = match from.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(unreadable(e)),
        };
        to.write_all(&buffer[..n])?;
        copied += count(n);
    }
    if copied != size {
        return Err(damaged(
            BackupProblem::CutShort,
            format!("page {index}: an image is cut short"),
        ));
    }
    Ok(())
}
