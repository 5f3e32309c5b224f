//! Every locale complete: each message of the reference locale present, with the same attributes
//! and variables, nothing extra; and each translation present declared in the catalog, and the
//! other way round.
use std::collections::BTreeMap;

use super::fluent::MessageShape;
use super::{Finding, catalog_finding};
use crate::content::REFERENCE_LOCALE;
use crate::content::catalog::{Catalog, TranslationStatus, ids};

/// Which catalog item a message id belongs to, when its presence depends on declared translations.
fn declared_item<'a>(
    catalog: &'a Catalog,
    id: &str,
) -> Option<(&'static str, &'a BTreeMap<String, TranslationStatus>)> {
    if let Some(article) = id.strip_prefix("article-").and_then(|a| catalog.article(a)) {
        return Some(("article", &article.translations));
    }
    if let Some(card) = id
        .strip_prefix("card-")
        .and_then(|c| catalog.officer_card(c))
    {
        return Some(("officer card", &card.translations));
    }
    if let Some(contact) = id
        .strip_prefix("contact-")
        .and_then(|c| catalog.contacts.iter().find(|x| x.id == c))
    {
        return Some(("contact", &contact.translations));
    }
    if let Some(procedure) = id
        .strip_prefix("procedure-")
        .and_then(|p| catalog.procedure(p))
    {
        return Some(("procedure", &procedure.translations));
    }
    if let Some(term) = id
        .strip_prefix("glossary-")
        .and_then(|g| catalog.glossary.iter().find(|x| x.id == g))
    {
        return Some(("glossary term", &term.translations));
    }
    None
}

pub(super) fn compare_with_reference(
    tag: &str,
    messages: &BTreeMap<String, MessageShape>,
    reference: &BTreeMap<String, MessageShape>,
    findings: &mut Vec<Finding>,
) {
    for (id, expected) in reference {
        // Every locale carries everything: a right nobody can read in their language does not
        // help. (A missing text still falls back along the chain at run time.)
        match messages.get(id) {
            None => findings.push(Finding {
                file: format!(
                    "{tag}/{}",
                    expected.file.split_once('/').map_or("", |(_, p)| p)
                ),
                line: None,
                message: format!(
                    "message {id} is missing (it exists in {REFERENCE_LOCALE}/{})",
                    expected.file.split_once('/').map_or("", |(_, p)| p)
                ),
            }),
            Some(actual) => {
                for (part, vars) in &expected.parts {
                    let label = part_label(id, part);
                    match actual.parts.get(part) {
                        None => findings.push(Finding {
                            file: actual.file.clone(),
                            line: Some(actual.line),
                            message: format!("{label} is missing"),
                        }),
                        Some(actual_vars) if actual_vars != vars => findings.push(Finding {
                            file: actual.file.clone(),
                            line: Some(actual.line),
                            message: format!("{label} uses variables {actual_vars:?}, but {REFERENCE_LOCALE} uses {vars:?}"),
                        }),
                        Some(_) => {}
                    }
                }
                for part in actual
                    .parts
                    .keys()
                    .filter(|p| !expected.parts.contains_key(*p))
                {
                    findings.push(Finding {
                        file: actual.file.clone(),
                        line: Some(actual.line),
                        message: format!(
                            "{} does not exist in {REFERENCE_LOCALE}",
                            part_label(id, part)
                        ),
                    });
                }
            }
        }
    }
    for (id, actual) in messages
        .iter()
        .filter(|(id, _)| !reference.contains_key(*id))
    {
        findings.push(Finding {
            file: actual.file.clone(),
            line: Some(actual.line),
            message: format!("message {id} does not exist in {REFERENCE_LOCALE}"),
        });
    }
}

fn part_label(id: &str, part: &Option<String>) -> String {
    match part {
        Some(attribute) => format!("{id}.{attribute}"),
        None => format!("the value of {id}"),
    }
}

/// A translation present must be declared (so machine translations are always marked), and one
/// declared must be present.
pub(super) fn check_declared_translations(
    catalog: &Catalog,
    tag: &str,
    messages: &BTreeMap<String, MessageShape>,
    findings: &mut Vec<Finding>,
) {
    for (id, shape) in messages {
        if let Some((kind, translations)) = declared_item(catalog, id)
            && !translations.contains_key(tag)
        {
            findings.push(Finding {
                file: shape.file.clone(),
                line: Some(shape.line),
                message: format!(
                    "{kind} {id} has a {tag} text but catalog.json does not declare its translation status (original, reviewed or machine)"
                ),
            });
        }
    }
    let mut declared: Vec<(String, &'static str)> = Vec::new();
    for a in &catalog.articles {
        if a.translations.contains_key(tag) {
            declared.push((ids::article(&a.id), "article"));
        }
    }
    for c in &catalog.officer_cards {
        if c.translations.contains_key(tag) {
            declared.push((ids::card(&c.id), "officer card"));
        }
    }
    for c in &catalog.contacts {
        if c.translations.contains_key(tag) {
            declared.push((ids::contact(&c.id), "contact"));
        }
    }
    for p in &catalog.procedures {
        if p.translations.contains_key(tag) {
            declared.push((ids::procedure(&p.id), "procedure"));
        }
    }
    for g in &catalog.glossary {
        if g.translations.contains_key(tag) {
            declared.push((ids::glossary(&g.id), "glossary term"));
        }
    }
    for (id, kind) in declared {
        if !messages.contains_key(&id) {
            findings.push(catalog_finding(format!(
                "{kind} {id} is declared in {tag} but has no {tag} text"
            )));
        }
    }
}
