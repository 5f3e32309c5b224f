//! The messages against the catalog: article bodies in the Markdown subset, linking only to
//! articles that exist; the parts each procedure needs; and `.unverified` exactly where the
//! catalog says a point is uncertain.
use std::collections::BTreeMap;

use super::Finding;
use super::fluent::MessageShape;
use crate::content::catalog::{Catalog, Confidence, ids};
use crate::kb::markdown;
use crate::kb::model::{Block, LinkTarget, Span};

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
pub(super) fn check_bodies(
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
