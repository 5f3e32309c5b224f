//! `App`'s case file: the options screen and the export.
use std::path::Path;

use chrono::{DateTime, Utc};

use crate::casefile::{
    self, CaseData, CaseFileOptions, CaseFileSummary, Counter, DEFAULT_LAWYER_LANGUAGE, Languages,
    Sources, not_found,
};
use crate::error::{ItemKind, Result};
use crate::reminders::model::ReminderSettings;
use crate::reminders::schedule::ValidSettings;
use crate::screens::casefile::{self as screen, CaseFileParts, CaseFileScreen};
use crate::vault::backup::{BackupSecret, Progress};
use crate::vault::model::DocumentFilter;
use crate::vault::store::Vault;

use super::App;

impl App {
    /// The options screen for `options`, or for the defaults when there are none yet: Russian for
    /// the lawyer with the user's language beside it, every document, no page beyond those the
    /// journal links to and the receipts.
    pub fn case_file_screen(
        &self,
        options: Option<CaseFileOptions>,
        now: DateTime<Utc>,
    ) -> Result<CaseFileScreen> {
        let l10n = self.l10n();
        let content = self.content();
        let today = self.today(now).to_string();
        let (documents, pages, payments, entries) = self.with_vault(|vault| {
            let documents = vault.documents(&DocumentFilter::default())?;
            let mut pages = Vec::new();
            let mut payments = Vec::new();
            for document in &documents {
                pages.extend(vault.pages(&document.id)?);
                payments.extend(vault.payments(&document.id)?);
            }
            Ok((documents, pages, payments, vault.journal()?))
        })?;
        let options = options.unwrap_or_else(|| {
            let user = l10n.primary().to_string();
            CaseFileOptions {
                lawyer_language: DEFAULT_LAWYER_LANGUAGE.to_owned(),
                user_language: (user != DEFAULT_LAWYER_LANGUAGE).then_some(user),
                document_ids: documents.iter().map(|d| d.id.clone()).collect(),
                page_ids: Vec::new(),
            }
        });
        let always_in = |page_id: &String| {
            entries.iter().any(|entry| entry.page_ids.contains(page_id))
                || payments
                    .iter()
                    .any(|payment| payment.receipt_page_id.as_ref() == Some(page_id))
        };
        let extra_pages = pages
            .iter()
            .filter(|page| !always_in(&page.id))
            .filter_map(|page| {
                let document = documents.iter().find(|d| d.id == page.document_id)?;
                Some((page, document))
            })
            .collect();
        Ok(screen::screen(
            &l10n,
            CaseFileParts {
                options,
                languages: crate::kb::screens::languages(&content, &l10n),
                documents: &documents,
                extra_pages,
                today,
            },
        ))
    }

    /// Makes the case file `options` describe and writes it to `dest` (encrypted with age when
    /// `secret` is given), whole or not at all. `now` dates it. The vault stays locked for other
    /// calls meanwhile: `progress` must not call back into it.
    pub fn export_case_file(
        &self,
        options: &CaseFileOptions,
        dest: &Path,
        secret: Option<&BackupSecret>,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<CaseFileSummary> {
        let content = self.content();
        let language = |tag: &str| -> Result<String> {
            let tag = tag.trim();
            content
                .catalog
                .locales
                .iter()
                .find(|locale| locale.tag == tag)
                .map(|locale| locale.tag.clone())
                .ok_or_else(|| not_found(ItemKind::Language, tag))
        };
        let lawyer_tag = match options.lawyer_language.trim() {
            "" => DEFAULT_LAWYER_LANGUAGE.to_owned(),
            tag => language(tag)?,
        };
        let user_tag = options
            .user_language
            .as_deref()
            .filter(|tag| !tag.trim().is_empty())
            .map(language)
            .transpose()?
            .filter(|tag| *tag != lawyer_tag);
        let lawyer = content.localizer(&[lawyer_tag.as_str()]);
        let user = user_tag.map(|tag| content.localizer(&[tag.as_str()]));
        let languages = Languages {
            lawyer: &lawyer,
            user: user.as_ref(),
        };
        let settings = self
            .with_vault(|vault| vault.reminder_settings())
            .unwrap_or_default();
        let zone = ValidSettings::new(&settings)
            .or_else(|_| ValidSettings::new(&ReminderSettings::default()))?;
        let local = |instant: DateTime<Utc>| zone.local(instant);
        let today = local(now).format("%Y-%m-%d").to_string();

        let (pdf, pages, data) = self.with_vault(|vault| {
            let data = gather(vault, options)?;
            let mut counter = Counter {
                done: 0,
                total: (data.entries.len() + data.pictured.len()) as u64,
                report: progress,
            };
            let mut jpeg = |id: &str| vault.page_jpeg(id).ok();
            let mut step = || counter.step();
            let mut sources = Sources {
                content: &content,
                local: &local,
                jpeg: &mut jpeg,
                progress: &mut step,
                today: &today,
            };
            let (pdf, pages) = casefile::make_pdf(&data, &languages, &mut sources)?;
            Ok((pdf, pages, data))
        })?;
        let bytes = casefile::write_file(dest, &pdf, secret)?;
        let receipts = data
            .payments
            .iter()
            .filter(|payment| payment.receipt_page_id.is_some())
            .count();
        Ok(CaseFileSummary {
            pages,
            entries: u32::try_from(data.entries.len()).unwrap_or(u32::MAX),
            pictures: u32::try_from(data.pictured.len() + receipts).unwrap_or(u32::MAX),
            bytes,
            encrypted: secret.is_some(),
        })
    }
}

/// Reads what the case file is made from, refusing an id the vault does not hold.
fn gather(vault: &Vault, options: &CaseFileOptions) -> Result<CaseData> {
    let all_documents = vault.documents(&DocumentFilter::default())?;
    for id in &options.document_ids {
        if !all_documents.iter().any(|document| &document.id == id) {
            return Err(not_found(ItemKind::Document, id));
        }
    }
    let mut pages = Vec::new();
    let mut all_payments = Vec::new();
    for document in &all_documents {
        pages.extend(vault.pages(&document.id)?);
        all_payments.extend(vault.payments(&document.id)?);
    }
    for id in &options.page_ids {
        if !pages.iter().any(|page| &page.id == id) {
            return Err(not_found(ItemKind::Page, id));
        }
    }
    let entries = vault.journal()?;
    let documents: Vec<_> = all_documents
        .iter()
        .filter(|document| options.document_ids.contains(&document.id))
        .cloned()
        .collect();
    // The payments an entry links to, and those of the documents chosen.
    let payments: Vec<_> = all_payments
        .into_iter()
        .filter(|payment| {
            entries
                .iter()
                .any(|entry| entry.payment_ids.contains(&payment.id))
                || options.document_ids.contains(&payment.document_id)
        })
        .collect();
    // Pictured in full: the pages entries link to (oldest dealing first), then the user's choice;
    // a receipt is pictured beside its payment instead, and a page deleted since is left out.
    let mut ordered: Vec<_> = entries.iter().collect();
    ordered.sort_by(|a, b| a.happened_at.cmp(&b.happened_at));
    let mut pictured: Vec<String> = Vec::new();
    for id in ordered
        .iter()
        .flat_map(|entry| entry.page_ids.iter())
        .chain(options.page_ids.iter())
    {
        let is_receipt = payments
            .iter()
            .any(|payment| payment.receipt_page_id.as_ref() == Some(id));
        if !is_receipt && !pictured.contains(id) && pages.iter().any(|page| &page.id == id) {
            pictured.push(id.clone());
        }
    }
    Ok(CaseData {
        people: vault.people()?,
        documents,
        all_documents,
        payments,
        pages,
        checks: vault.verify_journal()?,
        custody: vault.custody()?,
        entries,
        pictured,
    })
}
