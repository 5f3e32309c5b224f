//! What every screen that shows content carries, whichever part of the product builds it: notices
//! (not translated, machine translation, not confirmed) and sources. The knowledge base, the
//! glossary and the reminders' checklists share them.
use std::collections::BTreeMap;

use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::content::Content;
use crate::content::catalog::{Source, TranslationStatus, ids};
use crate::l10n::{Localizer, args};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum NoticeKind {
    /// Not available in the user's language; shown in another.
    NotTranslated,
    /// Machine translation not yet reviewed by a fluent person.
    MachineTranslated,
    /// A point the sources leave uncertain.
    Unverified,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SourceItem {
    pub citation: String,
    /// The authoritative text.
    pub url: Option<String>,
    /// An unofficial translation (a reading aid), with its localized label.
    pub translation: Option<SourceLink>,
    /// "Checked November 2026", localized.
    pub checked: String,
}

/// A link beside a source, with its localized label ("Unofficial English translation").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SourceLink {
    pub label: String,
    pub url: String,
}

/// A language's name in the reader's language ("russe" for a French reader).
pub fn language_name(content: &Content, l10n: &Localizer, tag: &str) -> String {
    l10n.lookup(&ids::language(tag), None, None)
        .map(|t| t.text)
        .unwrap_or_else(|| {
            content
                .catalog
                .locales
                .iter()
                .find(|l| l.tag == tag)
                .map(|l| l.name.clone())
                .unwrap_or_else(|| tag.to_owned())
        })
}

pub(crate) fn sources(l10n: &Localizer, sources: &[Source]) -> Vec<SourceItem> {
    sources
        .iter()
        .map(|s| SourceItem {
            citation: s.citation.clone(),
            url: s.url.clone(),
            translation: s.translation_url.as_ref().map(|url| SourceLink {
                label: l10n.ui("source-translation"),
                url: url.clone(),
            }),
            checked: l10n.ui_with(
                "source-checked",
                Some(&args(&[("date", s.checked.as_str().into())])),
            ),
        })
        .collect()
}

pub(crate) fn translation_notices(
    content: &Content,
    l10n: &Localizer,
    shown: &LanguageIdentifier,
    status: Option<TranslationStatus>,
    original: Option<&str>,
) -> Vec<Notice> {
    let mut notices = Vec::new();
    let requested = l10n.primary();
    if shown != requested {
        let names = args(&[
            (
                "requested",
                language_name(content, l10n, &requested.to_string()).into(),
            ),
            (
                "shown",
                language_name(content, l10n, &shown.to_string()).into(),
            ),
        ]);
        notices.push(Notice {
            kind: NoticeKind::NotTranslated,
            text: l10n.ui_with("notice-not-translated", Some(&names)),
        });
    }
    if status == Some(TranslationStatus::Machine) {
        let original = language_name(
            content,
            l10n,
            original.unwrap_or(crate::content::REFERENCE_LOCALE),
        );
        notices.push(Notice {
            kind: NoticeKind::MachineTranslated,
            text: l10n.ui_with(
                "notice-machine-translated",
                Some(&args(&[("original", original.into())])),
            ),
        });
    }
    notices
}

pub(crate) fn unverified_notice(l10n: &Localizer, details: Option<String>) -> Notice {
    let details = details.unwrap_or_else(|| l10n.ui("confidence-unverified"));
    Notice {
        kind: NoticeKind::Unverified,
        text: l10n.ui_with(
            "notice-unverified",
            Some(&args(&[("details", details.into())])),
        ),
    }
}

pub(crate) fn original_locale(translations: &BTreeMap<String, TranslationStatus>) -> Option<&str> {
    translations
        .iter()
        .find(|(_, s)| **s == TranslationStatus::Original)
        .map(|(tag, _)| tag.as_str())
}
