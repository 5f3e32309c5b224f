//! `huquq content check`: everything that makes content wrong, unreadable or dishonest, found
//! before it ships. Each finding names the file and line an editor must fix.
use std::collections::BTreeMap;
use std::fmt;

use crate::content::REFERENCE_LOCALE;
use crate::content::catalog::Catalog;
use crate::content::embedded::ContentSource;

mod bodies;
mod catalog;
mod compatible;
mod fluent;
mod keywords;
mod locales;
mod markdown_in_fluent;
mod procedures;
mod sources;

use bodies::check_bodies;
use catalog::check_catalog;
pub use compatible::check_compatible;
use fluent::{MessageShape, parse_file};
use keywords::check_keywords;
use locales::{check_declared_translations, compare_with_reference};
use markdown_in_fluent::lint_markdown_in_fluent;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Relative to `locales/`, e.g. `fr/articles/kz-appeal-fine.ftl`.
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// A summary printed after the findings.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub files: usize,
    pub messages: usize,
    pub locales: usize,
}

const CATALOG: &str = "catalog.json";

pub fn check(source: &ContentSource) -> Report {
    let mut report = Report::default();
    let files = match source.files() {
        Ok(files) => files,
        Err(message) => {
            report.findings.push(Finding {
                file: "(embedded content)".into(),
                line: None,
                message,
            });
            return report;
        }
    };
    report.files = files.len();
    let catalog: Catalog = match serde_json::from_str(&source.catalog_json) {
        Ok(catalog) => catalog,
        Err(e) => {
            report.findings.push(Finding {
                file: CATALOG.into(),
                line: Some(e.line()),
                message: e.to_string(),
            });
            return report;
        }
    };
    let findings = &mut report.findings;
    let tags: Vec<String> = catalog.locales.iter().map(|l| l.tag.clone()).collect();
    report.locales = tags.len();
    if !tags.iter().any(|t| t == REFERENCE_LOCALE) {
        findings.push(catalog_finding(format!(
            "the reference locale {REFERENCE_LOCALE} must be listed"
        )));
    }

    let mut shapes: BTreeMap<String, BTreeMap<String, MessageShape>> = BTreeMap::new();
    for file in &files {
        let name = format!("{}/{}", file.locale, file.path);
        if !tags.contains(&file.locale) {
            findings.push(Finding {
                file: name.clone(),
                line: None,
                message: format!("locale {:?} is not listed in catalog.json", file.locale),
            });
        }
        lint_markdown_in_fluent(file, &name, findings);
        let messages = shapes.entry(file.locale.clone()).or_default();
        for (id, shape) in parse_file(file, &name, findings) {
            if let Some(previous) = messages.get(&id) {
                findings.push(Finding {
                    file: name.clone(),
                    line: Some(shape.line),
                    message: format!(
                        "message {id} is already defined in {}:{}",
                        previous.file, previous.line
                    ),
                });
            }
            messages.insert(id, shape);
        }
    }
    report.messages = shapes.values().map(|m| m.len()).sum();

    check_catalog(&catalog, &tags, findings);
    let empty = BTreeMap::new();
    let reference = shapes.get(REFERENCE_LOCALE).unwrap_or(&empty);
    for tag in &tags {
        let messages = shapes.get(tag).unwrap_or(&empty);
        if tag != REFERENCE_LOCALE {
            compare_with_reference(tag, messages, reference, findings);
        }
        check_declared_translations(&catalog, tag, messages, findings);
        check_bodies(&catalog, messages, findings);
        check_keywords(&catalog, messages, findings);
    }
    report
}

fn catalog_finding(message: String) -> Finding {
    Finding {
        file: CATALOG.into(),
        line: None,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded::FtlFile;

    /// Content made by a test; the other checks' tests use it too.
    pub(super) fn source(catalog: &str, files: &[(&str, &str, &str)]) -> ContentSource {
        let files = files
            .iter()
            .map(|(locale, path, text)| FtlFile {
                locale: (*locale).into(),
                path: (*path).into(),
                text: (*text).into(),
            })
            .collect();
        ContentSource::from_files(catalog, files, "test")
    }

    const CATALOG_JSON: &str = r#"{
        "locales": [{"tag": "en", "name": "English", "ui": "original"}, {"tag": "fr", "name": "Français", "ui": "machine"}],
        "jurisdictions": [{"id": "kz", "official_languages": ["ru"]}],
        "topics": [{"id": "fines"}],
        "articles": [{"id": "a", "jurisdiction": "kz", "topics": ["fines"], "related": ["ghost"],
            "confidence": "unverified", "sources": [{"citation": "Law", "checked": "2027-02-30"}, {"citation": "Other"}],
            "translations": {"en": "original", "fr": "machine"}},
          {"id": "b", "jurisdiction": "kz", "topics": ["nowhere"], "confidence": "reported", "sources": [],
            "translations": {"en": "original"}}]
    }"#;

    pub(super) fn messages(report: &Report) -> String {
        report
            .findings
            .iter()
            .map(|f| f.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn finds_every_kind_of_content_error() {
        let report = check(&source(
            CATALOG_JSON,
            &[
                (
                    "en",
                    "ui.ftl",
                    "hello = Hello { $name }\nbye = Bye\ntopic-fines =\n    .title = Fines\n",
                ),
                (
                    "fr",
                    "ui.ftl",
                    "hello = Bonjour { $nom }\nextra = En trop\ntopic-fines =\n    .title = Amendes\n",
                ),
                (
                    "en",
                    "articles/a.ftl",
                    "article-a =\n    .title = A\n    .body =\n        Text\n        * star\n        [link](article:x) first\n        See [b](article:nowhere).\n",
                ),
                (
                    "en",
                    "articles/b.ftl",
                    "article-b =\n    .title = B\n    .unverified = why\n    .body =\n        Fine\n",
                ),
                (
                    "fr",
                    "articles/b.ftl",
                    "article-b =\n    .title = B\n    .body = Bien\n",
                ),
                ("fr", "broken.ftl", "ok = fine\nbroken = { \n"),
            ],
        ));
        let text = messages(&report);
        let expect = [
            "en/articles/a.ftl:5: line starts with '*'",
            "en/articles/a.ftl:6: line starts with '['",
            "fr/broken.ftl:2: Fluent syntax error",
            "fr/ui.ftl: message bye is missing",
            "fr/ui.ftl:1: the value of hello uses variables {\"nom\"}",
            "fr/ui.ftl:2: message extra does not exist in en",
            "article a: unknown related article ghost",
            "source \"Law\" has date checked \"2027-02-30\"",
            "source \"Other\" has no date checked",
            "article b has no sources",
            "article b: unknown topic nowhere",
            "article-a is unverified but has no .unverified",
            "article-b has .unverified but catalog.json says Reported",
            "article article-b has a fr text but catalog.json does not declare",
            "article article-a is declared in fr but has no fr text",
            "message ok does not exist in en",
            // Every locale carries everything, declared or not.
            "fr/articles/a.ftl: message article-a is missing",
        ];
        for needle in expect {
            assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
        }
    }

    #[test]
    fn a_broken_catalog_is_named_with_its_line() {
        let report = check(&source("{\n  \"locales\": [\n", &[]));
        assert_eq!(report.findings.len(), 1);
        assert_eq!(report.findings[0].file, "catalog.json");
        assert!(report.findings[0].line.is_some());
    }
}
