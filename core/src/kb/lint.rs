//! `huquq content check`: everything that makes content wrong, unreadable or dishonest, found
//! before it ships. Each finding names the file and line an editor must fix.
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_syntax::ast;

use crate::content::REFERENCE_LOCALE;
use crate::content::calendar::WorkingDays;
use crate::content::catalog::{Catalog, Confidence, Source, TranslationStatus, ids};
use crate::content::embedded::{ContentSource, FtlFile};
use crate::content::procedure::{EventKind, Procedure, Start};
use crate::kb::markdown;
use crate::kb::model::{Block, LinkTarget, Span};
use crate::l10n::CalendarDate;

/// A legal period longer than this is a typo in the catalog.
const MAX_PERIOD_DAYS: u32 = 366;

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

/// One message as the check sees it: which parts it has and which variables each part uses.
#[derive(Debug, Clone, Default)]
struct MessageShape {
    file: String,
    line: usize,
    /// `None` for the value, `Some(name)` for an attribute → variables used.
    parts: BTreeMap<Option<String>, BTreeSet<String>>,
    /// Raw text of each part, for the Markdown of article bodies.
    texts: BTreeMap<Option<String>, String>,
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
    let mut report = Report {
        files: source.files.len(),
        ..Report::default()
    };
    let catalog: Catalog = match serde_json::from_str(source.catalog_json) {
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
    for file in &source.files {
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

/// Fluent reads an indented line starting with `*`, `[` or `.` as syntax, which silently breaks
/// Markdown bullets and links. Say so in words an editor understands.
fn lint_markdown_in_fluent(file: &FtlFile, name: &str, findings: &mut Vec<Finding>) {
    let mut depth: i32 = 0;
    for (index, line) in file.text.lines().enumerate() {
        let trimmed = line.trim_start();
        let indented = trimmed.len() < line.len();
        if indented && depth == 0 {
            let problem = match trimmed.chars().next() {
                Some('*') => {
                    Some("starts with '*': Fluent reads it as a variant; use '-' for bullets")
                }
                Some('[') => Some(
                    "starts with '[': Fluent reads it as a variant key; do not start a line with a link",
                ),
                Some('.') if !is_attribute_line(trimmed) => {
                    Some("starts with '.': Fluent reads it as an attribute; reword the line")
                }
                _ => None,
            };
            if let Some(problem) = problem {
                findings.push(Finding {
                    file: name.into(),
                    line: Some(index + 1),
                    message: format!("line {problem}"),
                });
            }
        }
        if !trimmed.starts_with('#') {
            depth += line.matches('{').count() as i32 - line.matches('}').count() as i32;
            depth = depth.max(0);
        }
    }
}

fn is_attribute_line(trimmed: &str) -> bool {
    let Some(rest) = trimmed.strip_prefix('.') else {
        return false;
    };
    let name_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    name_len > 0 && rest[name_len..].trim_start().starts_with('=')
}

fn line_of(text: &str, offset: usize) -> usize {
    // An error found at the very end of a file belongs to its last line, not the empty one after it.
    let last = text.trim_end_matches('\n').len();
    text[..offset.min(last)].matches('\n').count() + 1
}

fn parse_file(
    file: &FtlFile,
    name: &str,
    findings: &mut Vec<Finding>,
) -> Vec<(String, MessageShape)> {
    let resource = match fluent_syntax::parser::parse(file.text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                findings.push(Finding {
                    file: name.into(),
                    line: Some(line_of(file.text, error.pos.start)),
                    message: format!("Fluent syntax error: {error}"),
                });
            }
            resource
        }
    };
    let mut out = Vec::new();
    for entry in resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_owned();
        let mut shape = MessageShape {
            file: name.into(),
            line: message_line(file.text, &id),
            ..Default::default()
        };
        if let Some(value) = &message.value {
            shape.parts.insert(None, variables(value));
            shape.texts.insert(None, pattern_text(value));
        }
        for attribute in &message.attributes {
            let key = Some(attribute.id.name.to_owned());
            shape.parts.insert(key.clone(), variables(&attribute.value));
            shape.texts.insert(key, pattern_text(&attribute.value));
        }
        out.push((id, shape));
    }
    out
}

fn message_line(text: &str, id: &str) -> usize {
    text.lines()
        .position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}

fn pattern_text(pattern: &ast::Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .map(|e| match e {
            ast::PatternElement::TextElement { value } => (*value).to_owned(),
            ast::PatternElement::Placeable { .. } => "\u{fffc}".to_owned(),
        })
        .collect()
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, &mut found);
        }
    }
    found
}

fn expression_variables(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                found.extend(variables(&variant.value));
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, found),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            call_variables(arguments, found)
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => call_variables(arguments, found),
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    }
}

fn call_variables(arguments: &ast::CallArguments<&str>, found: &mut BTreeSet<String>) {
    for positional in &arguments.positional {
        inline_variables(positional, found);
    }
    for named in &arguments.named {
        inline_variables(&named.value, found);
    }
}

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

fn compare_with_reference(
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
fn check_declared_translations(
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

fn check_sources(what: &str, sources: &[Source], findings: &mut Vec<Finding>) {
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

fn check_catalog(catalog: &Catalog, tags: &[String], findings: &mut Vec<Finding>) {
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
        let what = format!("calendar {}", calendar.jurisdiction);
        if !known_jurisdiction(&calendar.jurisdiction) {
            findings.push(catalog_finding(format!("{what}: unknown jurisdiction")));
        }
        if let Err(e) = WorkingDays::from_calendar(calendar) {
            findings.push(catalog_finding(format!("{what}: {e}")));
        }
        check_sources(&what, &calendar.sources, findings);
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

fn check_procedure(catalog: &Catalog, procedure: &Procedure, findings: &mut Vec<Finding>) {
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

/// Whatever the catalog marks unverified must say, in its own `.unverified`, what is not confirmed;
/// nothing else may carry that notice.
fn check_unverified(
    id: &str,
    confidence: Confidence,
    shape: &MessageShape,
    findings: &mut Vec<Finding>,
) {
    let has_unverified = shape.parts.contains_key(&Some("unverified".to_owned()));
    let message = match (confidence, has_unverified) {
        (Confidence::Unverified, false) => {
            format!("{id} is unverified but has no .unverified saying what is not confirmed")
        }
        (Confidence::Verified | Confidence::Reported, true) => {
            format!("{id} has .unverified but catalog.json says {confidence:?}")
        }
        _ => return,
    };
    findings.push(Finding {
        file: shape.file.clone(),
        line: Some(shape.line),
        message,
    });
}

/// Article bodies: only the Markdown subset, links to articles that exist, and the `.unverified`
/// explanation wherever the catalog says a point is uncertain.
fn check_bodies(
    catalog: &Catalog,
    messages: &BTreeMap<String, MessageShape>,
    findings: &mut Vec<Finding>,
) {
    for card in &catalog.officer_cards {
        if let Some(shape) = messages.get(&ids::card(&card.id)) {
            check_unverified(&ids::card(&card.id), card.confidence, shape, findings);
        }
    }
    for procedure in &catalog.procedures {
        let id = ids::procedure(&procedure.id);
        let Some(shape) = messages.get(&id) else {
            continue;
        };
        let parts = ["title", "summary", "task"]
            .into_iter()
            .map(str::to_owned)
            .chain(procedure.required.iter().map(|r| format!("need-{}", r.id)))
            .chain(
                procedure
                    .not_required
                    .iter()
                    .map(|n| format!("no-need-{}", n.id)),
            );
        for part in parts {
            if !shape.parts.contains_key(&Some(part.clone())) {
                findings.push(Finding {
                    file: shape.file.clone(),
                    line: Some(shape.line),
                    message: format!("{id} has no .{part}"),
                });
            }
        }
        check_unverified(&id, procedure.confidence, shape, findings);
    }
    for article in &catalog.articles {
        let Some(shape) = messages.get(&ids::article(&article.id)) else {
            continue;
        };
        let at = |message: String| Finding {
            file: shape.file.clone(),
            line: Some(shape.line),
            message,
        };
        for part in ["title", "body"] {
            if !shape.parts.contains_key(&Some(part.to_owned())) {
                findings.push(at(format!("article-{} has no .{part}", article.id)));
            }
        }
        check_unverified(
            &ids::article(&article.id),
            article.confidence,
            shape,
            findings,
        );
        let Some(body) = shape.texts.get(&Some("body".to_owned())) else {
            continue;
        };
        let parsed = markdown::parse(body, &|_| String::new());
        for problem in &parsed.problems {
            findings.push(at(format!("article-{}.body: {problem}", article.id)));
        }
        for target in links(&parsed.blocks) {
            if let LinkTarget::Article { id } = target
                && catalog.article(&id).is_none()
            {
                findings.push(at(format!(
                    "article-{}.body links to unknown article {id}",
                    article.id
                )));
            }
        }
    }
}

fn links(blocks: &[Block]) -> Vec<LinkTarget> {
    let mut spans: Vec<&Span> = Vec::new();
    for block in blocks {
        match block {
            Block::Heading { spans: s, .. } | Block::Paragraph { spans: s } => spans.extend(s),
            Block::BulletList { items } | Block::NumberedList { items, .. } => {
                items.iter().for_each(|i| spans.extend(i))
            }
            Block::Callout { paragraphs, .. } | Block::LegalQuote { paragraphs, .. } => {
                paragraphs.iter().for_each(|p| spans.extend(p))
            }
        }
    }
    spans.into_iter().filter_map(|s| s.link.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(catalog: &'static str, files: &[(&str, &str, &'static str)]) -> ContentSource {
        ContentSource {
            catalog_json: catalog,
            files: files
                .iter()
                .map(|(locale, path, text)| FtlFile {
                    locale: (*locale).into(),
                    path: (*path).into(),
                    text,
                })
                .collect(),
            version: "test".into(),
        }
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

    fn messages(report: &Report) -> String {
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

    #[test]
    fn a_broken_catalog_is_named_with_its_line() {
        let report = check(&source("{\n  \"locales\": [\n", &[]));
        assert_eq!(report.findings.len(), 1);
        assert_eq!(report.findings[0].file, "catalog.json");
        assert!(report.findings[0].line.is_some());
    }

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

    #[test]
    fn attribute_lines_are_not_mistaken_for_markdown() {
        assert!(is_attribute_line(".title = x"));
        assert!(is_attribute_line(".body ="));
        assert!(!is_attribute_line(". Not an attribute"));
        assert!(!is_attribute_line(".5 km away"));
    }
}
