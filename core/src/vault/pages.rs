//! Pages: photos of a document, ingested from a file path (never byte arrays through the FFI),
//! stored as metadata-free JPEGs inside the encrypted database, read back as bytes or into a file.
use std::io::Write;
use std::path::Path;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use crate::error::{Error, ItemKind, Result};
use crate::vault::Vault;
use crate::vault::key::hex;
use crate::vault::model::{Document, DocumentInput, Page};
use crate::vault::photo::{self, IngestedPhoto, PhotoLimits};
use crate::vault::rows::{self, PageImage, TableRow};
use crate::vault::store::{ValidDocument, document, insert_document};

fn page(conn: &Connection, id: &str) -> Result<Page> {
    conn.prepare_cached(&format!("{} WHERE id = ?1", rows::select::<Page>()))?
        .query_row([id], Page::read)
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
    let page = Page {
        id: uuid::Uuid::new_v4().to_string(),
        document_id: document_id.to_owned(),
        position,
        width: photo.width,
        height: photo.height,
        original_sha256: hex(&photo.original_sha256),
        original_bytes: photo.original_bytes,
        captured_at: captured_at.to_rfc3339_opts(SecondsFormat::Millis, true),
    };
    rows::insert(tx, &page)?;
    rows::insert_page_images(tx, &page.id, &photo.thumbnail, &photo.jpeg)?;
    Ok(page.id)
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
            "{} WHERE document_id = ?1 ORDER BY position",
            rows::select::<Page>()
        ))?;
        let pages = statement.query_map([document_id], Page::read)?;
        Ok(pages.collect::<rusqlite::Result<_>>()?)
    }

    fn page_image(&self, page_id: &str, which: PageImage) -> Result<Vec<u8>> {
        rows::page_image(&self.conn(), page_id, which)?.ok_or_else(|| Error::NotFound {
            kind: ItemKind::Page,
            id: page_id.to_owned(),
        })
    }

    /// The page as JPEG bytes (metadata-free), for viewing.
    pub fn page_jpeg(&self, page_id: &str) -> Result<Vec<u8>> {
        self.page_image(page_id, PageImage::Image)
    }

    pub fn page_thumbnail(&self, page_id: &str) -> Result<Vec<u8>> {
        self.page_image(page_id, PageImage::Thumbnail)
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
