//! Sources: a citation, a date checked, and links a reader can follow to the statement.
use super::{Finding, catalog_finding};
use crate::content::catalog::Source;
use crate::l10n::CalendarDate;

pub(super) fn check_sources(what: &str, sources: &[Source], findings: &mut Vec<Finding>) {
    if sources.is_empty() {
        findings.push(catalog_finding(format!("{what} has no sources")));
    }
    for source in sources {
        if source.citation.trim().is_empty() {
            findings.push(catalog_finding(format!(
                "{what} has a source without a citation"
            )));
        }
        if source.checked.trim().is_empty() {
            findings.push(catalog_finding(format!(
                "{what}: source {:?} has no date checked",
                source.citation
            )));
        } else if CalendarDate::parse_iso(&source.checked).is_none() {
            findings.push(catalog_finding(format!(
                "{what}: source {:?} has date checked {:?}; use YYYY-MM-DD or YYYY-MM",
                source.citation, source.checked
            )));
        }
        for url in source.url.iter().chain(&source.translation_url) {
            if !url.starts_with("https://") {
                findings.push(catalog_finding(format!(
                    "{what}: source URL {url:?} must start with https://"
                )));
            } else if is_home_page(url) {
                findings.push(catalog_finding(format!(
                    "{what}: source URL {url:?} is a site's home page; link the page that says it, \
                     or give a full citation without a link"
                )));
            }
        }
    }
}

/// A URL a reader cannot follow to the statement: a site's root, or only a language's root
/// (`https://example.kz/`, `https://example.kz/ru/`, `https://example.kz/?lang=en`). A query that
/// names a page (`https://example.kz/?p=123`) is a page.
fn is_home_page(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let rest = rest.split('#').next().unwrap_or_default();
    let (location, query) = rest.split_once('?').unwrap_or((rest, ""));
    let path = location.split_once('/').map_or("", |(_, path)| path);
    let names_a_page = query.split('&').any(|pair| {
        let key = pair.split('=').next().unwrap_or_default();
        !key.is_empty() && !matches!(key, "lang" | "language" | "locale" | "hl")
    });
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    !names_a_page
        && match segments.as_slice() {
            [] => true,
            [only] => only.len() <= 3 && only.chars().all(|c| c.is_ascii_alphabetic()),
            _ => false,
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_pages_are_told_from_pages() {
        for home in [
            "https://zakon.kz",
            "https://zakon.kz/",
            "https://www.gov.kz/?lang=en",
            "https://bureau.kz/en/",
            "https://news.mail.ru#top",
        ] {
            assert!(is_home_page(home), "{home}");
        }
        for page in [
            "https://gov.kz/situations/149",
            "https://egov.kz/cms/en/articles/workpermit",
            "https://adilet.zan.kz/rus/docs/K1400000235",
            "https://www.gov.kz/article/21913?lang=en",
            "https://zakon.kz/2023/01/05/some-news.html",
            "https://caravan.kz/?p=123456",
            "https://pavlodar.com/zakon/?dok=06600&uro=080071",
        ] {
            assert!(!is_home_page(page), "{page}");
        }
    }
}
