//! `locales/catalog.json`: the language-independent structure of the knowledge base.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use crate::content::procedure::{Procedure, WorkCalendar};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// Which content this is (`2026-12-07.1`): a content pack installs only over an older one.
    /// Required of the built-in content and of every pack; test catalogs may leave it out.
    #[serde(default)]
    pub release: Option<crate::content::pack::ContentRelease>,
    pub locales: Vec<LocaleEntry>,
    pub jurisdictions: Vec<Jurisdiction>,
    pub topics: Vec<Topic>,
    pub articles: Vec<Article>,
    #[serde(default)]
    pub officer_cards: Vec<OfficerCard>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// Legal terms, explained in every locale (one `glossary-<id>` message each).
    #[serde(default)]
    pub glossary: Vec<GlossaryTerm>,
    /// What the law asks a person to do, and by when (the reminders).
    #[serde(default)]
    pub procedures: Vec<Procedure>,
    /// Working-day calendars (weekends and public holidays) per jurisdiction.
    #[serde(default)]
    pub calendars: Vec<WorkCalendar>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleEntry {
    pub tag: String,
    /// The language's own name for itself, shown in the language picker.
    pub name: String,
    /// Who wrote the interface strings of this locale.
    pub ui: TranslationStatus,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    pub id: String,
    /// The languages its officials read, best first (the officer cards show these).
    pub official_languages: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub id: String,
    pub jurisdiction: String,
    pub topics: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
    pub confidence: Confidence,
    pub sources: Vec<Source>,
    pub translations: BTreeMap<String, TranslationStatus>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficerCard {
    pub id: String,
    pub jurisdiction: String,
    pub article: Option<String>,
    pub confidence: Confidence,
    pub sources: Vec<Source>,
    pub translations: BTreeMap<String, TranslationStatus>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub id: String,
    pub jurisdictions: Vec<String>,
    pub website: Option<String>,
    pub phone: Option<String>,
    pub sources: Vec<Source>,
    pub translations: BTreeMap<String, TranslationStatus>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryTerm {
    pub id: String,
    pub translations: BTreeMap<String, TranslationStatus>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub citation: String,
    /// The authoritative text: for a legal act, adilet's Russian page.
    pub url: Option<String>,
    /// An unofficial translation to read alongside (adilet's English page), never the authority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation_url: Option<String>,
    /// `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. Empty means never checked, which
    /// the content check refuses.
    #[serde(default)]
    pub checked: String,
}

/// How far a legal statement has been checked.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Confidence {
    /// Checked against the current official text.
    Verified,
    /// From named sources, not yet checked against the official text.
    Reported,
    /// The research marks a point uncertain; the article says what is not confirmed.
    Unverified,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TranslationStatus {
    /// Written in this language.
    Original,
    /// Translated and checked by a fluent person.
    Reviewed,
    /// Machine translation that no fluent person has reviewed yet.
    Machine,
}

impl Catalog {
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }
    pub fn officer_card(&self, id: &str) -> Option<&OfficerCard> {
        self.officer_cards.iter().find(|c| c.id == id)
    }
    pub fn procedure(&self, id: &str) -> Option<&Procedure> {
        self.procedures.iter().find(|p| p.id == id)
    }
    pub fn calendar(&self, jurisdiction: &str) -> Option<&WorkCalendar> {
        self.calendars
            .iter()
            .find(|c| c.jurisdiction == jurisdiction)
    }
    pub fn jurisdiction(&self, id: &str) -> Option<&Jurisdiction> {
        self.jurisdictions.iter().find(|j| j.id == id)
    }
}

/// Fluent message ids of catalog items, in one place so screens, search and the content check agree.
pub mod ids {
    pub fn article(id: &str) -> String {
        format!("article-{id}")
    }
    pub fn topic(id: &str) -> String {
        format!("topic-{id}")
    }
    pub fn card(id: &str) -> String {
        format!("card-{id}")
    }
    pub fn contact(id: &str) -> String {
        format!("contact-{id}")
    }
    pub fn procedure(id: &str) -> String {
        format!("procedure-{id}")
    }
    pub fn glossary(id: &str) -> String {
        format!("glossary-{id}")
    }
    pub fn jurisdiction(id: &str) -> String {
        format!("jurisdiction-{id}")
    }
    pub fn language(tag: &str) -> String {
        format!("language-{tag}")
    }
}
