//! Search keywords (`.keywords` of each article): the words people search with that the article's
//! text may not use. Each article has them in every locale, as a short list of short entries, and
//! no entry is so generic that it points at many articles at once.
use std::collections::BTreeMap;

use super::Finding;
use super::fluent::MessageShape;
use crate::content::catalog::{Catalog, ids};
use crate::content::split_keywords;
use crate::kb::terms;

pub(super) const MIN_KEYWORDS: usize = 3;
pub(super) const MAX_KEYWORDS: usize = 20;
const MAX_KEYWORD_CHARS: usize = 40;
const MAX_KEYWORD_WORDS: usize = 5;
/// A keyword in more articles than this no longer tells them apart.
pub(super) const MAX_ARTICLES_PER_KEYWORD: usize = 5;

fn normalized(keyword: &str) -> String {
    let words: Vec<String> = terms::words(keyword)
        .iter()
        .map(|w| terms::normalize(w.text))
        .collect();
    words.join(" ")
}

pub(super) fn check_keywords(
    catalog: &Catalog,
    messages: &BTreeMap<String, MessageShape>,
    findings: &mut Vec<Finding>,
) {
    // Normalized keyword → the articles that list it, and where it was first seen.
    let mut articles_by_keyword: BTreeMap<String, (Vec<&str>, &MessageShape)> = BTreeMap::new();
    for article in &catalog.articles {
        let id = ids::article(&article.id);
        let Some(shape) = messages.get(&id) else {
            continue;
        };
        let at = |message: String| Finding {
            file: shape.file.clone(),
            line: Some(shape.line),
            message,
        };
        let Some(text) = shape.texts.get(&Some("keywords".to_owned())) else {
            findings.push(at(format!(
                "{id} has no .keywords (the words people search with for it)"
            )));
            continue;
        };
        let keywords = split_keywords(text);
        if !(MIN_KEYWORDS..=MAX_KEYWORDS).contains(&keywords.len()) {
            findings.push(at(format!(
                "{id}.keywords has {} entries; give {MIN_KEYWORDS} to {MAX_KEYWORDS}",
                keywords.len()
            )));
        }
        let mut seen = Vec::new();
        for keyword in &keywords {
            if keyword.chars().count() > MAX_KEYWORD_CHARS
                || terms::words(keyword).len() > MAX_KEYWORD_WORDS
            {
                findings.push(at(format!(
                    "{id}.keywords: «{keyword}» is too long (at most {MAX_KEYWORD_WORDS} words, {MAX_KEYWORD_CHARS} characters)"
                )));
            }
            let key = normalized(keyword);
            if key.is_empty() {
                findings.push(at(format!("{id}.keywords: «{keyword}» has no word in it")));
                continue;
            }
            if seen.contains(&key) {
                findings.push(at(format!("{id}.keywords lists «{keyword}» twice")));
                continue;
            }
            seen.push(key.clone());
            articles_by_keyword
                .entry(key)
                .or_insert_with(|| (Vec::new(), shape))
                .0
                .push(&article.id);
        }
    }
    for (keyword, (articles, shape)) in articles_by_keyword {
        if articles.len() > MAX_ARTICLES_PER_KEYWORD {
            findings.push(Finding {
                file: shape.file.clone(),
                line: Some(shape.line),
                message: format!(
                    "keyword «{keyword}» is listed by {} articles ({}); at most {MAX_ARTICLES_PER_KEYWORD}, or it tells them apart no better than no keyword",
                    articles.len(),
                    articles.join(", ")
                ),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::check;
    use super::super::tests::{messages, source};

    const CATALOG: &str = r#"{
        "locales": [{"tag": "en", "name": "English", "ui": "original"}],
        "jurisdictions": [{"id": "kz", "official_languages": ["ru"]}],
        "topics": [{"id": "fines"}],
        "articles": [
          {"id": "a", "jurisdiction": "kz", "topics": ["fines"], "confidence": "verified",
           "sources": [{"citation": "Law", "checked": "2026-01-01"}], "translations": {"en": "original"}},
          {"id": "b", "jurisdiction": "kz", "topics": ["fines"], "confidence": "verified",
           "sources": [{"citation": "Law", "checked": "2026-01-01"}], "translations": {"en": "original"}},
          {"id": "c", "jurisdiction": "kz", "topics": ["fines"], "confidence": "verified",
           "sources": [{"citation": "Law", "checked": "2026-01-01"}], "translations": {"en": "original"}}
        ]
    }"#;

    #[test]
    fn keywords_must_be_present_short_distinct_and_specific() {
        let report = check(&source(
            CATALOG,
            &[
                ("en", "ui.ftl", "topic-fines =\n    .title = Fines\n"),
                (
                    "en",
                    "articles/a.ftl",
                    "article-a =\n    .title = A\n    .keywords = fine, Fine, one two three four five six, ticket\n    .body = Text\n",
                ),
                (
                    "en",
                    "articles/b.ftl",
                    "article-b =\n    .title = B\n    .keywords = penalty, ticket\n    .body = Text\n",
                ),
                (
                    "en",
                    "articles/c.ftl",
                    "article-c =\n    .title = C\n    .body = Text\n",
                ),
            ],
        ));
        let text = messages(&report);
        for needle in [
            "article-a.keywords lists «Fine» twice",
            "«one two three four five six» is too long",
            "article-b.keywords has 2 entries",
            "article-c has no .keywords",
        ] {
            assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
        }
        assert!(!text.contains("article-a.keywords has"), "{text}");
    }

    #[test]
    fn a_keyword_in_many_articles_is_too_generic() {
        let catalog: String = {
            let articles: Vec<String> = (0..7)
                .map(|i| format!(r#"{{"id": "a{i}", "jurisdiction": "kz", "topics": ["fines"], "confidence": "verified", "sources": [{{"citation": "Law", "checked": "2026-01-01"}}], "translations": {{"en": "original"}}}}"#))
                .collect();
            format!(
                r#"{{"locales": [{{"tag": "en", "name": "English", "ui": "original"}}], "jurisdictions": [{{"id": "kz", "official_languages": ["ru"]}}], "topics": [{{"id": "fines"}}], "articles": [{}]}}"#,
                articles.join(",")
            )
        };
        let files: Vec<(String, String)> = (0..7)
            .map(|i| {
                let keywords = if i < 6 { "law, x{i}, y{i}" } else { "z, y, w" };
                (
                    format!("articles/a{i}.ftl"),
                    format!(
                        "article-a{i} =\n    .title = T\n    .keywords = {}\n    .body = Text\n",
                        keywords.replace("{i}", &i.to_string())
                    ),
                )
            })
            .collect();
        let mut texts: Vec<(&str, &str, &str)> = files
            .iter()
            .map(|(path, text)| ("en", path.as_str(), text.as_str()))
            .collect();
        texts.push(("en", "ui.ftl", "topic-fines =\n    .title = Fines\n"));
        let report = check(&source(&catalog, &texts));
        let text = messages(&report);
        assert!(
            text.contains("keyword «law» is listed by 6 articles"),
            "{text}"
        );
        assert!(!text.contains("keyword «z»"), "{text}");
    }
}
