//! Screen models: what a shell renders, every string already localized and every text marked with
//! the locale it came from and its direction.
use serde::Serialize;

pub use crate::content::presented::{Notice, NoticeKind, SourceItem, SourceLink};

use crate::content::catalog::Confidence;
use crate::l10n::Direction;

/// A run of text with one style. Shells map spans to their native rich text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Span {
    pub text: String,
    pub strong: bool,
    pub emphasis: bool,
    pub link: Option<LinkTarget>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum LinkTarget {
    Article { id: String },
    Web { url: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum CalloutKind {
    Note,
    Tip,
    Warning,
}

/// One block of an article body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Block {
    Heading {
        level: u8,
        spans: Vec<Span>,
    },
    Paragraph {
        spans: Vec<Span>,
    },
    BulletList {
        items: Vec<Vec<Span>>,
    },
    NumberedList {
        start: u32,
        items: Vec<Vec<Span>>,
    },
    /// `label` is the localized word for the kind ("Warning").
    Callout {
        kind: CalloutKind,
        label: String,
        paragraphs: Vec<Vec<Span>>,
    },
    /// Words of a law, with the citation when the text gives one.
    LegalQuote {
        paragraphs: Vec<Vec<Span>>,
        citation: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LanguageItem {
    pub tag: String,
    /// The language's name for itself.
    pub name: String,
    pub direction: Direction,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TopicItem {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub article_count: u32,
    pub locale: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ArticleItem {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub locale: String,
    pub direction: Direction,
    pub confidence: Confidence,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CardItem {
    pub id: String,
    pub title: String,
    pub situation: String,
    pub locale: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ContactItem {
    pub id: String,
    pub name: String,
    pub description: String,
    pub website: Option<String>,
    pub phone: Option<String>,
    pub locale: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HomeScreen {
    pub locale: String,
    pub direction: Direction,
    pub app_name: String,
    pub greeting: String,
    pub search_hint: String,
    pub topics_heading: String,
    pub topics: Vec<TopicItem>,
    pub cards_heading: String,
    pub cards: Vec<CardItem>,
    pub contacts_heading: String,
    pub contacts: Vec<ContactItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TopicScreen {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub locale: String,
    pub direction: Direction,
    pub articles: Vec<ArticleItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ArticleScreen {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// The locale the text really came from (may differ from the user's first choice).
    pub locale: String,
    pub direction: Direction,
    pub jurisdiction: String,
    pub confidence: Confidence,
    /// "Reported, not yet checked against the official text", in the reader's language.
    pub confidence_text: String,
    pub notices: Vec<Notice>,
    pub blocks: Vec<Block>,
    pub sources_heading: String,
    pub sources: Vec<SourceItem>,
    pub related_heading: String,
    pub related: Vec<ArticleItem>,
    pub cards: Vec<CardItem>,
}

/// A piece of a search snippet; `highlighted` marks the words that matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SnippetPart {
    pub text: String,
    pub highlighted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SearchHit {
    pub article: String,
    pub title: String,
    pub locale: String,
    pub direction: Direction,
    pub snippet: Vec<SnippetPart>,
    /// "Found through «прописка»": set when a query word is not in the article's text but in the
    /// words people use for it (its search keywords).
    pub found_by: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SearchScreen {
    pub query: String,
    pub locale: String,
    pub direction: Direction,
    /// "3 results" / "Nothing found", localized with plurals.
    pub summary: String,
    /// "Showing results for “депортация”" when misspelt words were read as others.
    pub read_as: Option<String>,
    pub hits: Vec<SearchHit>,
    /// When nothing is found: the topics to browse instead (empty otherwise), under this heading.
    pub topics_heading: String,
    pub topics: Vec<TopicItem>,
    /// When nothing is found: glossary terms holding a word of the query.
    pub glossary: Vec<GlossaryItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OfficialText {
    pub locale: String,
    /// The language's name, in the user's language.
    pub language: String,
    /// "In Russian", localized.
    pub label: String,
    pub direction: Direction,
    pub text: String,
    pub machine_translated: bool,
}

/// A card the user shows an official: the legal point in the official's language beside their own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OfficerCardScreen {
    pub id: String,
    pub title: String,
    pub situation: String,
    pub locale: String,
    pub direction: Direction,
    pub user_text: String,
    /// "In French": over the user's own text, naming its language.
    pub user_text_label: String,
    pub show_hint: String,
    pub official: Vec<OfficialText>,
    pub notices: Vec<Notice>,
    pub sources_heading: String,
    pub sources: Vec<SourceItem>,
    pub article: Option<ArticleItem>,
}

/// One legal term, explained in the user's language, with the words officials use beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GlossaryItem {
    pub id: String,
    pub term: String,
    pub definition: String,
    pub locale: String,
    /// The term in each official language that is not the user's (`text` is the term).
    pub official: Vec<OfficialText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GlossaryScreen {
    pub title: String,
    pub direction: Direction,
    pub notices: Vec<Notice>,
    /// In the order of the user's alphabet.
    pub terms: Vec<GlossaryItem>,
}
