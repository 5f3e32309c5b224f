//! Screen models built from the content through the user's localizer: every string localized,
//! every text marked with the locale it came from.
use unic_langid::LanguageIdentifier;

use crate::content::Content;
use crate::content::catalog::{Article, Confidence, TranslationStatus, ids};
use crate::content::presented::{
    language_name, original_locale, sources, translation_notices, unverified_notice,
};
use crate::error::{Error, ItemKind, Result};
use crate::kb::model::*;
use crate::kb::search::{PreparedQuery, SearchIndex};
use crate::kb::{glossary, markdown, terms};
use crate::l10n::{Localizer, args, direction_of};

const SEARCH_LIMIT: usize = 20;

pub fn languages(content: &Content, l10n: &Localizer) -> Vec<LanguageItem> {
    content
        .catalog
        .locales
        .iter()
        .zip(&content.locales)
        .map(|(entry, lang)| LanguageItem {
            tag: entry.tag.clone(),
            name: entry.name.clone(),
            direction: direction_of(lang),
            selected: lang == l10n.primary(),
        })
        .collect()
}

fn article_item(content: &Content, l10n: &Localizer, article: &Article) -> Option<ArticleItem> {
    let text = content.article_heading(article, l10n.chain())?;
    Some(ArticleItem {
        id: article.id.clone(),
        title: text.title,
        summary: text.summary,
        direction: direction_of(&text.locale),
        locale: text.locale.to_string(),
        confidence: article.confidence,
    })
}

fn card_items<'a>(
    content: &'a Content,
    l10n: &'a Localizer,
    article: Option<&'a str>,
) -> impl Iterator<Item = CardItem> + 'a {
    content
        .catalog
        .officer_cards
        .iter()
        .filter(move |c| article.is_none() || c.article.as_deref() == article)
        .filter_map(|card| {
            let id = ids::card(&card.id);
            let title = l10n.lookup(&id, Some("title"), None)?;
            let situation = l10n
                .lookup(&id, Some("situation"), None)
                .map(|t| t.text)
                .unwrap_or_default();
            Some(CardItem {
                id: card.id.clone(),
                title: title.text,
                situation,
                locale: title.locale.to_string(),
            })
        })
}

/// Every topic with its title, summary and article count, in the catalog's order.
fn topic_items(content: &Content, l10n: &Localizer) -> Vec<TopicItem> {
    content
        .catalog
        .topics
        .iter()
        .filter_map(|topic| {
            let id = ids::topic(&topic.id);
            let title = l10n.lookup(&id, Some("title"), None)?;
            let count = content
                .catalog
                .articles
                .iter()
                .filter(|a| a.topics.contains(&topic.id))
                .count();
            Some(TopicItem {
                id: topic.id.clone(),
                title: title.text,
                summary: l10n
                    .lookup(&id, Some("summary"), None)
                    .map(|t| t.text)
                    .unwrap_or_default(),
                article_count: u32::try_from(count).unwrap_or(u32::MAX),
                locale: title.locale.to_string(),
            })
        })
        .collect()
}

pub fn home(content: &Content, l10n: &Localizer) -> HomeScreen {
    let topics = topic_items(content, l10n);
    let contacts = content
        .catalog
        .contacts
        .iter()
        .filter_map(|contact| {
            let id = ids::contact(&contact.id);
            let name = l10n.lookup(&id, Some("name"), None)?;
            Some(ContactItem {
                id: contact.id.clone(),
                name: name.text,
                description: l10n
                    .lookup(&id, Some("description"), None)
                    .map(|t| t.text)
                    .unwrap_or_default(),
                website: contact.website.clone(),
                phone: contact.phone.clone(),
                locale: name.locale.to_string(),
            })
        })
        .collect();
    HomeScreen {
        locale: l10n.primary().to_string(),
        direction: l10n.direction(),
        app_name: l10n.ui("app-name"),
        greeting: l10n.ui("home-greeting"),
        search_hint: l10n.ui("home-search-hint"),
        topics_heading: l10n.ui("home-topics-heading"),
        topics,
        cards_heading: l10n.ui("home-cards-heading"),
        cards: card_items(content, l10n, None).collect(),
        contacts_heading: l10n.ui("home-contacts-heading"),
        contacts,
    }
}

pub fn topic(content: &Content, l10n: &Localizer, id: &str) -> Result<TopicScreen> {
    let not_found = || Error::NotFound {
        kind: ItemKind::Topic,
        id: id.to_owned(),
    };
    let topic = content.catalog.topic(id).ok_or_else(not_found)?;
    let message = ids::topic(&topic.id);
    let title = l10n
        .lookup(&message, Some("title"), None)
        .ok_or_else(not_found)?;
    Ok(TopicScreen {
        id: topic.id.clone(),
        title: title.text,
        summary: l10n
            .lookup(&message, Some("summary"), None)
            .map(|t| t.text)
            .unwrap_or_default(),
        direction: direction_of(&title.locale),
        locale: title.locale.to_string(),
        articles: content
            .catalog
            .articles
            .iter()
            .filter(|a| a.topics.contains(&topic.id))
            .filter_map(|a| article_item(content, l10n, a))
            .collect(),
    })
}

/// The notices a reader must see above a text: shown in another language, machine-translated,
/// not verified.
pub fn article(content: &Content, l10n: &Localizer, id: &str) -> Result<ArticleScreen> {
    let not_found = || Error::NotFound {
        kind: ItemKind::Article,
        id: id.to_owned(),
    };
    let article = content.catalog.article(id).ok_or_else(not_found)?;
    let text = content
        .article_text(article, l10n.chain())
        .ok_or_else(not_found)?;
    let label = |kind: CalloutKind| {
        l10n.ui(match kind {
            CalloutKind::Note => "callout-note",
            CalloutKind::Tip => "callout-tip",
            CalloutKind::Warning => "callout-warning",
        })
    };
    let blocks = markdown::parse(&text.body, &label).blocks;
    let status = content.translation_status(article, &text.locale);
    let mut notices = translation_notices(
        content,
        l10n,
        &text.locale,
        status,
        original_locale(&article.translations),
    );
    if article.confidence == Confidence::Unverified {
        notices.push(unverified_notice(l10n, text.unverified.clone()));
    }
    let jurisdiction = l10n.ui(&ids::jurisdiction(&article.jurisdiction));
    Ok(ArticleScreen {
        id: article.id.clone(),
        title: text.title,
        summary: text.summary,
        direction: direction_of(&text.locale),
        locale: text.locale.to_string(),
        jurisdiction,
        confidence: article.confidence,
        confidence_text: confidence_text(l10n, article.confidence),
        notices,
        blocks,
        sources_heading: l10n.ui("article-sources-heading"),
        sources: sources(l10n, &article.sources),
        related_heading: l10n.ui("article-related-heading"),
        related: article
            .related
            .iter()
            .filter_map(|r| content.catalog.article(r))
            .filter_map(|a| article_item(content, l10n, a))
            .collect(),
        cards: card_items(content, l10n, Some(&article.id)).collect(),
    })
}

/// One message attribute in an official's language, labelled "In Russian" in the user's language.
pub(crate) fn official_text(
    content: &Content,
    l10n: &Localizer,
    lang: &LanguageIdentifier,
    message: &str,
    attribute: &str,
    machine_translated: bool,
) -> Option<OfficialText> {
    let text = content
        .messages
        .format(lang, message, Some(attribute), None)?;
    let language = language_name(content, l10n, &lang.to_string());
    Some(OfficialText {
        locale: lang.to_string(),
        label: l10n.ui_with(
            "card-official-text",
            Some(&args(&[("language", language.as_str().into())])),
        ),
        language,
        direction: direction_of(lang),
        text,
        machine_translated,
    })
}

pub fn officer_card(content: &Content, l10n: &Localizer, id: &str) -> Result<OfficerCardScreen> {
    let not_found = || Error::NotFound {
        kind: ItemKind::OfficerCard,
        id: id.to_owned(),
    };
    let card = content.catalog.officer_card(id).ok_or_else(not_found)?;
    let message = ids::card(&card.id);
    let user_text = l10n
        .lookup(&message, Some("text"), None)
        .ok_or_else(not_found)?;
    let part = |name| {
        l10n.lookup(&message, Some(name), None)
            .map(|t| t.text)
            .unwrap_or_default()
    };
    let status_in = |lang: &LanguageIdentifier| card.translations.get(&lang.to_string()).copied();
    let official_languages = content
        .catalog
        .jurisdiction(&card.jurisdiction)
        .map(|j| j.official_languages.as_slice());
    let official = official_languages
        .unwrap_or_default()
        .iter()
        .filter_map(|tag| content.locales.iter().find(|l| l.to_string() == *tag))
        .filter(|lang| **lang != user_text.locale)
        .filter_map(|lang| {
            let machine = status_in(lang) == Some(TranslationStatus::Machine);
            official_text(content, l10n, lang, &message, "text", machine)
        })
        .collect();
    let mut notices = translation_notices(
        content,
        l10n,
        &user_text.locale,
        status_in(&user_text.locale),
        original_locale(&card.translations),
    );
    if card.confidence == Confidence::Unverified {
        notices.push(unverified_notice(
            l10n,
            l10n.lookup(&message, Some("unverified"), None)
                .map(|t| t.text),
        ));
    }
    Ok(OfficerCardScreen {
        id: card.id.clone(),
        title: part("title"),
        situation: part("situation"),
        direction: direction_of(&user_text.locale),
        locale: user_text.locale.to_string(),
        user_text_label: l10n.ui_with(
            "card-official-text",
            Some(&args(&[(
                "language",
                language_name(content, l10n, &user_text.locale.to_string()).into(),
            )])),
        ),
        user_text: user_text.text,
        show_hint: l10n.ui("card-show-hint"),
        official,
        notices,
        sources_heading: l10n.ui("article-sources-heading"),
        sources: sources(l10n, &card.sources),
        article: card
            .article
            .as_deref()
            .and_then(|a| content.catalog.article(a))
            .and_then(|a| article_item(content, l10n, a)),
    })
}

pub fn search(
    content: &Content,
    l10n: &Localizer,
    index: &SearchIndex,
    query: &str,
) -> Result<SearchScreen> {
    let mut prepared = PreparedQuery::new(query)?;
    if l10n
        .chain()
        .iter()
        .any(|lang| matches!(lang.language.as_str(), "ar" | "fa"))
    {
        prepared = prepared.with_arabic_readings();
    }
    let (outcome, hits) = index.read(|reader| {
        let outcome = reader.search(&prepared, SEARCH_LIMIT)?;
        let mut hits = Vec::new();
        for raw in &outcome.hits {
            let Some(article) = content.catalog.article(&raw.article) else {
                continue;
            };
            let Some(text) = content.article_heading(article, l10n.chain()) else {
                continue;
            };
            let mut snippet = reader.snippet(&article.id, &text.locale, &outcome.searched)?;
            if !snippet.iter().any(|p| p.highlighted) {
                // The words matched another language's version, or only a keyword: show this
                // one's summary instead.
                snippet = vec![SnippetPart {
                    text: text.summary.clone(),
                    highlighted: false,
                }];
            }
            hits.push(SearchHit {
                article: article.id.clone(),
                title: text.title,
                direction: direction_of(&text.locale),
                locale: text.locale.to_string(),
                snippet,
                found_by: raw.keyword.as_ref().map(|keyword| {
                    l10n.ui_with(
                        "search-found-by",
                        Some(&args(&[("word", keyword.as_str().into())])),
                    )
                }),
            });
        }
        Ok((outcome, hits))
    })?;
    let searched = !prepared.words.is_empty();
    let summary = if searched {
        let count = i64::try_from(hits.len()).unwrap_or(i64::MAX);
        l10n.ui_with(
            "search-results",
            Some(&args(&[
                ("count", count.into()),
                ("query", query.trim().into()),
            ])),
        )
    } else {
        String::new()
    };
    let read_as = (!outcome.corrections.is_empty()).then(|| {
        l10n.ui_with(
            "search-read-as",
            Some(&args(&[(
                "query",
                corrected_query(query, &outcome.corrections).into(),
            )])),
        )
    });
    // Nothing found: the way in by topic, and the glossary's terms that match, rather than an
    // empty screen.
    let nothing_found = searched && hits.is_empty();
    Ok(SearchScreen {
        query: query.to_owned(),
        locale: l10n.primary().to_string(),
        direction: l10n.direction(),
        summary,
        read_as,
        hits,
        topics_heading: if nothing_found {
            l10n.ui("search-browse-topics")
        } else {
            String::new()
        },
        topics: if nothing_found {
            topic_items(content, l10n)
        } else {
            Vec::new()
        },
        glossary: if nothing_found {
            glossary_matches(content, l10n, &prepared)
        } else {
            Vec::new()
        },
    })
}

/// The query with each misspelt word replaced by what search read it as.
fn corrected_query(query: &str, corrections: &[(String, String)]) -> String {
    let mut corrected = String::new();
    let mut rest = query.trim();
    for word in terms::words(query.trim()) {
        let Some(offset) = rest.find(word.text) else {
            continue;
        };
        corrected.push_str(&rest[..offset]);
        match corrections.iter().find(|(typed, _)| typed == word.text) {
            Some((_, read_as)) => corrected.push_str(read_as),
            None => corrected.push_str(word.text),
        }
        rest = &rest[offset + word.text.len()..];
    }
    corrected.push_str(rest);
    corrected
}

/// Glossary terms (in the user's language) that hold a word of the query.
fn glossary_matches(
    content: &Content,
    l10n: &Localizer,
    query: &PreparedQuery,
) -> Vec<GlossaryItem> {
    glossary::glossary(content, l10n)
        .terms
        .into_iter()
        .filter(|item| {
            terms::words(&item.term)
                .iter()
                .any(|w| query.matches(&terms::index_term(w.text, &item.locale)))
        })
        .collect()
}

/// A confidence level in words.
pub fn confidence_text(l10n: &Localizer, confidence: Confidence) -> String {
    l10n.ui(match confidence {
        Confidence::Verified => "confidence-verified",
        Confidence::Reported => "confidence-reported",
        Confidence::Unverified => "confidence-unverified",
    })
}
