//! The case file: everything a lawyer needs about a person's dealings with officials, in one PDF
//! in the lawyer's language (the user's beside it), made on the phone from the vault, the journal
//! and the knowledge base, optionally encrypted with age to be sent safely.
//!
//! `compose` says what goes in, `layout` places it on A4 pages, `text` sets each paragraph
//! (fonts, shaping, bidirectional text, line breaks), `render` writes the PDF with krilla.
mod compose;
mod fonts;
mod layout;
mod render;
mod text;

use std::fs::File;
use std::io::Write;
use std::path::Path;

use crate::error::{Error, ItemKind, Result};
use crate::vault::age_file::AgeWriter;
use crate::vault::backup::{BackupSecret, Progress, recipient};
use crate::vault::flushing::FlushingFile;
use crate::vault::replace::write_replacing;

pub(crate) use compose::{CaseData, Languages, Sources};

/// What the user chose to put in a case file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CaseFileOptions {
    /// The lawyer's language, one of Huquq's; Russian when empty.
    pub lawyer_language: String,
    /// The user's own language, set beside the lawyer's in headings and labels; none, empty or
    /// the lawyer's for one language only.
    pub user_language: Option<String>,
    /// Documents whose kind, number, dates and issuer go in. Documents an entry names are named
    /// in it either way, as the entry recorded them.
    pub document_ids: Vec<String>,
    /// Pages pictured in full, besides every page an entry links to and the receipts of the
    /// payments that go in.
    pub page_ids: Vec<String>,
}

/// The lawyer's language when the user chose none: the language officials and lawyers in
/// Kazakhstan work in.
pub const DEFAULT_LAWYER_LANGUAGE: &str = "ru";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CaseFileSummary {
    /// Pages of the PDF.
    pub pages: u32,
    pub entries: u32,
    pub pictures: u32,
    /// The file's size, encrypted or not.
    pub bytes: u64,
    pub encrypted: bool,
}

/// The PDF, made in memory (a case file of 40 entries and 20 pictures is a few megabytes: the
/// pictures, passed through as the vault stores them).
pub(crate) fn make_pdf(
    data: &CaseData,
    languages: &Languages,
    sources: &mut Sources,
) -> Result<(Vec<u8>, u32)> {
    let fonts = fonts::fonts()?;
    let mut composer = layout::Composer::new(fonts);
    compose::compose(&mut composer, data, languages, sources);
    let title = languages.lawyer.ui("casefile-title");
    let direction = languages.lawyer.direction();
    let footer = |page: usize, pages: usize| {
        let text = languages.lawyer.ui_with(
            "casefile-footer",
            Some(&crate::l10n::args(&[
                ("page", i64::try_from(page).unwrap_or(0).into()),
                ("pages", i64::try_from(pages).unwrap_or(0).into()),
            ])),
        );
        (vec![text::Span::new(text, compose::FOOTER)], direction)
    };
    let pages = composer.finish(&footer);
    let count = u32::try_from(pages.len()).unwrap_or(u32::MAX);
    let language = languages.lawyer.primary().to_string();
    Ok((render::pdf(fonts, pages, &title, &language)?, count))
}

/// Writes `pdf` to `dest`, encrypted to `secret` when there is one, whole or not at all.
pub(crate) fn write_file(dest: &Path, pdf: &[u8], secret: Option<&BackupSecret>) -> Result<u64> {
    let recipient = secret.map(recipient).transpose()?;
    write_replacing(dest, |partial| {
        let file = FlushingFile::new(File::create(partial)?)?;
        let file = match &recipient {
            Some(recipient) => {
                let mut age = AgeWriter::new(file, recipient.as_ref())?;
                age.write_all(pdf)?;
                age.finish()?
            }
            None => {
                let mut file = file;
                file.write_all(pdf)?;
                file
            }
        };
        let file = file.finish()?;
        Ok(file.metadata()?.len())
    })
}

/// Counts entries and pictures done, for a progress bar.
pub(crate) struct Counter<'p> {
    pub done: u64,
    pub total: u64,
    pub report: &'p mut dyn FnMut(Progress),
}

impl Counter<'_> {
    pub(crate) fn step(&mut self) {
        self.done = (self.done + 1).min(self.total);
        (self.report)(Progress {
            done: self.done,
            total: self.total,
        });
    }
}

/// An id the options name that the vault does not hold.
pub(crate) fn not_found(kind: ItemKind, id: &str) -> Error {
    Error::NotFound {
        kind,
        id: id.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::compose::articles_for;
    use crate::journal::EntryKind;

    /// An article renamed or removed fails here, not in a lawyer's reading.
    #[test]
    fn every_article_a_dealing_points_to_exists() {
        let dir = tempfile::tempdir().expect("temp dir");
        let app = crate::App::open(dir.path(), &["en"]).expect("app");
        let content = app.content();
        for kind in EntryKind::ALL {
            for id in articles_for(kind) {
                assert!(content.catalog.article(id).is_some(), "{kind:?}: {id}");
            }
        }
        assert!(
            content
                .catalog
                .article(super::compose::PAYMENT_ARTICLE)
                .is_some()
        );
    }
}
