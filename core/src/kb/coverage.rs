//! `huquq content coverage`: how much of the reference content each locale has, by kind of text,
//! and how much of it a fluent person has written or reviewed.
use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_syntax::ast;
use serde::Serialize;

use crate::content::REFERENCE_LOCALE;
use crate::content::catalog::{Catalog, TranslationStatus, ids};
use crate::content::embedded::ContentSource;

const KINDS: [&str; 5] = [
    "articles",
    "officer cards",
    "contacts",
    "glossary",
    "procedures",
];
/// Everything that is not a catalog item: screens, errors, topic names.
const INTERFACE: &str = "interface";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Part {
    pub kind: String,
    pub present: usize,
    pub total: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleCoverage {
    pub locale: String,
    pub parts: Vec<Part>,
    pub present: usize,
    pub total: usize,
    /// Catalog items (articles, cards, contacts, glossary terms, procedures) in this locale by who
    /// wrote them; the interface counts as one item with the locale's `ui` status.
    pub original: usize,
    pub reviewed: usize,
    pub machine: usize,
}

impl LocaleCoverage {
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            self.present as f64 * 100.0 / self.total as f64
        }
    }
}

/// The kind of text each catalog item's message is.
fn kinds(catalog: &Catalog) -> HashMap<String, &'static str> {
    let [articles, cards, contacts, glossary, procedures] = KINDS;
    catalog
        .articles
        .iter()
        .map(|a| (ids::article(&a.id), articles))
        .chain(
            catalog
                .officer_cards
                .iter()
                .map(|c| (ids::card(&c.id), cards)),
        )
        .chain(
            catalog
                .contacts
                .iter()
                .map(|c| (ids::contact(&c.id), contacts)),
        )
        .chain(
            catalog
                .glossary
                .iter()
                .map(|g| (ids::glossary(&g.id), glossary)),
        )
        .chain(
            catalog
                .procedures
                .iter()
                .map(|p| (ids::procedure(&p.id), procedures)),
        )
        .collect()
}

/// Coverage of every locale the catalog lists; `None` when the catalog does not parse (the content
/// check reports why).
pub fn coverage(source: &ContentSource) -> Option<Vec<LocaleCoverage>> {
    let catalog: Catalog = serde_json::from_str(&source.catalog_json).ok()?;
    let files = source.files().ok()?;
    let mut ids: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        let set = ids.entry(file.locale.as_str()).or_default();
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                set.insert(message.id.name.to_owned());
            }
        }
    }
    let kind_of = kinds(&catalog);
    let empty = BTreeSet::new();
    let reference = ids.get(REFERENCE_LOCALE).unwrap_or(&empty);
    let statuses: Vec<&BTreeMap<String, TranslationStatus>> = catalog
        .articles
        .iter()
        .map(|a| &a.translations)
        .chain(catalog.officer_cards.iter().map(|c| &c.translations))
        .chain(catalog.contacts.iter().map(|c| &c.translations))
        .chain(catalog.glossary.iter().map(|g| &g.translations))
        .chain(catalog.procedures.iter().map(|p| &p.translations))
        .collect();
    Some(
        catalog
            .locales
            .iter()
            .map(|entry| {
                let have = ids.get(entry.tag.as_str()).unwrap_or(&empty);
                let mut parts: Vec<Part> = std::iter::once(INTERFACE)
                    .chain(KINDS)
                    .map(|kind| Part {
                        kind: kind.to_owned(),
                        present: 0,
                        total: 0,
                    })
                    .collect();
                for id in reference {
                    let kind = kind_of.get(id).copied().unwrap_or(INTERFACE);
                    if let Some(part) = parts.iter_mut().find(|p| p.kind == kind) {
                        part.total += 1;
                        part.present += usize::from(have.contains(id));
                    }
                }
                let mut counts = [0usize; 3];
                let mut count = |status: TranslationStatus| {
                    counts[match status {
                        TranslationStatus::Original => 0,
                        TranslationStatus::Reviewed => 1,
                        TranslationStatus::Machine => 2,
                    }] += 1;
                };
                count(entry.ui);
                for status in statuses.iter().filter_map(|t| t.get(&entry.tag)) {
                    count(*status);
                }
                LocaleCoverage {
                    locale: entry.tag.clone(),
                    present: parts.iter().map(|p| p.present).sum(),
                    total: parts.iter().map(|p| p.total).sum(),
                    parts,
                    original: counts[0],
                    reviewed: counts[1],
                    machine: counts[2],
                }
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded::FtlFile;

    #[test]
    fn counts_each_kind_and_who_wrote_it() {
        let source = ContentSource::from_files(
            r#"{
                "locales": [{"tag": "en", "name": "English", "ui": "original"},
                            {"tag": "fr", "name": "Français", "ui": "machine"}],
                "jurisdictions": [{"id": "kz", "official_languages": []}],
                "topics": [],
                "articles": [
                  {"id": "a", "jurisdiction": "kz", "topics": [], "confidence": "reported", "sources": [],
                   "translations": {"en": "original", "fr": "reviewed"}},
                  {"id": "article-sources", "jurisdiction": "kz", "topics": [], "confidence": "reported",
                   "sources": [], "translations": {"en": "original"}}]
            }"#,
            [
                (
                    "en",
                    "ui.ftl",
                    "hello = Hi\narticle-sources-heading = Sources\n",
                ),
                ("en", "articles/a.ftl", "article-a =\n    .title = A\n"),
                (
                    "en",
                    "articles/b.ftl",
                    "article-article-sources =\n    .title = B\n",
                ),
                ("fr", "ui.ftl", "hello = Salut\n"),
                ("fr", "articles/a.ftl", "article-a =\n    .title = A\n"),
            ]
            .into_iter()
            .map(|(locale, path, text)| FtlFile {
                locale: locale.into(),
                path: path.into(),
                text: text.into(),
            })
            .collect(),
            "test",
        );
        let report = coverage(&source).expect("coverage");
        let fr = &report[1];
        let part = |kind: &str| {
            let p = fr.parts.iter().find(|p| p.kind == kind).expect("part");
            (p.present, p.total)
        };
        // A UI id that merely starts with "article-" is interface text, not an article.
        assert_eq!(part("interface"), (1, 2));
        assert_eq!(part("articles"), (1, 2));
        assert_eq!((fr.present, fr.total), (2, 4));
        assert_eq!((fr.original, fr.reviewed, fr.machine), (0, 1, 1));
        assert_eq!(report[0].percent(), 100.0);
    }
}
