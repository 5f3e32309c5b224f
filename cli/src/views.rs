//! How each screen model is drawn as text. Only layout lives here; every word comes from the core.
use huquq_core::App;
use huquq_core::kb::model::*;
use huquq_core::l10n::Direction;
use huquq_core::l10n::UiText;
use huquq_core::screens::model::ContentSection;
use serde::Serialize;

use crate::render::{Printer, Style};

pub trait View {
    fn print(&self, app: &App, p: &Printer);
}

#[derive(Serialize)]
#[serde(transparent)]
pub struct TopicList(pub Vec<TopicItem>);

#[derive(Serialize)]
#[serde(transparent)]
pub struct CardList(pub Vec<CardItem>);

#[derive(Serialize)]
#[serde(transparent)]
pub struct Languages(pub Vec<LanguageItem>);

fn spans(p: &Printer, spans: &[Span]) -> String {
    let mut out = String::new();
    for span in spans {
        let style = match (span.strong, span.emphasis) {
            (true, _) => Style::Bold,
            (false, true) => Style::Italic,
            _ => Style::Plain,
        };
        out.push_str(&p.style(&span.text, style));
        match &span.link {
            Some(LinkTarget::Article { id }) => {
                out.push_str(&p.style(&format!(" [{id}]"), Style::Dim))
            }
            Some(LinkTarget::Web { url }) => {
                out.push_str(&p.style(&format!(" <{url}>"), Style::Dim))
            }
            None => {}
        }
    }
    out
}

pub(crate) fn heading(p: &Printer, text: &str, direction: Direction) {
    p.paragraph(&p.style(text, Style::Bold), direction, "", "");
}

pub(crate) fn notices(p: &Printer, notices: &[Notice], direction: Direction) {
    for notice in notices {
        p.paragraph(
            &p.style(&notice.text, Style::Reverse),
            direction,
            "! ",
            "  ",
        );
    }
}

pub(crate) fn sources(
    p: &Printer,
    heading_text: &str,
    sources: &[SourceItem],
    direction: Direction,
) {
    if sources.is_empty() {
        return;
    }
    p.blank();
    heading(p, heading_text, direction);
    for source in sources {
        let mut line = source.citation.clone();
        if let Some(url) = &source.url {
            line.push_str(&format!(" <{url}>"));
        }
        if let Some(translation) = &source.translation {
            // The label is in the reader's language: isolate it from the citation.
            line.push_str(&format!(
                " (\u{2068}{}\u{2069} <{}>)",
                translation.label, translation.url
            ));
        }
        // Isolated: the date line is in the reader's language, the citation is not.
        line.push_str(&p.style(
            &format!(" — \u{2068}{}\u{2069}", source.checked),
            Style::Dim,
        ));
        // Citations are written in the catalog's language, left to right.
        p.paragraph(&line, Direction::Ltr, "- ", "  ");
    }
}

fn article_items(p: &Printer, items: &[ArticleItem]) {
    for item in items {
        p.paragraph(
            &format!("{}  {}", p.style(&item.id, Style::Bold), item.title),
            item.direction,
            "  ",
            "    ",
        );
        if !item.summary.is_empty() {
            p.paragraph(
                &p.style(&item.summary, Style::Dim),
                item.direction,
                "    ",
                "    ",
            );
        }
    }
}

fn topic_items(p: &Printer, topics: &[TopicItem], direction: Direction) {
    for topic in topics {
        p.paragraph(
            &format!("{}  {}", p.style(&topic.id, Style::Bold), topic.title),
            direction,
            "  ",
            "    ",
        );
        p.paragraph(
            &p.style(&topic.summary, Style::Dim),
            direction,
            "    ",
            "    ",
        );
    }
}

impl View for HomeScreen {
    fn print(&self, app: &App, p: &Printer) {
        heading(p, &self.app_name, self.direction);
        p.paragraph(&self.greeting, self.direction, "", "");
        p.blank();
        heading(p, &self.topics_heading, self.direction);
        topic_items(p, &self.topics, self.direction);
        p.blank();
        p.paragraph(
            &p.style(&app.ui_text(UiText::CliTopicOpenHint), Style::Dim),
            self.direction,
            "",
            "",
        );
        p.paragraph(
            &p.style(&app.ui_text(UiText::CliCardHint), Style::Dim),
            self.direction,
            "",
            "",
        );
    }
}

impl View for TopicList {
    fn print(&self, app: &App, p: &Printer) {
        let direction = app.localizer().direction();
        topic_items(p, &self.0, direction);
        p.blank();
        p.paragraph(
            &p.style(&app.ui_text(UiText::CliTopicOpenHint), Style::Dim),
            direction,
            "",
            "",
        );
    }
}

impl View for TopicScreen {
    fn print(&self, app: &App, p: &Printer) {
        heading(p, &self.title, self.direction);
        p.paragraph(&self.summary, self.direction, "", "");
        p.blank();
        article_items(p, &self.articles);
        p.blank();
        p.paragraph(
            &p.style(&app.ui_text(UiText::CliReadHint), Style::Dim),
            self.direction,
            "",
            "",
        );
    }
}

impl View for ArticleScreen {
    fn print(&self, app: &App, p: &Printer) {
        let dir = self.direction;
        heading(p, &self.title, dir);
        p.paragraph(
            &p.style(
                &format!("{} · {}", self.jurisdiction, self.confidence_text),
                Style::Dim,
            ),
            dir,
            "",
            "",
        );
        notices(p, &self.notices, dir);
        p.blank();
        p.paragraph(&p.style(&self.summary, Style::Italic), dir, "", "");
        for block in &self.blocks {
            p.blank();
            match block {
                Block::Heading { spans: s, .. } => heading(p, &spans(p, s), dir),
                Block::Paragraph { spans: s } => p.paragraph(&spans(p, s), dir, "", ""),
                Block::BulletList { items } => {
                    for item in items {
                        p.paragraph(&spans(p, item), dir, "  • ", "    ");
                    }
                }
                Block::NumberedList { start, items } => {
                    for (n, item) in (*start..).zip(items) {
                        let marker = format!("  {n}. ");
                        p.paragraph(&spans(p, item), dir, &marker, &" ".repeat(marker.len()));
                    }
                }
                Block::Callout {
                    label, paragraphs, ..
                } => {
                    p.paragraph(&p.style(label, Style::Bold), dir, "┃ ", "┃ ");
                    for paragraph in paragraphs {
                        p.paragraph(&spans(p, paragraph), dir, "┃ ", "┃ ");
                    }
                }
                Block::LegalQuote {
                    paragraphs,
                    citation,
                } => {
                    for paragraph in paragraphs {
                        p.paragraph(
                            &p.style(&spans(p, paragraph), Style::Italic),
                            dir,
                            "  “ ",
                            "    ",
                        );
                    }
                    if let Some(citation) = citation {
                        p.paragraph(&format!("— {citation}"), dir, "    ", "    ");
                    }
                }
            }
        }
        sources(p, &self.sources_heading, &self.sources, dir);
        if !self.related.is_empty() {
            p.blank();
            heading(p, &self.related_heading, dir);
            article_items(p, &self.related);
        }
        if !self.cards.is_empty() {
            p.blank();
            for card in &self.cards {
                p.paragraph(
                    &format!("{}  {}", p.style(&card.id, Style::Bold), card.title),
                    dir,
                    "  ▣ ",
                    "    ",
                );
            }
            p.paragraph(
                &p.style(&app.ui_text(UiText::CliCardHint), Style::Dim),
                dir,
                "",
                "",
            );
        }
    }
}

impl View for SearchScreen {
    fn print(&self, app: &App, p: &Printer) {
        if !self.summary.is_empty() {
            p.paragraph(&self.summary, self.direction, "", "");
        }
        if let Some(read_as) = &self.read_as {
            p.paragraph(&p.style(read_as, Style::Dim), self.direction, "", "");
        }
        for hit in &self.hits {
            p.blank();
            p.paragraph(
                &format!("{}  {}", p.style(&hit.article, Style::Bold), hit.title),
                hit.direction,
                "",
                "  ",
            );
            let snippet: String = hit
                .snippet
                .iter()
                .map(|part| {
                    if part.highlighted {
                        p.style(&part.text, Style::Reverse)
                    } else {
                        part.text.clone()
                    }
                })
                .collect();
            p.paragraph(&snippet, hit.direction, "  ", "  ");
            if let Some(found_by) = &hit.found_by {
                p.paragraph(&p.style(found_by, Style::Dim), hit.direction, "  ", "  ");
            }
        }
        glossary_items(p, &self.glossary, self.direction);
        if !self.topics.is_empty() {
            p.blank();
            heading(p, &self.topics_heading, self.direction);
            topic_items(p, &self.topics, self.direction);
        }
        if !self.hits.is_empty() {
            p.blank();
            p.paragraph(
                &p.style(&app.ui_text(UiText::CliReadHint), Style::Dim),
                self.direction,
                "",
                "",
            );
        }
    }
}

impl View for CardList {
    fn print(&self, app: &App, p: &Printer) {
        let direction = app.localizer().direction();
        for card in &self.0 {
            p.paragraph(
                &format!("{}  {}", p.style(&card.id, Style::Bold), card.title),
                direction,
                "  ",
                "    ",
            );
            p.paragraph(
                &p.style(&card.situation, Style::Dim),
                direction,
                "    ",
                "    ",
            );
        }
        p.blank();
        p.paragraph(
            &p.style(&app.ui_text(UiText::CliCardHint), Style::Dim),
            direction,
            "",
            "",
        );
    }
}

impl View for OfficerCardScreen {
    fn print(&self, _app: &App, p: &Printer) {
        let dir = self.direction;
        heading(p, &self.title, dir);
        p.paragraph(&p.style(&self.situation, Style::Dim), dir, "", "");
        notices(p, &self.notices, dir);
        p.blank();
        p.paragraph(&self.user_text, dir, "", "");
        for official in &self.official {
            p.blank();
            heading(p, &official.label, dir);
            p.paragraph(&official.text, official.direction, "", "");
        }
        p.blank();
        p.paragraph(&p.style(&self.show_hint, Style::Reverse), dir, "", "");
        sources(p, &self.sources_heading, &self.sources, dir);
    }
}

impl View for Languages {
    fn print(&self, app: &App, p: &Printer) {
        heading(
            p,
            &app.ui_text(UiText::LanguagesHeading),
            app.localizer().direction(),
        );
        for language in &self.0 {
            let marker = if language.selected { "* " } else { "  " };
            p.paragraph(
                &format!("{marker}{:<4}{}", language.tag, language.name),
                language.direction,
                "",
                "      ",
            );
        }
    }
}

impl View for GlossaryScreen {
    fn print(&self, _app: &App, p: &Printer) {
        let dir = self.direction;
        heading(p, &self.title, dir);
        notices(p, &self.notices, dir);
        glossary_items(p, &self.terms, dir);
    }
}

fn glossary_items(p: &Printer, terms: &[GlossaryItem], dir: Direction) {
    for term in terms {
        p.blank();
        p.paragraph(&p.style(&term.term, Style::Bold), dir, "", "");
        for official in &term.official {
            p.paragraph(
                &p.style(
                    &format!("{}: {}", official.language, official.text),
                    Style::Dim,
                ),
                dir,
                "  ",
                "  ",
            );
        }
        p.paragraph(&term.definition, dir, "  ", "  ");
    }
}

impl View for ContentSection {
    fn print(&self, app: &App, p: &Printer) {
        let dir = app.localizer().direction();
        heading(p, &self.heading, dir);
        p.paragraph(&self.text, dir, "", "");
        p.paragraph(&p.style(&self.release, Style::Dim), dir, "", "");
        if let Some(notice) = &self.notice {
            p.blank();
            p.paragraph(&p.style(notice, Style::Bold), dir, "", "");
        }
    }
}
