//! The catalog itself: ids listed once, every reference (jurisdiction, topic, related article,
//! card's article) to something that exists, translations declared into known locales with the
//! reference locale among them, and official languages that are language tags.
use std::collections::{BTreeMap, BTreeSet};

use super::procedures::{check_calendar, check_procedure};
use super::sources::check_sources;
use super::{Finding, catalog_finding};
use crate::content::REFERENCE_LOCALE;
use crate::content::catalog::{Catalog, TranslationStatus};

pub(super) fn check_catalog(catalog: &Catalog, tags: &[String], findings: &mut Vec<Finding>) {
    let mut seen = BTreeSet::new();
    let all_ids = catalog
        .articles
        .iter()
        .map(|a| ("article", &a.id))
        .chain(catalog.topics.iter().map(|t| ("topic", &t.id)))
        .chain(
            catalog
                .officer_cards
                .iter()
                .map(|c| ("officer card", &c.id)),
        )
        .chain(catalog.contacts.iter().map(|c| ("contact", &c.id)))
        .chain(catalog.glossary.iter().map(|g| ("glossary term", &g.id)))
        .chain(catalog.procedures.iter().map(|p| ("procedure", &p.id)))
        .chain(
            catalog
                .jurisdictions
                .iter()
                .map(|j| ("jurisdiction", &j.id)),
        );
    for (kind, id) in all_ids {
        if !seen.insert((kind, id.clone())) {
            findings.push(catalog_finding(format!("{kind} {id} is listed twice")));
        }
    }
    let known_jurisdiction = |id: &str| catalog.jurisdiction(id).is_some();
    let check_translations = |what: &str,
                              translations: &BTreeMap<String, TranslationStatus>,
                              findings: &mut Vec<Finding>| {
        for tag in translations.keys().filter(|t| !tags.contains(t)) {
            findings.push(catalog_finding(format!(
                "{what} declares a translation into unknown locale {tag}"
            )));
        }
        if !translations.contains_key(REFERENCE_LOCALE) {
            findings.push(catalog_finding(format!(
                "{what} has no {REFERENCE_LOCALE} text"
            )));
        }
    };
    for article in &catalog.articles {
        let what = format!("article {}", article.id);
        if !known_jurisdiction(&article.jurisdiction) {
            findings.push(catalog_finding(format!(
                "{what}: unknown jurisdiction {}",
                article.jurisdiction
            )));
        }
        if article.topics.is_empty() {
            findings.push(catalog_finding(format!("{what} belongs to no topic")));
        }
        for topic in article.topics.iter().filter(|t| catalog.topic(t).is_none()) {
            findings.push(catalog_finding(format!("{what}: unknown topic {topic}")));
        }
        for related in article
            .related
            .iter()
            .filter(|r| catalog.article(r).is_none())
        {
            findings.push(catalog_finding(format!(
                "{what}: unknown related article {related}"
            )));
        }
        check_sources(&what, &article.sources, findings);
        check_translations(&what, &article.translations, findings);
    }
    for card in &catalog.officer_cards {
        let what = format!("officer card {}", card.id);
        if !known_jurisdiction(&card.jurisdiction) {
            findings.push(catalog_finding(format!(
                "{what}: unknown jurisdiction {}",
                card.jurisdiction
            )));
        }
        if let Some(article) = card
            .article
            .as_ref()
            .filter(|a| catalog.article(a).is_none())
        {
            findings.push(catalog_finding(format!(
                "{what}: unknown article {article}"
            )));
        }
        check_sources(&what, &card.sources, findings);
        check_translations(&what, &card.translations, findings);
    }
    for contact in &catalog.contacts {
        let what = format!("contact {}", contact.id);
        for j in contact
            .jurisdictions
            .iter()
            .filter(|j| !known_jurisdiction(j))
        {
            findings.push(catalog_finding(format!("{what}: unknown jurisdiction {j}")));
        }
        check_sources(&what, &contact.sources, findings);
        check_translations(&what, &contact.translations, findings);
    }
    for term in &catalog.glossary {
        check_translations(
            &format!("glossary term {}", term.id),
            &term.translations,
            findings,
        );
    }
    for procedure in &catalog.procedures {
        check_procedure(catalog, procedure, findings);
        check_translations(
            &format!("procedure {}", procedure.id),
            &procedure.translations,
            findings,
        );
    }
    for calendar in &catalog.calendars {
        check_calendar(catalog, calendar, findings);
    }
    // An official language need not be a locale yet (cards show the ones that are), but it must be
    // a real language tag.
    for jurisdiction in &catalog.jurisdictions {
        for tag in jurisdiction
            .official_languages
            .iter()
            .filter(|t| crate::l10n::parse_tag(t).is_none())
        {
            findings.push(catalog_finding(format!(
                "jurisdiction {}: official language {tag:?} is not a BCP 47 language tag",
                jurisdiction.id
            )));
        }
    }
}
