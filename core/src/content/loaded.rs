//! The loaded knowledge base: catalog plus Fluent messages of every locale.
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use unic_langid::LanguageIdentifier;

use crate::content::catalog::{Article, Catalog, TranslationStatus, ids};
use crate::content::embedded::ContentSource;
use crate::error::{Error, Result};
use crate::l10n::{LocaleTexts, Localizer, Messages, negotiate};

/// The reference locale: every message exists in it, and every chain ends with it.
pub const REFERENCE_LOCALE: &str = "en";

pub struct Content {
    pub catalog: Catalog,
    pub messages: Arc<Messages>,
    pub version: String,
    /// The catalog's locales, in its order.
    pub locales: Vec<LanguageIdentifier>,
    pub reference: LanguageIdentifier,
}

/// An article's title and summary, from one locale.
pub struct ArticleHeading {
    pub locale: LanguageIdentifier,
    pub title: String,
    pub summary: String,
}

/// An article's texts, all from one locale.
pub struct ArticleText {
    pub locale: LanguageIdentifier,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub unverified: Option<String>,
    /// The words people search with for this article (`.keywords`), each a word or a phrase.
    pub keywords: Vec<String>,
}

/// The entries of a `.keywords` attribute: comma-separated, trimmed, empty ones dropped.
pub fn split_keywords(attribute: &str) -> Vec<String> {
    attribute
        .split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(str::to_owned)
        .collect()
}

impl Content {
    pub fn load(source: &ContentSource) -> Result<Content> {
        let catalog: Catalog = serde_json::from_str(&source.catalog_json)
            .map_err(|e| Error::Content(format!("catalog.json: {e}")))?;
        let mut locales = Vec::new();
        for entry in &catalog.locales {
            let lang = entry
                .tag
                .parse()
                .map_err(|_| Error::Content(format!("bad locale tag {:?}", entry.tag)))?;
            locales.push(lang);
        }
        let reference: LanguageIdentifier = REFERENCE_LOCALE
            .parse()
            .map_err(|_| Error::Content("en".into()))?;
        if !locales.contains(&reference) {
            return Err(Error::Content(
                "the catalog must list the reference locale en".into(),
            ));
        }
        let mut texts = source.locale_texts();
        let sources: HashMap<LanguageIdentifier, LocaleTexts> = locales
            .iter()
            .map(|lang| {
                let none: LocaleTexts = Box::new(Vec::new);
                (
                    lang.clone(),
                    texts.remove(&lang.to_string()).unwrap_or(none),
                )
            })
            .collect();
        Ok(Content {
            catalog,
            messages: Arc::new(Messages::new(sources)),
            version: source.version.clone(),
            locales,
            reference,
        })
    }

    /// The content compiled into this binary, loaded once per process.
    pub fn embedded() -> Result<Arc<Content>> {
        static EMBEDDED: OnceLock<Result<Arc<Content>, String>> = OnceLock::new();
        EMBEDDED
            .get_or_init(|| {
                let source = ContentSource::embedded()?;
                Content::load(&source)
                    .map(Arc::new)
                    .map_err(|e| e.to_string())
            })
            .clone()
            .map_err(Error::Content)
    }

    /// A localizer for what the user asked for (phone locale list, `--lang`, `LANG`).
    pub fn localizer<S: AsRef<str>>(&self, requested: &[S]) -> Localizer {
        Localizer::new(
            self.messages.clone(),
            negotiate(requested, &self.locales, &self.reference),
        )
    }

    /// Whether `lang` holds this article: declared in the catalog and present in the messages.
    pub fn has_article(&self, article: &Article, lang: &LanguageIdentifier) -> bool {
        article.translations.contains_key(&lang.to_string())
            && self
                .messages
                .has(lang, &ids::article(&article.id), Some("body"))
    }

    /// The article in the first locale of the chain that has it, every part from that one locale.
    pub fn article_text(
        &self,
        article: &Article,
        chain: &[LanguageIdentifier],
    ) -> Option<ArticleText> {
        let lang = chain.iter().find(|lang| self.has_article(article, lang))?;
        self.article_text_in(article, lang)
    }

    /// Only the title and summary (lists and search results need no body), from the same locale
    /// the full article would come from.
    pub fn article_heading(
        &self,
        article: &Article,
        chain: &[LanguageIdentifier],
    ) -> Option<ArticleHeading> {
        let lang = chain.iter().find(|lang| self.has_article(article, lang))?;
        let id = ids::article(&article.id);
        Some(ArticleHeading {
            locale: lang.clone(),
            title: self.messages.format(lang, &id, Some("title"), None)?,
            summary: self
                .messages
                .format(lang, &id, Some("summary"), None)
                .unwrap_or_default(),
        })
    }

    pub fn article_text_in(
        &self,
        article: &Article,
        lang: &LanguageIdentifier,
    ) -> Option<ArticleText> {
        let id = ids::article(&article.id);
        let part = |name| self.messages.format(lang, &id, Some(name), None);
        Some(ArticleText {
            locale: lang.clone(),
            title: part("title")?,
            summary: part("summary").unwrap_or_default(),
            body: part("body")?,
            unverified: part("unverified"),
            keywords: part("keywords")
                .map(|k| split_keywords(&k))
                .unwrap_or_default(),
        })
    }

    pub fn translation_status(
        &self,
        article: &Article,
        lang: &LanguageIdentifier,
    ) -> Option<TranslationStatus> {
        article.translations.get(&lang.to_string()).copied()
    }
}
