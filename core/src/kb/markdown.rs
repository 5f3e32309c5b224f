//! The small Markdown subset of article bodies, parsed into typed blocks so shells render natively.
//! Anything outside the subset is reported (the content check turns that into an error) and its
//! text kept as plain paragraphs, so a reader never loses words.
use pulldown_cmark::{BlockQuoteKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::kb::model::{Block, CalloutKind, LinkTarget, Span};

#[derive(Debug, Default)]
pub struct Parsed {
    pub blocks: Vec<Block>,
    /// Constructs outside the subset, described for editors.
    pub problems: Vec<String>,
}

enum Container {
    List {
        start: Option<u32>,
        items: Vec<Vec<Span>>,
    },
    Item(Vec<Span>),
    Quote {
        kind: Option<CalloutKind>,
        paragraphs: Vec<Vec<Span>>,
    },
}

#[derive(Default)]
struct Builder {
    parsed: Parsed,
    containers: Vec<Container>,
    spans: Vec<Span>,
    strong: u32,
    emphasis: u32,
    links: Vec<Option<LinkTarget>>,
}

/// Parses a body. `callout_label` names a callout kind in the reader's language.
pub fn parse(text: &str, callout_label: &dyn Fn(CalloutKind) -> String) -> Parsed {
    let mut builder = Builder::default();
    for event in Parser::new_ext(text, Options::ENABLE_GFM) {
        builder.event(event, callout_label);
    }
    builder.parsed
}

impl Builder {
    fn event(&mut self, event: Event, callout_label: &dyn Fn(CalloutKind) -> String) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag, callout_label),
            Event::Text(text) | Event::Code(text) => self.push_text(&text),
            Event::SoftBreak => self.push_text(" "),
            Event::HardBreak => self.push_text("\n"),
            Event::Html(html) | Event::InlineHtml(html) => {
                self.parsed
                    .problems
                    .push(format!("HTML is not supported: {}", html.trim()));
            }
            other => self
                .parsed
                .problems
                .push(format!("unsupported Markdown: {other:?}")),
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph | Tag::Heading { .. } => {}
            Tag::Strong => self.strong += 1,
            Tag::Emphasis => self.emphasis += 1,
            Tag::Link { dest_url, .. } => {
                let target = link_target(&dest_url);
                if target.is_none() {
                    self.parsed.problems.push(format!(
                        "link target must be https:// or article:<id>: {dest_url}"
                    ));
                }
                self.links.push(target);
            }
            Tag::List(start) => {
                if self
                    .containers
                    .iter()
                    .any(|c| matches!(c, Container::List { .. }))
                {
                    self.parsed
                        .problems
                        .push("nested lists are not supported".to_owned());
                }
                let start = start.map(|n| u32::try_from(n).unwrap_or(1));
                self.containers.push(Container::List {
                    start,
                    items: Vec::new(),
                });
            }
            Tag::Item => {
                self.flush_into_item();
                self.containers.push(Container::Item(Vec::new()));
            }
            Tag::BlockQuote(kind) => {
                let kind = kind.map(|k| match k {
                    BlockQuoteKind::Note => CalloutKind::Note,
                    BlockQuoteKind::Tip => CalloutKind::Tip,
                    BlockQuoteKind::Warning => CalloutKind::Warning,
                    BlockQuoteKind::Important | BlockQuoteKind::Caution => {
                        self.parsed
                            .problems
                            .push("callouts are NOTE, TIP or WARNING".to_owned());
                        CalloutKind::Warning
                    }
                });
                self.containers.push(Container::Quote {
                    kind,
                    paragraphs: Vec::new(),
                });
            }
            other => self
                .parsed
                .problems
                .push(format!("unsupported Markdown: {other:?}")),
        }
    }

    fn end(&mut self, tag: TagEnd, callout_label: &dyn Fn(CalloutKind) -> String) {
        match tag {
            TagEnd::Strong => self.strong = self.strong.saturating_sub(1),
            TagEnd::Emphasis => self.emphasis = self.emphasis.saturating_sub(1),
            TagEnd::Link => {
                self.links.pop();
            }
            TagEnd::Heading(level) => {
                let level = match level {
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    other => {
                        self.parsed
                            .problems
                            .push(format!("headings are ## or ###, not {other:?}"));
                        if other == HeadingLevel::H1 { 2 } else { 3 }
                    }
                };
                let spans = self.take_spans();
                self.parsed.blocks.push(Block::Heading { level, spans });
            }
            TagEnd::Paragraph => {
                let spans = self.take_spans();
                match self.containers.last_mut() {
                    Some(Container::Quote { paragraphs, .. }) => paragraphs.push(spans),
                    Some(Container::Item(item)) => append_spans(item, spans),
                    _ => self.parsed.blocks.push(Block::Paragraph { spans }),
                }
            }
            TagEnd::Item => {
                self.flush_into_item();
                if let Some(Container::Item(spans)) = self.containers.pop()
                    && let Some(Container::List { items, .. }) = self.containers.last_mut()
                {
                    items.push(spans);
                }
            }
            TagEnd::List(_) => {
                if let Some(Container::List { start, items }) = self.containers.pop() {
                    match self.containers.last_mut() {
                        // A nested list (reported above) keeps its words inside the outer item.
                        Some(Container::Item(outer)) => {
                            items.into_iter().for_each(|i| append_spans(outer, i))
                        }
                        _ => self.parsed.blocks.push(match start {
                            Some(start) => Block::NumberedList { start, items },
                            None => Block::BulletList { items },
                        }),
                    }
                }
            }
            TagEnd::BlockQuote(_) => {
                if let Some(Container::Quote { kind, paragraphs }) = self.containers.pop() {
                    self.parsed.blocks.push(match kind {
                        Some(kind) => Block::Callout {
                            kind,
                            label: callout_label(kind),
                            paragraphs,
                        },
                        None => legal_quote(paragraphs),
                    });
                }
            }
            _ => {}
        }
    }

    fn flush_into_item(&mut self) {
        if self.spans.is_empty() {
            return;
        }
        let spans = self.take_spans();
        if let Some(Container::Item(item)) = self.containers.last_mut() {
            append_spans(item, spans);
        }
    }

    fn take_spans(&mut self) -> Vec<Span> {
        std::mem::take(&mut self.spans)
    }

    fn push_text(&mut self, text: &str) {
        let link = self.links.last().cloned().flatten();
        let (strong, emphasis) = (self.strong > 0, self.emphasis > 0);
        if let Some(last) = self.spans.last_mut()
            && last.strong == strong
            && last.emphasis == emphasis
            && last.link == link
        {
            last.text.push_str(text);
            return;
        }
        self.spans.push(Span {
            text: text.to_owned(),
            strong,
            emphasis,
            link,
        });
    }
}

fn append_spans(into: &mut Vec<Span>, spans: Vec<Span>) {
    if !into.is_empty() && !spans.is_empty() {
        into.push(Span {
            text: " ".to_owned(),
            strong: false,
            emphasis: false,
            link: None,
        });
    }
    into.extend(spans);
}

fn link_target(url: &str) -> Option<LinkTarget> {
    if let Some(id) = url.strip_prefix("article:") {
        return (!id.is_empty()).then(|| LinkTarget::Article { id: id.to_owned() });
    }
    url.starts_with("https://").then(|| LinkTarget::Web {
        url: url.to_owned(),
    })
}

/// A plain quote is a legal quote; a last paragraph starting with a dash is its citation.
fn legal_quote(mut paragraphs: Vec<Vec<Span>>) -> Block {
    let citation = paragraphs.last().and_then(|last| {
        let text: String = last.iter().map(|s| s.text.as_str()).collect();
        let trimmed = text.trim_start();
        ["— ", "– ", "-- "]
            .iter()
            .find_map(|dash| trimmed.strip_prefix(dash))
            .map(|c| c.trim().to_owned())
    });
    if citation.is_some() {
        paragraphs.pop();
    }
    Block::LegalQuote {
        paragraphs,
        citation,
    }
}

/// The words of the blocks, for the search index and snippets.
pub fn plain_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut line = |spans: &[Span]| {
        for span in spans {
            out.push_str(&span.text);
        }
        out.push('\n');
    };
    for block in blocks {
        match block {
            Block::Heading { spans, .. } | Block::Paragraph { spans } => line(spans),
            Block::BulletList { items } | Block::NumberedList { items, .. } => {
                items.iter().for_each(|i| line(i))
            }
            Block::Callout { paragraphs, .. } => paragraphs.iter().for_each(|p| line(p)),
            Block::LegalQuote {
                paragraphs,
                citation,
            } => {
                paragraphs.iter().for_each(|p| line(p));
                if let Some(c) = citation {
                    line(&[Span {
                        text: c.clone(),
                        strong: false,
                        emphasis: false,
                        link: None,
                    }]);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(kind: CalloutKind) -> String {
        format!("{kind:?}")
    }

    fn plain(text: &str) -> Span {
        Span {
            text: text.to_owned(),
            strong: false,
            emphasis: false,
            link: None,
        }
    }

    #[test]
    fn parses_every_block_of_the_subset() {
        let body = "## What the law says\n\nYou have **10 days** and _a right_ to [appeal](article:kz-appeal-fine).\n\n- one\n- two\n\n1. first\n2. second\n\n> [!WARNING]\n> Keep receipts.\n\n> Everyone may move freely.\n>\n> — Constitution, Art. 21\n";
        let parsed = parse(body, &label);
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        let b = &parsed.blocks;
        assert_eq!(b.len(), 6);
        assert_eq!(
            b[0],
            Block::Heading {
                level: 2,
                spans: vec![plain("What the law says")]
            }
        );
        let Block::Paragraph { spans } = &b[1] else {
            panic!("paragraph expected: {:?}", b[1])
        };
        assert!(spans.iter().any(|s| s.strong && s.text == "10 days"));
        assert!(spans.iter().any(|s| s.emphasis && s.text == "a right"));
        assert!(spans.iter().any(|s| s.link
            == Some(LinkTarget::Article {
                id: "kz-appeal-fine".into()
            })));
        assert_eq!(
            b[2],
            Block::BulletList {
                items: vec![vec![plain("one")], vec![plain("two")]]
            }
        );
        assert_eq!(
            b[3],
            Block::NumberedList {
                start: 1,
                items: vec![vec![plain("first")], vec![plain("second")]]
            }
        );
        assert_eq!(
            b[4],
            Block::Callout {
                kind: CalloutKind::Warning,
                label: "Warning".into(),
                paragraphs: vec![vec![plain("Keep receipts.")]]
            }
        );
        assert_eq!(
            b[5],
            Block::LegalQuote {
                paragraphs: vec![vec![plain("Everyone may move freely.")]],
                citation: Some("Constitution, Art. 21".into())
            }
        );
    }

    #[test]
    fn reports_what_is_outside_the_subset_but_keeps_the_words() {
        let parsed = parse("# Big\n\n<b>x</b>\n\n[bad](ftp://x)\n\n    code\n", &label);
        assert!(parsed.problems.len() >= 3, "{:?}", parsed.problems);
        assert!(plain_text(&parsed.blocks).contains("Big"));
        assert!(plain_text(&parsed.blocks).contains("bad"));
    }

    #[test]
    fn plain_text_keeps_all_words() {
        let parsed = parse("## A\n\n- b\n\n> [!NOTE]\n> c\n", &label);
        assert_eq!(plain_text(&parsed.blocks), "A\nb\nc\n");
    }
}
