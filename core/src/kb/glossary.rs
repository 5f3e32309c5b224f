//! The glossary screen: each legal term in the user's language, with the Russian and Kazakh words
//! an official will use, so a reader recognises them at the office.
use crate::content::Content;
use crate::content::catalog::{TranslationStatus, ids};
use crate::content::presented::{original_locale, translation_notices};
use crate::kb::model::{GlossaryItem, GlossaryScreen};
use crate::kb::screens::official_text;
use crate::l10n::Localizer;

/// The jurisdiction whose officials' languages stand beside each term.
const OFFICIALS_OF: &str = "kz";

pub fn glossary(content: &Content, l10n: &Localizer) -> GlossaryScreen {
    let official_languages: Vec<_> = content
        .catalog
        .jurisdiction(OFFICIALS_OF)
        .map(|j| j.official_languages.as_slice())
        .unwrap_or_default()
        .iter()
        .filter_map(|tag| content.locales.iter().find(|l| l.to_string() == *tag))
        .collect();
    let mut terms: Vec<GlossaryItem> = content
        .catalog
        .glossary
        .iter()
        .filter_map(|entry| {
            let id = ids::glossary(&entry.id);
            let term = l10n.lookup(&id, Some("term"), None)?;
            let official = official_languages
                .iter()
                .filter(|lang| ***lang != term.locale)
                .filter_map(|lang| {
                    let machine = entry.translations.get(&lang.to_string())
                        == Some(&TranslationStatus::Machine);
                    official_text(content, l10n, lang, &id, "term", machine)
                })
                .collect();
            Some(GlossaryItem {
                id: entry.id.clone(),
                definition: l10n
                    .lookup(&id, Some("definition"), None)
                    .map(|t| t.text)
                    .unwrap_or_default(),
                locale: term.locale.to_string(),
                term: term.text,
                official,
            })
        })
        .collect();
    // Case-insensitive, which is right for every script we carry; no collation data needed.
    terms.sort_by_cached_key(|t| t.term.to_lowercase());
    let notices = content
        .catalog
        .glossary
        .first()
        .and_then(|first| {
            let shown = l10n.locale_of(&ids::glossary(&first.id), Some("term"))?;
            Some(translation_notices(
                content,
                l10n,
                shown,
                first.translations.get(&shown.to_string()).copied(),
                original_locale(&first.translations),
            ))
        })
        .unwrap_or_default();
    GlossaryScreen {
        title: l10n.ui("glossary-title"),
        direction: l10n.direction(),
        notices,
        terms,
    }
}
