//! Procedures and calendars: what starts the clock and for how long, the required and not-required
//! items with their legal basis, and working-day calendars that make sense.
use std::collections::BTreeSet;

use super::sources::check_sources;
use super::{Finding, catalog_finding};
use crate::content::calendar::WorkingDays;
use crate::content::catalog::{Catalog, Confidence};
use crate::content::procedure::{EventKind, Procedure, Start, WorkCalendar};

/// A legal period longer than this is a typo in the catalog.
const MAX_PERIOD_DAYS: u32 = 366;

pub(super) fn check_procedure(
    catalog: &Catalog,
    procedure: &Procedure,
    findings: &mut Vec<Finding>,
) {
    let what = format!("procedure {}", procedure.id);
    let mut problems = Vec::new();
    if catalog.jurisdiction(&procedure.jurisdiction).is_none() {
        problems.push(format!("unknown jurisdiction {}", procedure.jurisdiction));
    }
    if let Some(article) = procedure
        .article
        .as_ref()
        .filter(|a| catalog.article(a).is_none())
    {
        problems.push(format!("unknown article {article}"));
    }
    if let Some(next) = procedure
        .follow_up
        .as_ref()
        .filter(|p| catalog.procedure(p).is_none())
    {
        problems.push(format!("unknown follow-up procedure {next}"));
    }
    match (&procedure.starts, procedure.period) {
        (Start::Stay { .. }, Some(_)) => {
            problems.push("a stay has its limits in starts, not a period".into())
        }
        (Start::Expiry { .. } | Start::Event { .. }, None) => problems.push("has no period".into()),
        (
            Start::Stay {
                per_entry,
                limit,
                window,
            },
            None,
        ) if *per_entry == 0 || *limit == 0 || limit > window => {
            problems.push("a stay needs per_entry > 0 and 0 < limit <= window".into())
        }
        (_, Some(period)) if period.max_days() > MAX_PERIOD_DAYS => {
            problems.push(format!("a period of more than {MAX_PERIOD_DAYS} days"))
        }
        _ => {}
    }
    if let Start::Event {
        event: EventKind::LeftCountry,
    } = procedure.starts
    {
        problems.push("leaving the country ends a stay; it starts no procedure".into());
    }
    let mut items = BTreeSet::new();
    for id in procedure
        .required
        .iter()
        .map(|r| &r.id)
        .chain(procedure.not_required.iter().map(|n| &n.id))
    {
        if !items.insert(id) {
            problems.push(format!("item {id} is listed twice"));
        }
    }
    let items = procedure
        .required
        .iter()
        .map(|r| (&r.id, &r.citation, r.unverified))
        .chain(
            procedure
                .not_required
                .iter()
                .map(|n| (&n.id, &n.citation, n.unverified)),
        );
    for (id, citation, unverified) in items {
        if citation.trim().is_empty() {
            problems.push(format!("item {id} has no legal basis"));
        }
        if unverified && procedure.confidence != Confidence::Unverified {
            problems.push(format!(
                "item {id} is unverified, so the procedure must be unverified and say why"
            ));
        }
    }
    for problem in problems {
        findings.push(catalog_finding(format!("{what}: {problem}")));
    }
    check_sources(&what, &procedure.sources, findings);
}

/// A working-day calendar: for a known jurisdiction, one that can count days, with its sources.
pub(super) fn check_calendar(
    catalog: &Catalog,
    calendar: &WorkCalendar,
    findings: &mut Vec<Finding>,
) {
    let what = format!("calendar {}", calendar.jurisdiction);
    if catalog.jurisdiction(&calendar.jurisdiction).is_none() {
        findings.push(catalog_finding(format!("{what}: unknown jurisdiction")));
    }
    if let Err(e) = WorkingDays::from_calendar(calendar) {
        findings.push(catalog_finding(format!("{what}: {e}")));
    }
    check_sources(&what, &calendar.sources, findings);
}

#[cfg(test)]
mod tests {
    use crate::kb::lint::check;
    use crate::kb::lint::tests::{messages, source};

    #[test]
    fn procedures_and_calendars_are_checked() {
        let catalog = r#"{
            "locales": [{"tag": "en", "name": "English", "ui": "original"}],
            "jurisdictions": [{"id": "kz", "official_languages": ["ru"]}],
            "topics": [], "articles": [],
            "procedures": [
              {"id": "p", "jurisdiction": "kz", "article": "ghost", "follow_up": "nowhere",
               "starts": {"event": {"event": "moved"}},
               "required": [{"id": "passport", "kinds": ["passport"], "citation": ""}],
               "not_required": [{"id": "passport", "citation": "Law"}],
               "confidence": "unverified", "sources": [{"citation": "Law", "checked": "2026-11"}],
               "translations": {"en": "original"}},
              {"id": "s", "jurisdiction": "kz", "starts": {"stay": {"per_entry": 30, "limit": 200, "window": 180}},
               "required": [{"id": "photo", "citation": "Rules", "unverified": true}],
               "confidence": "reported", "sources": [{"citation": "Site", "url": "https://example.kz/ru/", "checked": "2026-12-06"}],
               "translations": {"en": "original"}}
            ],
            "calendars": [{"jurisdiction": "kz", "weekend": [6, 8], "holidays": [], "first_year": 2026,
                "last_year": 2026, "confidence": "unverified", "sources": [{"citation": "Law", "checked": "2026-11"}]}]
        }"#;
        let report = check(&source(
            catalog,
            &[(
                "en",
                "procedures.ftl",
                "procedure-p =\n    .title = P\n    .task = Do it\n",
            )],
        ));
        let text = messages(&report);
        for needle in [
            "procedure p: unknown article ghost",
            "procedure p: unknown follow-up procedure nowhere",
            "procedure p: has no period",
            "procedure p: item passport is listed twice",
            "procedure p: item passport has no legal basis",
            "procedure s: item photo is unverified, so the procedure must be unverified",
            "procedure s: source URL \"https://example.kz/ru/\" is a site's home page",
            "procedure-p has no .summary",
            "procedure-p has no .need-passport",
            "procedure-p is unverified but has no .unverified",
            "procedure s: a stay needs per_entry > 0 and 0 < limit <= window",
            "procedure procedure-s is declared in en but has no en text",
            "calendar kz: content: calendar weekday 8 is not 1–7",
        ] {
            assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
        }
    }
}
