//! Screen models built from the content through the user's localizer: every string localized,
//! every text marked with the locale it came from.
use fluent_bundle::{FluentArgs, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::error::{Error, ItemKind, Result};
use crate::kb::catalog::{Article, Confidence, Source, TranslationStatus, ids};
use crate::kb::content::Content;
use crate::kb::markdown;
use crate::kb::model::*;
use crate::kb::search::{PreparedQuery, SearchIndex};
use crate::l10n::{Localizer, direction_of};

const SEARCH_LIMIT: usize = 20;

pub(crate) fn args<'a>(pairs: &[(&'static str, FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (key, value) in pairs {
        args.set(*key, value.clone());
    }
    args
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

pub fn home(content: &Content, l10n: &Localizer) -> HomeScreen {
    let topics = content
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
        .collect();
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
            original.unwrap_or(crate::kb::content::REFERENCE_LOCALE),
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

pub(crate) fn original_locale(
    translations: &std::collections::BTreeMap<String, TranslationStatus>,
) -> Option<&str> {
    translations
        .iter()
        .find(|(_, s)| **s == TranslationStatus::Original)
        .map(|(tag, _)| tag.as_str())
}

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
    let prepared = PreparedQuery::new(query)?;
    let mut hits = Vec::new();
    for raw in index.search(&prepared, SEARCH_LIMIT)? {
        let Some(article) = content.catalog.article(&raw.article) else {
            continue;
        };
        let Some(text) = content.article_heading(article, l10n.chain()) else {
            continue;
        };
        let mut snippet = index.snippet(&article.id, &text.locale, &prepared)?;
        if !snippet.iter().any(|p| p.highlighted) {
            // The words matched another language's version; show this one's summary instead.
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
        });
    }
    let summary = if prepared.words.is_empty() {
        String::new()
    } else {
        let count = i64::try_from(hits.len()).unwrap_or(i64::MAX);
        l10n.ui_with(
            "search-results",
            Some(&args(&[
                ("count", count.into()),
                ("query", query.trim().into()),
            ])),
        )
    };
    Ok(SearchScreen {
        query: query.to_owned(),
        locale: l10n.primary().to_string(),
        direction: l10n.direction(),
        summary,
        hits,
    })
}

fn photo_error_text(l10n: &Localizer, error: &crate::vault::photo::PhotoError) -> String {
    use crate::vault::photo::PhotoError;
    let megabytes = |bytes: u64| i64::try_from(bytes / (1024 * 1024)).unwrap_or(i64::MAX);
    match error {
        PhotoError::Unreadable(_) => l10n.ui("error-photo-unreadable"),
        PhotoError::Empty => l10n.ui("error-photo-empty"),
        PhotoError::TooLarge { max, .. } => l10n.ui_with(
            "error-photo-too-large",
            Some(&args(&[("max", megabytes(*max).into())])),
        ),
        PhotoError::TooManyPixels { max, .. } => {
            let megapixels = i64::try_from(*max / 1_000_000).unwrap_or(i64::MAX);
            l10n.ui_with(
                "error-photo-too-many-pixels",
                Some(&args(&[("max", megapixels.into())])),
            )
        }
        PhotoError::NotAnImage => l10n.ui("error-photo-not-an-image"),
        PhotoError::Corrupt(_) => l10n.ui("error-photo-corrupt"),
    }
}

/// The localized message for an error, in the user's language.
pub fn error_text(l10n: &Localizer, error: &Error) -> String {
    use crate::error::{Field, Problem};
    match error {
        Error::NotFound { kind, id } => {
            let message = match kind {
                ItemKind::Article => "error-not-found-article",
                ItemKind::Topic => "error-not-found-topic",
                ItemKind::OfficerCard => "error-not-found-card",
                // Vault ids are never shown: the message names the kind of thing only.
                ItemKind::Person => "error-not-found-person",
                ItemKind::Document => "error-not-found-document",
                ItemKind::Page => "error-not-found-page",
                ItemKind::Payment => "error-not-found-payment",
                ItemKind::Procedure => "error-not-found-procedure",
                ItemKind::Deadline => "error-not-found-deadline",
                ItemKind::Event => "error-not-found-event",
            };
            l10n.ui_with(message, Some(&args(&[("id", id.as_str().into())])))
        }
        Error::QueryTooLong { max_chars } => {
            let max = i64::try_from(*max_chars).unwrap_or(i64::MAX);
            l10n.ui_with("error-query-too-long", Some(&args(&[("max", max.into())])))
        }
        Error::Invalid { field, problem } => {
            let field = l10n.ui(match field {
                Field::Name => "field-name",
                Field::Kind => "field-kind",
                Field::IssuedOn => "field-issued-on",
                Field::ExpiresOn => "field-expires-on",
                Field::Amount => "field-amount",
                Field::Currency => "field-currency",
                Field::PaidOn => "field-paid-on",
                Field::TimeZone => "field-time-zone",
                Field::ReminderTime => "field-reminder-time",
                Field::Offsets => "field-offsets",
                Field::HappenedOn => "field-happened-on",
                Field::SnoozeUntil => "field-snooze-until",
            });
            let message = match problem {
                Problem::Missing => "error-invalid-missing",
                Problem::BadDate => "error-invalid-bad-date",
                Problem::ExpiryBeforeIssue => "error-invalid-expiry-before-issue",
                Problem::Negative => "error-invalid-negative",
                Problem::BadCurrency => "error-invalid-bad-currency",
                Problem::UnknownTimeZone => "error-invalid-unknown-time-zone",
                Problem::BadTime => "error-invalid-bad-time",
                Problem::OffsetTooLarge => "error-invalid-offset-too-large",
                Problem::WrongEvent => "error-invalid-wrong-event",
            };
            l10n.ui_with(message, Some(&args(&[("field", field.into())])))
        }
        Error::WrongKey => l10n.ui("error-wrong-key"),
        Error::WrongPin {
            attempts_left: Some(left),
        } => l10n.ui_with(
            "error-wrong-pin-limited",
            Some(&args(&[("left", i64::from(*left).into())])),
        ),
        Error::WrongPin {
            attempts_left: None,
        } => l10n.ui("error-wrong-pin"),
        Error::TooManyAttempts => l10n.ui("error-too-many-attempts"),
        Error::PinNotSet => l10n.ui("error-pin-not-set"),
        Error::PinTooShort { min } => l10n.ui_with(
            "error-pin-too-short",
            Some(&args(&[("min", i64::try_from(*min).unwrap_or(4).into())])),
        ),
        Error::InvalidKey => l10n.ui("error-invalid-key"),
        Error::VaultMissing => l10n.ui("error-vault-missing"),
        Error::VaultLocked => l10n.ui("error-vault-locked"),
        Error::VaultExists => l10n.ui("error-vault-exists"),
        Error::VaultTooNew { .. } => l10n.ui("error-vault-too-new"),
        Error::Crypto(_) => l10n.ui("error-crypto"),
        Error::Photo(photo) => photo_error_text(l10n, photo),
        Error::Storage(_) | Error::Io(_) => l10n.ui("error-storage"),
        Error::Content(_) => l10n.ui("error-content"),
        Error::BackupWrongSecret => l10n.ui("error-backup-wrong-secret"),
        Error::BackupDamaged(_) => l10n.ui("error-backup-damaged"),
        Error::BackupUnsupported { .. } => l10n.ui("error-backup-unsupported"),
    }
}
