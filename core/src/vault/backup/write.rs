//! Writing a backup: one read transaction feeds the tar archive, block by block, to a second
//! thread that seals it in the age format and writes the file.
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;
use std::sync::mpsc;
use std::thread;

use chrono::DateTime;
use rusqlite::Connection;
use zeroize::{Zeroize, Zeroizing};

use super::manifest::{BACKUP_FORMAT, BACKUP_VERSION, Manifest, PageEntry};
use super::{BackupSummary, MANIFEST_PATH, Progress, ROOT, count};

use crate::error::Result;
use crate::vault::age_file::AgeWriter;
use crate::vault::flushing::FlushingFile;
use crate::vault::replace::write_replacing;
use crate::vault::rows::{
    self, DeadlineChoiceRow, DocumentRow, EventRow, JournalRow, PageImage, PaymentRow, PersonRow,
    TableRow,
};
use crate::vault::store::Vault;

/// The pipe between the two stages of a backup: 1 MiB blocks, four in flight.
const PIPE_BLOCK_BYTES: usize = 1024 * 1024;
const PIPE_BLOCKS: usize = 4;

/// Tar archives are made of 512-byte records.
const TAR_RECORD: usize = 512;

/// Writes the backup to `<dest>.partial`, then renames it to `dest`, so that a crash never leaves a
/// half file under the real name.
pub(super) fn write_file(
    vault: &Vault,
    dest: &Path,
    recipient: &dyn age::Recipient,
    progress: &mut dyn FnMut(Progress),
) -> Result<BackupSummary> {
    write_replacing(dest, |partial| {
        write_archive(vault, partial, recipient, progress)
    })
}

fn write_archive(
    vault: &Vault,
    partial: &Path,
    recipient: &dyn age::Recipient,
    progress: &mut dyn FnMut(Progress),
) -> Result<BackupSummary> {
    let mut conn = vault.conn();
    // One read transaction: the manifest and every image come from the same snapshot.
    let tx = conn.transaction()?;
    let (manifest, rowids) = read_manifest(&tx)?;
    let total = count(manifest.documents.len()) + count(manifest.pages.len());
    let mut done = 0;
    progress(Progress { done, total });

    // The manifest names people and documents: its bytes are wiped once sent.
    let json = Zeroizing::new(serde_json::to_vec_pretty(&manifest).map_err(io::Error::other)?);
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
                // Nobody to take it back once the archive is complete: wiped instead.
                if let Err(mpsc::SendError(mut block)) = give_back.send(block) {
                    block.zeroize();
                }
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
                let images = [
                    (PageImage::Image, &page.image),
                    (PageImage::Thumbnail, &page.thumbnail),
                ];
                for (which, name) in images {
                    let mut blob = rows::open_page_image(&tx, rowid, which, true)?;
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

/// The blocks held plaintext of the archive (names, numbers, photos): wiped when the backup ends,
/// however it ends.
impl Drop for Pipe {
    fn drop(&mut self) {
        self.block.zeroize();
        while let Ok(mut block) = self.returned.try_recv() {
            block.zeroize();
        }
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

/// The manifest of everything in the vault, and for each page the `page_images` row to stream its
/// images from.
fn read_manifest(conn: &Connection) -> Result<(Manifest, Vec<i64>)> {
    fn all<R: TableRow, Entry: From<R>>(conn: &Connection, order: &str) -> Result<Vec<Entry>> {
        let mut statement = conn.prepare(&format!("{} ORDER BY {order}", rows::select::<R>()))?;
        let found = statement.query_map([], R::read)?;
        Ok(found
            .map(|row| row.map(Entry::from))
            .collect::<rusqlite::Result<_>>()?)
    }

    let people = all::<PersonRow, _>(conn, "created_at, id")?;
    let documents = all::<DocumentRow, _>(conn, "created_at, id")?;
    let (rowids, pages) = rows::pages_with_images(conn)?
        .into_iter()
        .map(|stored| (stored.images_rowid, PageEntry::from(stored)))
        .unzip();
    let payments = all::<PaymentRow, _>(conn, "paid_on, created_at, id")?;
    let events = all::<EventRow, _>(conn, "happened_on, created_at, id")?;
    let deadline_choices = all::<DeadlineChoiceRow, _>(conn, "deadline_id")?;
    let journal = all::<JournalRow, _>(conn, "chain, position")?;
    let manifest = Manifest {
        format: BACKUP_FORMAT.to_owned(),
        version: BACKUP_VERSION,
        people,
        documents,
        pages,
        payments,
        events,
        deadline_choices,
        journal,
    };
    Ok((manifest, rowids))
}
