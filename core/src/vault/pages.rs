//! Pages: photos of a document, ingested from a file path (never byte arrays through the FFI),
//! stored as metadata-free JPEGs inside the encrypted database, read back as bytes or into a file.
use std::io::Write;
use std::path::Path;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

use crate::error::{Error, ItemKind, Result};
use crate::vault::Vault;
use crate::vault::key::hex;
use crate::vault::model::{Document, DocumentInput, Page};
use crate::vault::photo::{self, IngestedPhoto, PhotoLimits};
use crate::vault::store::{ValidDocument, document, insert_document};

const PAGE_SELECT: &str = "SELECT id, document_id, position, width, height, original_sha256, original_bytes, captured_at FROM pages";

fn page_row(row: &Row) -> rusqlite::Result<Page> {
    Ok(Page {
        id: row.get(0)?,
        document_id: row.get(1)?,
        position: row.get(2)?,
        width: row.get(3)?,
        height: row.get(4)?,
        original_sha256: row.get(5)?,
        original_bytes: row.get(6)?,
        captured_at: row.get(7)?,
    })
}

fn page(conn: &Connection, id: &str) -> Result<Page> {
    conn.prepare_cached(&format!("{PAGE_SELECT} WHERE id = ?1"))?
        .query_row([id], page_row)
        .optional()?
        .ok_or_else(|| Error::NotFound {
            kind: ItemKind::Page,
            id: id.to_owned(),
        })
}

/// Inserts a processed photo as the document's last page, inside the caller's transaction.
fn insert_page(
    tx: &Transaction,
    document_id: &str,
    photo: &IngestedPhoto,
    captured_at: DateTime<Utc>,
) -> Result<String> {
    tx.query_row(
        "SELECT 1 FROM documents WHERE id = ?1",
        [document_id],
        |_| Ok(()),
    )
    .optional()?
    .ok_or_else(|| Error::NotFound {
        kind: ItemKind::Document,
        id: document_id.to_owned(),
    })?;
    let position: u32 = tx.query_row(
        "SELECT coalesce(max(position), 0) + 1 FROM pages WHERE document_id = ?1",
        [document_id],
        |r| r.get(0),
    )?;
    let id = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO pages (id, document_id, position, width, height, original_sha256,
             original_bytes, captured_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            id,
            document_id,
            position,
            photo.width,
            photo.height,
            hex(&photo.original_sha256),
            photo.original_bytes,
            captured_at.to_rfc3339_opts(SecondsFormat::Millis, true)
        ],
    )?;
    tx.execute(
        "INSERT INTO page_images (page_id, thumbnail, image) VALUES (?1, ?2, ?3)",
        params![id, photo.thumbnail, photo.jpeg],
    )?;
    Ok(id)
}

impl Vault {
    /// Adds a photo as the document's last page. The slow work (decoding, stripping metadata,
    /// resizing) happens before the transaction, so a failure there stores nothing and a crash
    /// leaves either the whole page or none.
    pub fn add_page(
        &self,
        document_id: &str,
        path: &Path,
        captured_at: DateTime<Utc>,
    ) -> Result<Page> {
        self.document(document_id)?;
        let photo = photo::ingest(path, &PhotoLimits::default())?;
        self.write(|tx| {
            // The document may have been deleted while the photo was being processed.
            let id = insert_page(tx, document_id, &photo, captured_at)?;
            page(tx, &id)
        })
    }

    /// Adds a document together with its pages, all or nothing: every photo is processed first,
    /// then one transaction stores the document and every page, so no crash or bad photo can
    /// leave a document without the pages the user meant to keep with it.
    pub fn add_document_with_pages(
        &self,
        input: &DocumentInput,
        photos: &[&Path],
        now: DateTime<Utc>,
    ) -> Result<Document> {
        let valid = ValidDocument::new(input)?;
        let limits = PhotoLimits::default();
        let ingested = photos
            .iter()
            .map(|path| photo::ingest(path, &limits))
            .collect::<Result<Vec<_>, _>>()?;
        self.write(|tx| {
            let id = insert_document(tx, input, &valid, now)?;
            for photo in &ingested {
                insert_page(tx, &id, photo, now)?;
            }
            document(tx, &id)
        })
    }

    /// The document's pages in order.
    pub fn pages(&self, document_id: &str) -> Result<Vec<Page>> {
        self.document(document_id)?;
        let conn = self.conn();
        let mut statement = conn.prepare_cached(&format!(
            "{PAGE_SELECT} WHERE document_id = ?1 ORDER BY position"
        ))?;
        let rows = statement.query_map([document_id], page_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn page_blob(&self, page_id: &str, column: &str) -> Result<Vec<u8>> {
        let conn = self.conn();
        conn.query_row(
            &format!("SELECT {column} FROM page_images WHERE page_id = ?1"),
            [page_id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| Error::NotFound {
            kind: ItemKind::Page,
            id: page_id.to_owned(),
        })
    }

    /// The page as JPEG bytes (metadata-free), for viewing.
    pub fn page_jpeg(&self, page_id: &str) -> Result<Vec<u8>> {
        self.page_blob(page_id, "image")
    }

    pub fn page_thumbnail(&self, page_id: &str) -> Result<Vec<u8>> {
        self.page_blob(page_id, "thumbnail")
    }

    /// Writes the page's JPEG to `dest` (for sharing): written beside it first, then renamed, so
    /// `dest` is either complete or absent.
    pub fn export_page(&self, page_id: &str, dest: &Path) -> Result<()> {
        let jpeg = self.page_jpeg(page_id)?;
        let partial = dest.with_extension("partial");
        {
            let mut file = std::fs::File::create(&partial)?;
            file.write_all(&jpeg)?;
            file.sync_all()?;
        }
        std::fs::rename(&partial, dest)?;
        Ok(())
    }

    /// SQLite's own consistency check of the whole database ("ok" when sound).
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    /// Deletes one page (its bytes are overwritten: secure_delete); later pages move up.
    pub fn delete_page(&self, page_id: &str) -> Result<()> {
        self.write(|tx| {
            let gone = page(tx, page_id)?;
            tx.execute("DELETE FROM pages WHERE id = ?1", [page_id])?;
            tx.execute(
                "UPDATE pages SET position = position - 1 WHERE document_id = ?1 AND position > ?2",
                params![gone.document_id, gone.position],
            )?;
            Ok(())
        })
    }
}
