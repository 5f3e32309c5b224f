//! Restoring a backup: the age file is decrypted as it is read, the manifest checked, its records
//! merged into the vault, and each page image made again from its pixels, as a new photo is, all
//! in the caller's transaction. A backup is a file from outside: a crafted JPEG in it must never
//! reach the phone's image decoder, and its declared sizes must not reserve space it cannot fill.
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{self, BufReader, Read, Write};
use std::iter;
use std::path::Path;

use rusqlite::{OptionalExtension, Transaction, params};

use super::manifest::{JPEG_START, JournalEntryRecord, Manifest, check, parse_manifest};
use super::{
    MANIFEST_PATH, Progress, ROOT, RestoreSummary, count, damaged, inconsistent, not_huquq,
};
use crate::error::{BackupProblem, Error, Result};
use crate::vault::model::Page;
use crate::vault::photo::{self, PhotoLimits};
use crate::vault::rows::{
    self, DeadlineChoiceRow, DocumentRow, EventRow, JournalRow, PageImage, PaymentRow, PersonRow,
};

/// Far above any real manifest (a few hundred bytes per item), so a hostile one cannot exhaust
/// memory before it is even parsed.
const MAX_MANIFEST_BYTES: u64 = 64 * 1024 * 1024;

/// Between the backup file and the decryptor: large enough that system calls do not dominate,
/// small enough for any phone.
const BUFFER_BYTES: usize = 256 * 1024;

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

pub(super) fn restore_into(
    tx: &Transaction,
    src: &Path,
    identity: &dyn age::Identity,
    progress: &mut dyn FnMut(Progress),
) -> Result<RestoreSummary> {
    let file = File::open(src)?;
    let file_bytes = file.metadata()?.len();
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
        check_sizes(&manifest, file_bytes)?;
        let limits = PhotoLimits::default();
        let total = count(manifest.documents.len()) + count(manifest.pages.len());
        let mut done = 0;
        progress(Progress { done, total });

        let (summary, to_fill) = merge(tx, &manifest)?;
        done += count(manifest.documents.len());
        progress(Progress { done, total });

        let mut wanted = HashMap::new();
        for (index, page) in manifest.pages.iter().enumerate() {
            let image = format!("{ROOT}/{}", page.image);
            let thumbnail = format!("{ROOT}/{}", page.thumbnail);
            wanted.insert(
                image,
                (index, PageImage::Image, page.image_bytes, IMAGE_SEEN),
            );
            wanted.insert(
                thumbnail,
                (
                    index,
                    PageImage::Thumbnail,
                    page.thumbnail_bytes,
                    THUMBNAIL_SEEN,
                ),
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
            let Some(&(index, which, size, bit)) = wanted.get(&path) else {
                continue;
            };
            let column = which.column();
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
            match (&to_fill[index], which) {
                (Some(page_id), PageImage::Image) => {
                    let mut jpeg = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
                    copy_jpeg(&mut entry, &mut jpeg, size, index)?;
                    let photo = photo::ingest_bytes(jpeg, &limits).map_err(|_| {
                        inconsistent(format!("page {index}: the image cannot be used"))
                    })?;
                    rows::insert_page_images(tx, page_id, &photo.thumbnail, &photo.jpeg)?;
                    tx.execute(
                        "UPDATE pages SET width = ?1, height = ?2 WHERE id = ?3",
                        rusqlite::params![photo.width, photo.height, page_id],
                    )?;
                }
                // The backup's thumbnail is checked and dropped: it is made again from the image.
                _ => copy_jpeg(&mut entry, &mut io::sink(), size, index)?,
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
        // Names and numbers in plaintext: wiped once parsed.
        let mut bytes = zeroize::Zeroizing::new(Vec::new());
        entry
            .take(MAX_MANIFEST_BYTES)
            .read_to_end(&mut bytes)
            .map_err(unreadable)?;
        return parse_manifest(&bytes);
    }
    Err(not_huquq("the archive holds no manifest"))
}

/// Inserts the records that are new (a page's images come later, from the archive). Returns, per manifest page, the id of the new page whose images the archive's files then give
/// (`None` for a page skipped as a duplicate).
fn merge(tx: &Transaction, manifest: &Manifest) -> Result<(RestoreSummary, Vec<Option<String>>)> {
    let mut summary = RestoreSummary::default();

    for person in &manifest.people {
        if rows::exists::<PersonRow>(tx, &person.id)? {
            continue;
        }
        rows::insert(tx, &PersonRow::from(person))?;
        summary.people_added += 1;
    }

    let mut new_documents = HashSet::new();
    for document in &manifest.documents {
        if rows::exists::<DocumentRow>(tx, &document.id)? {
            continue;
        }
        rows::insert(tx, &DocumentRow::from(document))?;
        new_documents.insert(document.id.as_str());
        summary.documents_added += 1;
    }

    // In page order within each document, so appended pages keep the backup's order.
    let mut order: Vec<usize> = (0..manifest.pages.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&manifest.pages[a], &manifest.pages[b]);
        (&a.document_id, a.position).cmp(&(&b.document_id, b.position))
    });
    let mut to_fill = vec![None; manifest.pages.len()];
    // Manifest page id → the id of that page in the vault, for payments' receipts.
    let mut page_ids: HashMap<&str, String> = HashMap::new();
    // For documents that already have pages: the next free position at the end.
    let mut next_position: HashMap<&str, Option<u32>> = HashMap::new();
    for index in order {
        let page = &manifest.pages[index];
        let same_id = rows::exists::<Page>(tx, &page.id)?.then(|| page.id.clone());
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
        rows::insert(
            tx,
            &Page {
                position,
                ..Page::from(page)
            },
        )?;
        // The images arrive later in the archive.
        to_fill[index] = Some(page.id.clone());
        page_ids.insert(&page.id, page.id.clone());
        summary.pages_added += 1;
    }

    for payment in &manifest.payments {
        if rows::exists::<PaymentRow>(tx, &payment.id)? {
            continue;
        }
        let receipt = payment
            .receipt_page_id
            .as_deref()
            .and_then(|id| page_ids.get(id));
        rows::insert(
            tx,
            &PaymentRow {
                receipt_page_id: receipt.cloned(),
                ..PaymentRow::from(payment)
            },
        )?;
        summary.payments_added += 1;
    }
    for event in &manifest.events {
        if rows::exists::<EventRow>(tx, &event.id)? {
            continue;
        }
        rows::insert(tx, &EventRow::from(event))?;
        summary.events_added += 1;
    }
    // A choice already made on this phone wins over the backup's.
    for choice in &manifest.deadline_choices {
        rows::insert_or_keep(tx, &DeadlineChoiceRow::from(choice))?;
    }
    summary.journal_entries_added = merge_journal(tx, &manifest.journal)?;
    Ok((summary, to_fill))
}

/// Adds the backup's journal entries this vault does not have. Each backup chain already holds on
/// its own (`manifest::check`); an entry already here must be the same entry at the same place, and
/// a place already taken by another entry refuses the backup: a merge never breaks a chain.
fn merge_journal(tx: &Transaction, journal: &[JournalEntryRecord]) -> Result<u32> {
    let mut ordered: Vec<&JournalEntryRecord> = journal.iter().collect();
    ordered.sort_by(|a, b| a.chain.cmp(&b.chain).then(a.position.cmp(&b.position)));
    let mut added = 0;
    for entry in ordered {
        let here: Option<(String, i64, String)> = tx
            .prepare_cached("SELECT chain, position, hash FROM journal_entries WHERE id = ?1")?
            .query_row([&entry.id], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?))
            })
            .optional()?;
        if let Some(here) = here {
            if here != (entry.chain.clone(), entry.position, entry.hash.clone()) {
                return Err(inconsistent(
                    "a journal entry differs from the one in the vault",
                ));
            }
            continue;
        }
        let taken: bool = tx
            .prepare_cached("SELECT 1 FROM journal_entries WHERE chain = ?1 AND position = ?2")?
            .query_row(params![entry.chain, entry.position], |_| Ok(()))
            .optional()?
            .is_some();
        if taken {
            return Err(inconsistent(
                "a journal entry's place is taken by another entry",
            ));
        }
        rows::insert(tx, &JournalRow::from(entry))?;
        added += 1;
    }
    Ok(added)
}

/// The images a manifest declares must fit in the file that carries them, each within what a
/// photo may be: a few-kilobyte file cannot announce gigabytes.
fn check_sizes(manifest: &Manifest, file_bytes: u64) -> Result<()> {
    let max = PhotoLimits::default().max_file_bytes;
    let mut declared: u64 = 0;
    for (index, page) in manifest.pages.iter().enumerate() {
        if page.image_bytes > max || page.thumbnail_bytes > max {
            return Err(inconsistent(format!(
                "page {index}: an image is larger than any photo"
            )));
        }
        declared = declared
            .saturating_add(page.image_bytes)
            .saturating_add(page.thumbnail_bytes);
    }
    if declared > file_bytes {
        return Err(inconsistent(
            "the manifest declares more image bytes than the file holds",
        ));
    }
    Ok(())
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
