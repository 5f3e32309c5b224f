//! Full-text search over every locale: an SQLite FTS5 index of stemmed terms, built from the
//! embedded content on first open and rebuilt when the content changes. The index is derived data:
//! if its file is damaged it is simply built again.
use std::path::Path;
use std::sync::Mutex;

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use unic_langid::LanguageIdentifier;

use crate::content::Content;
use crate::error::{Error, Result};
use crate::kb::markdown;
use crate::kb::model::SnippetPart;
use crate::kb::terms;

/// Queries longer than this are refused with a clear error rather than searched.
pub const MAX_QUERY_CHARS: usize = 1000;
/// Words beyond this many in one query are ignored (nobody types 33 words to find an article).
const MAX_QUERY_WORDS: usize = 32;
/// 4: soft and hard signs dropped from Cyrillic terms (`terms::stem_with`).
const SCHEMA_VERSION: i32 = 4;
const SNIPPET_CONTEXT_CHARS: usize = 60;
const SNIPPET_CHARS: usize = 200;

const SCHEMA: &str = "
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE texts (
        id INTEGER PRIMARY KEY,
        article TEXT NOT NULL,
        locale TEXT NOT NULL,
        title TEXT NOT NULL,
        plain TEXT NOT NULL,
        -- Each word of `plain` as `start:end:term` (byte offsets and index term), in order, so that
        -- snippets need no tokenizing or stemming at query time.
        plain_terms TEXT NOT NULL,
        UNIQUE (article, locale)
    );
    CREATE VIRTUAL TABLE terms USING fts5(title_terms, body_terms, tokenize = 'unicode61 remove_diacritics 2');
";

pub struct SearchIndex {
    conn: Mutex<Connection>,
}

/// A matching article, before it is localized into a screen model.
#[derive(Debug, Clone, PartialEq)]
pub struct RawHit {
    pub article: String,
    pub matched_locale: String,
}

/// A user query turned into FTS5 syntax. User text never reaches FTS5 as syntax: every word becomes
/// a quoted string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedQuery {
    /// Each query word's alternative stems.
    pub words: Vec<Vec<String>>,
}

impl PreparedQuery {
    pub fn new(query: &str) -> Result<PreparedQuery> {
        if query.chars().count() > MAX_QUERY_CHARS {
            return Err(Error::QueryTooLong {
                max_chars: MAX_QUERY_CHARS,
            });
        }
        let words = terms::words(query)
            .iter()
            .map(|w| terms::query_alternatives(w.text))
            .filter(|alternatives| !alternatives.is_empty())
            .take(MAX_QUERY_WORDS)
            .collect();
        Ok(PreparedQuery { words })
    }

    fn fts(&self, joiner: &str) -> String {
        let groups: Vec<String> = self
            .words
            .iter()
            .map(|alternatives| {
                let quoted: Vec<String> = alternatives
                    .iter()
                    .map(|a| {
                        let quoted = format!("\"{}\"", a.replace('"', "\"\""));
                        // One letter as a prefix would match half the index.
                        if a.chars().count() > 1 {
                            quoted + "*"
                        } else {
                            quoted
                        }
                    })
                    .collect();
                format!("({})", quoted.join(" OR "))
            })
            .collect();
        groups.join(joiner)
    }

    /// Whether an index term matches any query word.
    pub fn matches(&self, term: &str) -> bool {
        self.words.iter().flatten().any(|alt| {
            if alt.chars().nth(1).is_some() {
                term.starts_with(alt.as_str())
            } else {
                term == *alt
            }
        })
    }
}

impl SearchIndex {
    /// Opens (or builds) the index in `path`; `None` keeps it in memory.
    pub fn open(path: Option<&Path>, content: &Content) -> Result<SearchIndex> {
        let conn = match path {
            Some(path) => match Self::open_file(path, content) {
                Ok(conn) => conn,
                Err(_) => {
                    // A damaged or foreign file: it only ever held derived data, so start afresh.
                    let _ = std::fs::remove_file(path);
                    Self::open_file(path, content)?
                }
            },
            None => {
                let conn = Connection::open_in_memory()?;
                Self::rebuild(&conn, content)?;
                conn
            }
        };
        Ok(SearchIndex {
            conn: Mutex::new(conn),
        })
    }

    fn open_file(path: &Path, content: &Content) -> Result<Connection> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        if !Self::is_current(&conn, &content.version)? {
            Self::rebuild(&conn, content)?;
        }
        Ok(conn)
    }

    fn is_current(conn: &Connection, version: &str) -> Result<bool> {
        let schema: i32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if schema != SCHEMA_VERSION {
            return Ok(false);
        }
        let stored: Option<String> = conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'content_version'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(stored.as_deref() == Some(version))
    }

    fn rebuild(conn: &Connection, content: &Content) -> Result<()> {
        let texts = prepare_texts(content);
        let tx = conn.unchecked_transaction()?;
        tx.execute_batch(
            "DROP TABLE IF EXISTS meta; DROP TABLE IF EXISTS texts; DROP TABLE IF EXISTS terms;",
        )?;
        tx.execute_batch(SCHEMA)?;
        {
            let mut text_row = tx.prepare(
                "INSERT INTO texts (article, locale, title, plain, plain_terms) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            let mut term_row = tx.prepare(
                "INSERT INTO terms (rowid, title_terms, body_terms) VALUES (?1, ?2, ?3)",
            )?;
            for text in &texts {
                text_row.execute(params![
                    text.article,
                    text.locale,
                    text.title,
                    text.plain,
                    text.plain_terms
                ])?;
                let id = tx.last_insert_rowid();
                term_row.execute(params![id, text.title_terms, text.body_terms])?;
            }
        }
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('content_version', ?1)",
            [&content.version],
        )?;
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        tx.commit()?;
        Ok(())
    }

    /// Articles matching every word of the query (or, when none does, any word), best first, each
    /// article once.
    pub fn search(&self, query: &PreparedQuery, limit: usize) -> Result<Vec<RawHit>> {
        if query.words.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let conn = self
            .conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut statement = conn.prepare_cached(
            "SELECT t.article, t.locale FROM terms JOIN texts t ON t.id = terms.rowid
             WHERE terms MATCH ?1 ORDER BY bm25(terms, 10.0, 1.0) LIMIT 500",
        )?;
        let mut hits: Vec<RawHit> = Vec::new();
        for joiner in [" AND ", " OR "] {
            let rows = statement.query_map([query.fts(joiner)], |r| {
                Ok(RawHit {
                    article: r.get(0)?,
                    matched_locale: r.get(1)?,
                })
            })?;
            for row in rows {
                let hit = row?;
                if !hits.iter().any(|h| h.article == hit.article) {
                    hits.push(hit);
                }
            }
            if !hits.is_empty() || query.words.len() == 1 {
                break;
            }
        }
        hits.truncate(limit);
        Ok(hits)
    }

    /// A short piece of the article's text in `lang` around the first match, matches highlighted.
    pub fn snippet(
        &self,
        article: &str,
        lang: &LanguageIdentifier,
        query: &PreparedQuery,
    ) -> Result<Vec<SnippetPart>> {
        let conn = self
            .conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let tag = lang.to_string();
        let row: Option<(String, String)> = conn
            .prepare_cached(
                "SELECT plain, plain_terms FROM texts WHERE article = ?1 AND locale = ?2",
            )?
            .query_row(params![article, tag], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let (plain, plain_terms) = row.unwrap_or_default();
        Ok(snippet(&plain, &plain_terms, query))
    }
}

/// A word of a stored text: byte range and index term.
struct LocatedTerm<'a> {
    start: usize,
    end: usize,
    term: &'a str,
}

/// One article's text in one locale, with its index terms, ready to be inserted.
struct IndexedText<'a> {
    article: &'a str,
    locale: String,
    title: String,
    plain: String,
    /// Each word of `plain` as `start:end:term`.
    plain_terms: String,
    title_terms: String,
    /// The summary's terms, then the body's.
    body_terms: String,
}

/// Every article's text in every locale that has it, in the order the index is built in (by
/// article, then by locale). Locales are prepared on separate threads, as many as the phone has
/// cores: formatting, Markdown and stemming are most of a first launch (docs/PERFORMANCE.md).
fn prepare_texts(content: &Content) -> Vec<IndexedText<'_>> {
    let locales = &content.locales;
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, locales.len().max(1));
    // By locale: one entry per article, `None` where the locale does not have it.
    let mut by_locale: Vec<Vec<Option<IndexedText<'_>>>> = Vec::new();
    by_locale.resize_with(locales.len(), Vec::new);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|worker| {
                scope.spawn(move || {
                    locales
                        .iter()
                        .enumerate()
                        .filter(|(index, _)| index % threads == worker)
                        .map(|(index, lang)| (index, prepare_locale(content, lang)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for worker in workers {
            // A panic in a worker is the same panic the loop would have raised on this thread.
            let prepared = worker
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            for (index, texts) in prepared {
                by_locale[index] = texts;
            }
        }
    });
    let mut ordered = Vec::new();
    let mut columns: Vec<_> = by_locale.into_iter().map(Vec::into_iter).collect();
    for _ in &content.catalog.articles {
        for column in &mut columns {
            if let Some(Some(text)) = column.next() {
                ordered.push(text);
            }
        }
    }
    ordered
}

/// A word of a text as `plain_terms` stores it: `start:end:term`.
fn located_term(word: &terms::Word<'_>, term: &str) -> String {
    format!("{}:{}:{term}", word.start, word.end)
}

/// Each article's text in `lang` (`None` for an article this locale does not have).
fn prepare_locale<'a>(
    content: &'a Content,
    lang: &LanguageIdentifier,
) -> Vec<Option<IndexedText<'a>>> {
    let tag = lang.to_string();
    let mut cache = terms::TermCache::default();
    let no_label = |_| String::new();
    content
        .catalog
        .articles
        .iter()
        .map(|article| {
            if !content.has_article(article, lang) {
                return None;
            }
            let text = content.article_text_in(article, lang)?;
            let plain = markdown::plain_text(&markdown::parse(&text.body, &no_label).blocks);
            let mut plain_terms = Vec::new();
            let mut body_terms: Vec<String> = terms::words(&text.summary)
                .iter()
                .map(|w| cache.term(w.text, &tag).to_owned())
                .collect();
            for word in terms::words(&plain) {
                let term = cache.term(word.text, &tag);
                plain_terms.push(located_term(&word, term));
                body_terms.push(term.to_owned());
            }
            let title_terms: Vec<String> = terms::words(&text.title)
                .iter()
                .map(|w| cache.term(w.text, &tag).to_owned())
                .collect();
            Some(IndexedText {
                article: &article.id,
                locale: tag.clone(),
                title: text.title,
                plain,
                plain_terms: plain_terms.join(" "),
                title_terms: title_terms.join(" "),
                body_terms: body_terms.join(" "),
            })
        })
        .collect()
}

fn parse_located(stored: &str) -> Vec<LocatedTerm<'_>> {
    stored
        .split(' ')
        .filter_map(|item| {
            let mut parts = item.splitn(3, ':');
            Some(LocatedTerm {
                start: parts.next()?.parse().ok()?,
                end: parts.next()?.parse().ok()?,
                term: parts.next()?,
            })
        })
        .collect()
}

/// `plain_terms` locates each word of `plain` with its index term (see `located_terms`).
fn snippet(plain: &str, plain_terms: &str, query: &PreparedQuery) -> Vec<SnippetPart> {
    let text = plain.replace('\n', " ");
    let words: Vec<LocatedTerm> = parse_located(plain_terms)
        .into_iter()
        .filter(|w| {
            w.start < w.end
                && w.end <= text.len()
                && text.is_char_boundary(w.start)
                && text.is_char_boundary(w.end)
        })
        .collect();
    let matched: Vec<&LocatedTerm> = words.iter().filter(|w| query.matches(w.term)).collect();
    let first = matched.first().map(|w| w.start).unwrap_or(0);
    // Character offsets of the word boundaries, counted in one pass (byte offsets would cut
    // Cyrillic and Arabic text short).
    let char_at = char_offsets(&text, words.iter().flat_map(|w| [w.start, w.end]));
    let first_char = char_at(first);
    let start = words
        .iter()
        .map(|w| w.start)
        .find(|&s| s <= first && first_char - char_at(s) <= SNIPPET_CONTEXT_CHARS)
        .unwrap_or(first);
    let start_char = char_at(start);
    let end = words
        .iter()
        .map(|w| w.end)
        .take_while(|&e| e <= start || char_at(e) - start_char <= SNIPPET_CHARS)
        .last()
        .filter(|&e| e > start)
        .unwrap_or(text.len());
    // When every remaining word fits, keep the closing punctuation too.
    let end = if words.last().is_none_or(|w| w.end <= end) {
        text.len()
    } else {
        end
    };

    let mut parts = Vec::new();
    let mut push = |piece: &str, highlighted: bool| {
        if !piece.is_empty() {
            parts.push(SnippetPart {
                text: piece.to_owned(),
                highlighted,
            });
        }
    };
    if start > 0 {
        push("…", false);
    }
    let mut cursor = start;
    for word in matched.iter().filter(|w| w.start >= start && w.end <= end) {
        push(&text[cursor..word.start], false);
        push(&text[word.start..word.end], true);
        cursor = word.end;
    }
    push(&text[cursor..end], false);
    if end < text.len() {
        push("…", false);
    }
    parts
}

/// Maps each of the given (ascending) byte offsets to its character offset.
fn char_offsets(text: &str, bytes: impl Iterator<Item = usize>) -> impl Fn(usize) -> usize {
    let mut table: Vec<(usize, usize)> = Vec::new();
    let mut chars = text.char_indices().map(|(i, _)| i).enumerate().peekable();
    let mut total = None;
    for byte in bytes {
        while chars.peek().is_some_and(|&(_, b)| b < byte) {
            chars.next();
        }
        let index = match chars.peek() {
            Some(&(index, _)) => index,
            None => *total.get_or_insert_with(|| text.chars().count()),
        };
        table.push((byte, index));
    }
    move |byte| {
        table
            .binary_search_by_key(&byte, |&(b, _)| b)
            .map_or(0, |i| table[i].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn located_terms(plain: &str, locale: &str) -> String {
        let mut cache = terms::TermCache::default();
        let located: Vec<String> = terms::words(plain)
            .iter()
            .map(|word| located_term(word, cache.term(word.text, locale)))
            .collect();
        located.join(" ")
    }

    #[test]
    fn user_text_is_never_fts_syntax() {
        for query in [
            "\"",
            "*",
            "NEAR(a b)",
            "(((",
            "-x",
            "a OR",
            "AND",
            "title_terms:x",
            "^x",
            "a\"b*c",
            "'",
            "+",
            "{}",
        ] {
            let prepared = PreparedQuery::new(query).expect("short queries are accepted");
            let fts = prepared.fts(" AND ");
            let conn = Connection::open_in_memory().expect("memory db");
            conn.execute_batch("CREATE VIRTUAL TABLE terms USING fts5(title_terms, body_terms)")
                .expect("fts5");
            if !prepared.words.is_empty() {
                let mut s = conn
                    .prepare("SELECT count(*) FROM terms WHERE terms MATCH ?1")
                    .expect("prepare");
                let n: i64 = s
                    .query_row([&fts], |r| r.get(0))
                    .unwrap_or_else(|e| panic!("{query:?} → {fts:?}: {e}"));
                assert_eq!(n, 0);
            }
        }
    }

    #[test]
    fn refuses_queries_over_the_limit() {
        let long = "a".repeat(10 * 1024);
        assert!(matches!(
            PreparedQuery::new(&long),
            Err(Error::QueryTooLong {
                max_chars: MAX_QUERY_CHARS
            })
        ));
        assert!(PreparedQuery::new(&"a".repeat(MAX_QUERY_CHARS)).is_ok());
    }

    #[test]
    fn snippets_highlight_inflected_matches() {
        let query = PreparedQuery::new("регистрации").expect("query");
        let text = "Нужна регистрация по месту жительства.";
        let parts = snippet(text, &located_terms(text, "ru"), &query);
        let highlighted: Vec<&str> = parts
            .iter()
            .filter(|p| p.highlighted)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(highlighted, ["регистрация"]);
        let joined: String = parts.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(joined, "Нужна регистрация по месту жительства.");
    }

    #[test]
    fn long_snippets_are_cut_around_the_match() {
        let text = format!("{} target {}", "word ".repeat(100), "tail ".repeat(100));
        let query = PreparedQuery::new("target").expect("query");
        let parts = snippet(&text, &located_terms(&text, "en"), &query);
        assert_eq!(parts.first().map(|p| p.text.as_str()), Some("…"));
        assert_eq!(parts.last().map(|p| p.text.as_str()), Some("…"));
        let len: usize = parts.iter().map(|p| p.text.chars().count()).sum();
        assert!(len <= SNIPPET_CHARS + 2, "{len}");
        assert!(parts.iter().any(|p| p.highlighted && p.text == "target"));
    }
}
