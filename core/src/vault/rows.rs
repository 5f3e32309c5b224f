//! The vault's tables, row by row: for each table its columns, how a result row becomes a struct and
//! how a struct is inserted. The store, the pages, the reminders' store and the backup all read and
//! insert through here, so a new column is added here once (and, for a backup to carry it, to the
//! manifest, whose field names are a documented format of their own: docs/BACKUP.md).
//!
//! A row struct holds its columns as stored, enums and dates as their text: the backup copies them
//! as they are, and each owner makes its model (`Person`, `Event`…) from them. `Page` is the one
//! model that is exactly its row.
use rusqlite::blob::Blob;
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, Row, Statement, params};

use crate::error::Result;
use crate::vault::model::Page;

/// A table whose rows are `Self`.
pub(crate) trait TableRow: Sized {
    const TABLE: &'static str;
    /// In the table's order, the primary key first. `read` takes them in this order from the start
    /// of a result row, so a query may select more after them.
    const COLUMNS: &'static [&'static str];

    fn read(row: &Row) -> rusqlite::Result<Self>;

    /// Runs `statement`, an INSERT of `COLUMNS` in their order, with this row's values.
    fn execute_insert(&self, statement: &mut Statement) -> rusqlite::Result<usize>;
}

/// `people.id, people.name, …`: qualified by the table, so that a query joining another table with
/// a column of the same name stays unambiguous.
pub(crate) fn columns<R: TableRow>() -> String {
    R::COLUMNS
        .iter()
        .map(|column| format!("{}.{column}", R::TABLE))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The primary key's column: the first (every table here has a one-column key).
fn key_column<R: TableRow>() -> &'static str {
    R::COLUMNS.first().copied().unwrap_or("rowid")
}

/// `SELECT <every column> FROM <table>`, for the caller to add its `WHERE` and `ORDER BY`.
pub(crate) fn select<R: TableRow>() -> String {
    format!("SELECT {} FROM {}", columns::<R>(), R::TABLE)
}

/// What an INSERT does when the primary key is already there.
#[derive(Clone, Copy)]
enum OnConflict {
    /// Fails with SQLite's constraint error.
    Fail,
    /// Keeps the row already there (`INSERT OR IGNORE`).
    Ignore,
    /// Overwrites the row already there, every column but the key.
    Update,
}

fn insert_sql<R: TableRow>(on_conflict: OnConflict) -> String {
    let names = R::COLUMNS.join(", ");
    let values = (1..=R::COLUMNS.len())
        .map(|n| format!("?{n}"))
        .collect::<Vec<_>>()
        .join(", ");
    let (verb, tail) = match on_conflict {
        OnConflict::Fail => ("INSERT", String::new()),
        OnConflict::Ignore => ("INSERT OR IGNORE", String::new()),
        OnConflict::Update => {
            let set = R::COLUMNS
                .iter()
                .skip(1)
                .map(|column| format!("{column} = excluded.{column}"))
                .collect::<Vec<_>>()
                .join(", ");
            let key = key_column::<R>();
            (
                "INSERT",
                format!(" ON CONFLICT ({key}) DO UPDATE SET {set}"),
            )
        }
    };
    format!("{verb} INTO {} ({names}) VALUES ({values}){tail}", R::TABLE)
}

fn insert_with<R: TableRow>(conn: &Connection, row: &R, on_conflict: OnConflict) -> Result<usize> {
    let mut statement = conn.prepare_cached(&insert_sql::<R>(on_conflict))?;
    Ok(row.execute_insert(&mut statement)?)
}

/// Inserts a new row; a row with the same key already there is an error.
pub(crate) fn insert<R: TableRow>(conn: &Connection, row: &R) -> Result<()> {
    insert_with(conn, row, OnConflict::Fail).map(drop)
}

/// Inserts a row unless one with the same key is already there, which is then kept as it is.
pub(crate) fn insert_or_keep<R: TableRow>(conn: &Connection, row: &R) -> Result<()> {
    insert_with(conn, row, OnConflict::Ignore).map(drop)
}

/// Inserts a row, or overwrites the one with the same key.
pub(crate) fn upsert<R: TableRow>(conn: &Connection, row: &R) -> Result<()> {
    insert_with(conn, row, OnConflict::Update).map(drop)
}

/// Whether the table has a row with this primary key.
pub(crate) fn exists<R: TableRow>(conn: &Connection, key: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT 1 FROM {} WHERE {} = ?1",
            R::TABLE,
            key_column::<R>()
        ))?
        .query_row([key], |_| Ok(()))
        .optional()?
        .is_some())
}

/// A text column's value as one this version knows. The schema's CHECKs admit no other, so an
/// unknown one means a damaged file, reported the way rusqlite reports a value it cannot convert.
pub(crate) fn known_value<R: TableRow, T>(
    column: &str,
    text: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    parse(text).ok_or_else(|| {
        let index = R::COLUMNS.iter().position(|c| *c == column).unwrap_or(0);
        rusqlite::Error::FromSqlConversionFailure(
            index,
            Type::Text,
            format!("unknown value {text:?}").into(),
        )
    })
}

// people

pub(crate) struct PersonRow {
    pub id: String,
    pub name: String,
    /// `Relation::as_str`.
    pub relation: String,
    pub created_at: String,
    pub updated_at: String,
}

impl TableRow for PersonRow {
    const TABLE: &'static str = "people";
    const COLUMNS: &'static [&'static str] =
        &["id", "name", "relation", "created_at", "updated_at"];

    fn read(row: &Row) -> rusqlite::Result<Self> {
        Ok(PersonRow {
            id: row.get(0)?,
            name: row.get(1)?,
            relation: row.get(2)?,
            created_at: row.get(3)?,
            updated_at: row.get(4)?,
        })
    }

    fn execute_insert(&self, statement: &mut Statement) -> rusqlite::Result<usize> {
        statement.execute(params![
            self.id,
            self.name,
            self.relation,
            self.created_at,
            self.updated_at
        ])
    }
}

// documents

pub(crate) struct DocumentRow {
    pub id: String,
    pub person_id: String,
    /// `DocumentKind::as_str`.
    pub kind: String,
    pub number: String,
    pub authority: String,
    /// `YYYY-MM-DD`.
    pub issued_on: Option<String>,
    pub expires_on: Option<String>,
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
}

impl TableRow for DocumentRow {
    const TABLE: &'static str = "documents";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "person_id",
        "kind",
        "number",
        "authority",
        "issued_on",
        "expires_on",
        "notes",
        "created_at",
        "updated_at",
    ];

    fn read(row: &Row) -> rusqlite::Result<Self> {
        Ok(DocumentRow {
            id: row.get(0)?,
            person_id: row.get(1)?,
            kind: row.get(2)?,
            number: row.get(3)?,
            authority: row.get(4)?,
            issued_on: row.get(5)?,
            expires_on: row.get(6)?,
            notes: row.get(7)?,
            created_at: row.get(8)?,
            updated_at: row.get(9)?,
        })
    }

    fn execute_insert(&self, statement: &mut Statement) -> rusqlite::Result<usize> {
        statement.execute(params![
            self.id,
            self.person_id,
            self.kind,
            self.number,
            self.authority,
            self.issued_on,
            self.expires_on,
            self.notes,
            self.created_at,
            self.updated_at
        ])
    }
}

/// The four columns of a document that deadlines need. Deadlines are recomputed after every change
/// and before every notification plan, so their read stays lean: reading whole rows of 1,000
/// documents made `pending_notifications` 8% slower (measured).
pub(crate) struct DatedDocumentRow {
    pub id: String,
    pub person_id: String,
    pub kind: String,
    pub expires_on: Option<String>,
}

impl DatedDocumentRow {
    /// `SELECT id, person_id, kind, expires_on FROM documents WHERE expires_on IS NOT NULL`.
    pub(crate) fn select_dated() -> String {
        format!(
            "SELECT {} FROM {} WHERE expires_on IS NOT NULL",
            ["id", "person_id", "kind", "expires_on"]
                .iter()
                .map(|c| format!("{}.{c}", DocumentRow::TABLE))
                .collect::<Vec<_>>()
                .join(", "),
            DocumentRow::TABLE
        )
    }

    pub(crate) fn read(row: &Row) -> rusqlite::Result<Self> {
        Ok(DatedDocumentRow {
            id: row.get(0)?,
            person_id: row.get(1)?,
            kind: row.get(2)?,
            expires_on: row.get(3)?,
        })
    }
}

// pages: the model is the row; the images are in `page_images`, below.

impl TableRow for Page {
    const TABLE: &'static str = "pages";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "document_id",
        "position",
        "width",
        "height",
        "original_sha256",
        "original_bytes",
        "captured_at",
    ];

    fn read(row: &Row) -> rusqlite::Result<Self> {
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

    fn execute_insert(&self, statement: &mut Statement) -> rusqlite::Result<usize> {
        statement.execute(params![
            self.id,
            self.document_id,
            self.position,
            self.width,
            self.height,
            self.original_sha256,
            self.original_bytes,
            self.captured_at
        ])
    }
}

// page_images: a page's two JPEGs, in a table of their own (schema 2) so that reading page rows
// never walks image bytes. Every statement that names its columns is here.

const PAGE_IMAGES: &str = "page_images";

/// One of a page's two images: a column of `page_images`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PageImage {
    Image,
    Thumbnail,
}

impl PageImage {
    pub(crate) fn column(self) -> &'static str {
        match self {
            PageImage::Image => "image",
            PageImage::Thumbnail => "thumbnail",
        }
    }
}

/// Stores a page's images.
pub(crate) fn insert_page_images(
    conn: &Connection,
    page_id: &str,
    thumbnail: &[u8],
    image: &[u8],
) -> Result<()> {
    conn.execute(
        "INSERT INTO page_images (page_id, thumbnail, image) VALUES (?1, ?2, ?3)",
        params![page_id, thumbnail, image],
    )?;
    Ok(())
}

/// One image of a page, whole; `None` if there is no such page.
pub(crate) fn page_image(
    conn: &Connection,
    page_id: &str,
    which: PageImage,
) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT {} FROM {PAGE_IMAGES} WHERE page_id = ?1",
                which.column()
            ),
            [page_id],
            |r| r.get(0),
        )
        .optional()?)
}

/// SQLite's incremental I/O on one image of the `page_images` row `rowid`, to stream it without
/// holding it whole.
pub(crate) fn open_page_image(
    conn: &Connection,
    rowid: i64,
    which: PageImage,
    read_only: bool,
) -> Result<Blob<'_>> {
    Ok(conn.blob_open("main", PAGE_IMAGES, which.column(), rowid, read_only)?)
}

/// A page with the row of its images and their sizes, read without reading the images.
pub(crate) struct PageWithImages {
    pub page: Page,
    /// For [`open_page_image`].
    pub images_rowid: i64,
    pub image_bytes: u64,
    pub thumbnail_bytes: u64,
}

/// Every page that has its images, by document, then position.
pub(crate) fn pages_with_images(conn: &Connection) -> Result<Vec<PageWithImages>> {
    let count = Page::COLUMNS.len();
    let mut statement = conn.prepare(&format!(
        "SELECT {}, i.rowid, length(i.image), length(i.thumbnail)
         FROM pages JOIN {PAGE_IMAGES} i ON i.page_id = pages.id
         ORDER BY pages.document_id, pages.position",
        columns::<Page>()
    ))?;
    let rows = statement.query_map([], |r| {
        Ok(PageWithImages {
            page: Page::read(r)?,
            images_rowid: r.get(count)?,
            image_bytes: r.get(count + 1)?,
            thumbnail_bytes: r.get(count + 2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

// payments

pub(crate) struct PaymentRow {
    pub id: String,
    pub document_id: String,
    pub amount_minor: i64,
    pub currency: String,
    /// `YYYY-MM-DD`.
    pub paid_on: String,
    pub payee: String,
    pub reference: String,
    pub receipt_page_id: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl TableRow for PaymentRow {
    const TABLE: &'static str = "payments";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "document_id",
        "amount_minor",
        "currency",
        "paid_on",
        "payee",
        "reference",
        "receipt_page_id",
        "created_at",
        "updated_at",
    ];

    fn read(row: &Row) -> rusqlite::Result<Self> {
        Ok(PaymentRow {
            id: row.get(0)?,
            document_id: row.get(1)?,
            amount_minor: row.get(2)?,
            currency: row.get(3)?,
            paid_on: row.get(4)?,
            payee: row.get(5)?,
            reference: row.get(6)?,
            receipt_page_id: row.get(7)?,
            created_at: row.get(8)?,
            updated_at: row.get(9)?,
        })
    }

    fn execute_insert(&self, statement: &mut Statement) -> rusqlite::Result<usize> {
        statement.execute(params![
            self.id,
            self.document_id,
            self.amount_minor,
            self.currency,
            self.paid_on,
            self.payee,
            self.reference,
            self.receipt_page_id,
            self.created_at,
            self.updated_at
        ])
    }
}

// events (schema 3): what a person recorded for reminders.

pub(crate) struct EventRow {
    pub id: String,
    pub person_id: String,
    pub procedure_id: String,
    /// `EventKind::as_str`.
    pub kind: String,
    /// `YYYY-MM-DD`.
    pub happened_on: String,
    pub created_at: String,
}

impl TableRow for EventRow {
    const TABLE: &'static str = "events";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "person_id",
        "procedure_id",
        "kind",
        "happened_on",
        "created_at",
    ];

    fn read(row: &Row) -> rusqlite::Result<Self> {
        Ok(EventRow {
            id: row.get(0)?,
            person_id: row.get(1)?,
            procedure_id: row.get(2)?,
            kind: row.get(3)?,
            happened_on: row.get(4)?,
            created_at: row.get(5)?,
        })
    }

    fn execute_insert(&self, statement: &mut Statement) -> rusqlite::Result<usize> {
        statement.execute(params![
            self.id,
            self.person_id,
            self.procedure_id,
            self.kind,
            self.happened_on,
            self.created_at
        ])
    }
}

// deadline_choices (schema 3): what a person chose for one deadline.

pub(crate) struct DeadlineChoiceRow {
    pub deadline_id: String,
    /// Days before the deadline; stored as a JSON array, `None` for the settings' days.
    pub offsets: Option<Vec<u32>>,
    /// `YYYY-MM-DD`, each.
    pub done_for: Option<String>,
    pub snoozed_until: Option<String>,
    pub snoozed_for: Option<String>,
    pub updated_at: String,
}

impl TableRow for DeadlineChoiceRow {
    const TABLE: &'static str = "deadline_choices";
    const COLUMNS: &'static [&'static str] = &[
        "deadline_id",
        "offsets",
        "done_for",
        "snoozed_until",
        "snoozed_for",
        "updated_at",
    ];

    fn read(row: &Row) -> rusqlite::Result<Self> {
        let offsets: Option<String> = row.get(1)?;
        Ok(DeadlineChoiceRow {
            deadline_id: row.get(0)?,
            // Unreadable offsets fall back to the settings' days rather than hide the deadline.
            offsets: offsets.and_then(|o| serde_json::from_str(&o).ok()),
            done_for: row.get(2)?,
            snoozed_until: row.get(3)?,
            snoozed_for: row.get(4)?,
            updated_at: row.get(5)?,
        })
    }

    fn execute_insert(&self, statement: &mut Statement) -> rusqlite::Result<usize> {
        let offsets = match &self.offsets {
            Some(offsets) => Some(
                serde_json::to_string(offsets)
                    .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?,
            ),
            None => None,
        };
        statement.execute(params![
            self.deadline_id,
            offsets,
            self.done_for,
            self.snoozed_until,
            self.snoozed_for,
            self.updated_at
        ])
    }
}

// settings (schema 3): named values, each a JSON document of its owner's.

pub(crate) struct SettingRow {
    pub key: String,
    pub value: String,
}

impl TableRow for SettingRow {
    const TABLE: &'static str = "settings";
    const COLUMNS: &'static [&'static str] = &["key", "value"];

    fn read(row: &Row) -> rusqlite::Result<Self> {
        Ok(SettingRow {
            key: row.get(0)?,
            value: row.get(1)?,
        })
    }

    fn execute_insert(&self, statement: &mut Statement) -> rusqlite::Result<usize> {
        statement.execute(params![self.key, self.value])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_name_every_column_in_order() {
        assert_eq!(
            select::<PersonRow>(),
            "SELECT people.id, people.name, people.relation, people.created_at, people.updated_at \
             FROM people"
        );
        assert_eq!(
            insert_sql::<SettingRow>(OnConflict::Fail),
            "INSERT INTO settings (key, value) VALUES (?1, ?2)"
        );
        assert_eq!(
            insert_sql::<EventRow>(OnConflict::Ignore),
            "INSERT OR IGNORE INTO events (id, person_id, procedure_id, kind, happened_on, \
             created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
        );
        assert_eq!(
            insert_sql::<SettingRow>(OnConflict::Update),
            "INSERT INTO settings (key, value) VALUES (?1, ?2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        );
    }

    /// Each row's columns are the table's, in the schema's order: a `SELECT *` of a fresh vault
    /// names the same columns.
    #[test]
    fn columns_match_the_schema() {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::vault::schema::migrate(&mut conn).unwrap();
        fn check<R: TableRow>(conn: &Connection) {
            let statement = conn
                .prepare(&format!("SELECT * FROM {}", R::TABLE))
                .unwrap();
            assert_eq!(statement.column_names(), R::COLUMNS, "{}", R::TABLE);
        }
        check::<PersonRow>(&conn);
        check::<DocumentRow>(&conn);
        check::<Page>(&conn);
        check::<PaymentRow>(&conn);
        check::<EventRow>(&conn);
        check::<DeadlineChoiceRow>(&conn);
        check::<SettingRow>(&conn);
    }
}

// journal entries

/// One entry of the encounter journal as stored (core/src/journal/chain.rs says what the hashes
/// cover).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct JournalRow {
    pub id: String,
    pub chain: String,
    pub position: i64,
    /// The entry's content, canonical JSON.
    pub body: String,
    /// Lowercase hex SHA-256; 64 zeros for a chain's first entry.
    pub previous_hash: String,
    pub hash: String,
}

impl TableRow for JournalRow {
    const TABLE: &'static str = "journal_entries";
    const COLUMNS: &'static [&'static str] =
        &["id", "chain", "position", "body", "previous_hash", "hash"];

    fn read(row: &Row) -> rusqlite::Result<Self> {
        Ok(JournalRow {
            id: row.get(0)?,
            chain: row.get(1)?,
            position: row.get(2)?,
            body: row.get(3)?,
            previous_hash: row.get(4)?,
            hash: row.get(5)?,
        })
    }

    fn execute_insert(&self, statement: &mut Statement) -> rusqlite::Result<usize> {
        statement.execute(params![
            self.id,
            self.chain,
            self.position,
            self.body,
            self.previous_hash,
            self.hash
        ])
    }
}
