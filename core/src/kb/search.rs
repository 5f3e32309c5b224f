//! Full-text search over every locale: an SQLite FTS5 index of stemmed terms, built from the
//! embedded content on first open and rebuilt when the content changes. The index is derived data:
//! if its file is damaged it is simply built again.
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::{Mutex, OnceLock};

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use unic_langid::LanguageIdentifier;

use crate::content::Content;
use crate::error::Result;
use crate::kb::markdown;
use crate::kb::model::SnippetPart;
use crate::kb::query;
pub use crate::kb::query::{MAX_QUERY_CHARS, PreparedQuery, QueryWord};
use crate::kb::terms;
use crate::kb::typos::Vocabulary;

/// 6: summaries, `.keywords` and Arabic-script consonant skeletons in their own columns; French
/// elisions split off ("l'amende"); irregular English verbs; letters folded to a Russian keyboard's.
/// 7: pages of 64 KiB (`INDEX_PAGE_BYTES`), so the file is made anew.
const SCHEMA_VERSION: i32 = 7;
const SNIPPET_CONTEXT_CHARS: usize = 60;
const SNIPPET_CHARS: usize = 200;
/// A word in more than this share of all texts says too little to find an article on its own.
const INFORMATIVE_SHARE: f64 = 0.4;
/// Column weights for ranking: a word in the title counts most, then a keyword (a word people
/// use for exactly this article), then the summary, then the body; consonant skeletons (Arabic
/// typed in Latin letters) of the title, then of the rest.
const RANKING: &str = "bm25(terms, 10.0, 4.0, 1.0, 8.0, 5.0, 1.0)";

/// The most of the index file read through a memory map: more than its size (8.3 MB with nine
/// locales, docs/PERFORMANCE.md), with room for the content to grow.
const INDEX_MAP_BYTES: i64 = 64 * 1024 * 1024;

/// The index's page size, SQLite's largest: a text and its word list (tens of kilobytes) then sit
/// in one page, which a memory-mapped read hands over in place, instead of a chain of 4 KiB
/// overflow pages copied into one buffer for every snippet.
const INDEX_PAGE_BYTES: i64 = 65536;

/// How many ranked texts are looked up at once to find the articles of a result list.
const TEXT_BATCH: usize = 40;

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
        -- The article's search keywords, one per line (the lines of `terms.keyword_terms`).
        keywords TEXT NOT NULL,
        UNIQUE (article, locale)
    );
    -- title_readings, reading_terms: the consonant skeleton of every Arabic-script word of the
    -- title, and of the rest (kb/translit.rs).
    CREATE VIRTUAL TABLE terms USING fts5(title_terms, summary_terms, body_terms, keyword_terms,
        title_readings, reading_terms,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '3');
";

pub struct SearchIndex {
    conn: Mutex<Connection>,
    /// Loaded on the first search, from the index itself.
    vocabulary: OnceLock<Vocabulary>,
}

/// A matching article, before it is localized into a screen model.
#[derive(Debug, Clone, PartialEq)]
pub struct RawHit {
    pub article: String,
    pub matched_locale: String,
    /// The search keyword that found it, when a query word is in its keywords but nowhere in its
    /// text («прописка» for the article that says регистрация).
    pub keyword: Option<String>,
}

/// What a search found, and how it read the query.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchOutcome {
    pub hits: Vec<RawHit>,
    /// The query as searched: misspelt words replaced by what they were read as, words that match
    /// nothing left out. Snippets highlight its words.
    pub searched: PreparedQuery,
    /// Each misspelt word as typed, with the word it was read as («департация» → «депортация»).
    pub corrections: Vec<(String, String)>,
}

impl SearchIndex {
    /// Opens (or builds) the index in `path`; `None` keeps it in memory.
    pub fn open(path: Option<&Path>, content: &Content) -> Result<SearchIndex> {
        crate::sqlite_ready::wait_for_sqlite();
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
            vocabulary: OnceLock::new(),
        })
    }

    fn open_file(path: &Path, content: &Content) -> Result<Connection> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let open = || -> Result<Connection> {
            let conn = Connection::open_with_flags(path, flags)?;
            conn.busy_timeout(std::time::Duration::from_secs(5))?;
            // Read through a memory map rather than a system call and a copy per page: a search
            // reads whole texts for its snippets. The pages are the system's file cache, shared
            // and dropped under memory pressure, not the app's heap.
            conn.pragma_update(None, "mmap_size", INDEX_MAP_BYTES)?;
            Ok(conn)
        };
        let conn = open()?;
        if Self::is_current(&conn, &content.version)? {
            return Ok(conn);
        }
        // Built in a new file: a page size is set only before the first table is made. The
        // journal goes too, or SQLite would read it as the new file's unfinished transaction.
        drop(conn);
        remove_if_present(path)?;
        remove_if_present(&journal_of(path))?;
        let conn = open()?;
        Self::rebuild(&conn, content)?;
        // Searches on the connection that wrote the index run about a third slower than on a
        // fresh one (measured: p50 0.84 against 0.63 ms); reopening costs well under a millisecond.
        drop(conn);
        open()
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
        conn.pragma_update(None, "page_size", INDEX_PAGE_BYTES)?;
        let tx = conn.unchecked_transaction()?;
        tx.execute_batch(
            "DROP TABLE IF EXISTS meta; DROP TABLE IF EXISTS texts; DROP TABLE IF EXISTS terms;",
        )?;
        tx.execute_batch(SCHEMA)?;
        {
            let mut text_row = tx.prepare(
                "INSERT INTO texts (article, locale, title, plain, plain_terms, keywords)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            let mut term_row = tx.prepare(
                "INSERT INTO terms (rowid, title_terms, summary_terms, body_terms, keyword_terms,
                 title_readings, reading_terms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for text in &texts {
                text_row.execute(params![
                    text.article,
                    text.locale,
                    text.title,
                    text.plain,
                    text.plain_terms,
                    text.keywords,
                ])?;
                let id = tx.last_insert_rowid();
                term_row.execute(params![
                    id,
                    text.title_terms,
                    text.summary_terms,
                    text.body_terms,
                    text.keyword_terms,
                    text.title_readings,
                    text.reading_terms
                ])?;
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

    /// The index's terms with the number of texts each is in (FTS5's own vocabulary), read once.
    fn vocabulary(&self, conn: &Connection) -> Result<&Vocabulary> {
        if let Some(vocabulary) = self.vocabulary.get() {
            return Ok(vocabulary);
        }
        // A temporary table: nothing is written to the index file.
        conn.execute_batch(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocabulary USING fts5vocab(main, terms, row)",
        )?;
        let mut statement = conn.prepare("SELECT term, doc FROM temp.vocabulary")?;
        let terms = statement
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let texts: u64 = conn.query_row("SELECT count(*) FROM texts", [], |r| r.get(0))?;
        Ok(self
            .vocabulary
            .get_or_init(|| Vocabulary::new(terms, texts)))
    }

    /// Runs `work` with the index in one read transaction: a search and its snippets are a dozen
    /// or more statements, and outside a transaction each one takes and drops the file's lock and
    /// checks the file for changes (system calls that were a tenth of a search's time).
    pub fn read<T>(&self, work: impl FnOnce(&IndexReader<'_>) -> Result<T>) -> Result<T> {
        let conn = self
            .conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let vocabulary = self.vocabulary(&conn)?;
        let transaction = conn.unchecked_transaction()?;
        let result = work(&IndexReader {
            conn: &transaction,
            vocabulary,
        })?;
        // Nothing was written: ending it only releases the lock.
        transaction.commit()?;
        Ok(result)
    }
}

/// The index inside one read transaction (`SearchIndex::read`).
pub struct IndexReader<'a> {
    conn: &'a Connection,
    vocabulary: &'a Vocabulary,
}

impl IndexReader<'_> {
    /// Articles best first, each once: those matching every word of the query, then (from three
    /// words) every word but one, then any word that says enough on its own. A word that matches
    /// nothing is read as the nearest term when it looks like a typo, and otherwise left out.
    pub fn search(&self, query: &PreparedQuery, limit: usize) -> Result<SearchOutcome> {
        let mut outcome = SearchOutcome {
            hits: Vec::new(),
            searched: PreparedQuery { words: Vec::new() },
            corrections: Vec::new(),
        };
        if query.words.is_empty() || limit == 0 {
            return Ok(outcome);
        }
        let conn = self.conn;
        let vocabulary = self.vocabulary;
        for word in &query.words {
            // Alternatives no text holds are dropped before the index is asked: each costs a
            // lookup per query, and a Kyrgyz word's Uzbek Latin reading, say, matches nothing.
            let found: Vec<String> = word
                .alternatives
                .iter()
                .filter(|a| vocabulary.texts_matching(std::slice::from_ref(*a)) > 0)
                .cloned()
                .collect();
            if !found.is_empty() {
                outcome.searched.words.push(QueryWord {
                    alternatives: found,
                    ..word.clone()
                });
            } else if let Some(correction) = vocabulary.correct(&word.spellings, &word.typed) {
                let read_as = surface_word(conn, &correction.terms[0])?;
                outcome.corrections.push((word.typed.clone(), read_as));
                outcome.searched.words.push(QueryWord {
                    typed: word.typed.clone(),
                    spellings: correction.terms.clone(),
                    alternatives: correction.terms,
                });
            }
        }
        if outcome.searched.words.is_empty() {
            return Ok(outcome);
        }
        let informative: Vec<bool> = outcome
            .searched
            .words
            .iter()
            .map(|w| vocabulary.share_matching(&w.alternatives) <= INFORMATIVE_SHARE)
            .collect();
        // One index lookup per word: which texts hold it, and its share of each text's score. FTS5's
        // bm25 of "a OR b" is the sum over the query's phrases of each one's score, so adding up
        // the words' scores gives the ranking one query over all the words would give, without
        // asking the index twice (long questions were the slowest searches).
        let mut scored: HashMap<i64, (f64, Vec<bool>)> = HashMap::new();
        let mut lookup = conn.prepare_cached(&format!(
            "SELECT rowid, {RANKING} FROM terms WHERE terms MATCH ?1"
        ))?;
        let words = outcome.searched.words.len();
        for (index, word) in outcome.searched.words.iter().enumerate() {
            let rows = lookup.query_map([word.fts()], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, f64>(1)?))
            })?;
            for row in rows {
                let (id, score) = row?;
                let entry = scored
                    .entry(id)
                    .or_insert_with(|| (0.0, vec![false; words]));
                entry.0 += score;
                entry.1[index] = true;
            }
        }
        let mut staged: Vec<(usize, f64, i64)> = Vec::new();
        for (id, (score, matched)) in scored {
            if let Some(stage) = query::stage(&matched, &informative) {
                staged.push((stage, score, id));
            }
        }
        // bm25 is lower for a better match; equal scores keep the index's order.
        staged.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)).then(a.2.cmp(&b.2)));
        // Which article and locale a text is, read only for the texts that can make the list (a
        // common word matches hundreds), a batch at a time: one text per locale of an article
        // may come before the next article. A fixed number of parameters keeps the statement
        // cached; ids that do not exist fill the rest.
        let placeholders: Vec<String> = (1..=TEXT_BATCH).map(|i| format!("?{i}")).collect();
        let mut texts_of = conn.prepare_cached(&format!(
            "SELECT id, article, locale FROM texts WHERE id IN ({})",
            placeholders.join(",")
        ))?;
        let mut rows: Vec<i64> = Vec::new();
        for batch in staged.chunks(TEXT_BATCH) {
            if outcome.hits.len() == limit {
                break;
            }
            let mut ids = [-1i64; TEXT_BATCH];
            for (slot, (_, _, id)) in ids.iter_mut().zip(batch) {
                *slot = *id;
            }
            let mut texts: HashMap<i64, (String, String)> = texts_of
                .query_map(rusqlite::params_from_iter(ids), |r| {
                    Ok((r.get(0)?, (r.get(1)?, r.get(2)?)))
                })?
                .collect::<rusqlite::Result<_>>()?;
            for (_, _, id) in batch {
                let Some((article, matched_locale)) = texts.remove(id) else {
                    continue;
                };
                if outcome.hits.len() < limit && !outcome.hits.iter().any(|h| h.article == article)
                {
                    outcome.hits.push(RawHit {
                        article,
                        matched_locale,
                        keyword: None,
                    });
                    rows.push(*id);
                }
            }
        }
        outcome.hits.truncate(limit);
        rows.truncate(limit);
        let keywords = keywords_that_found(conn, &rows, &outcome.searched)?;
        for (hit, keyword) in outcome.hits.iter_mut().zip(keywords) {
            hit.keyword = keyword;
        }
        Ok(outcome)
    }

    /// A short piece of the article's text in `lang` around the first match, matches highlighted.
    pub fn snippet(
        &self,
        article: &str,
        lang: &LanguageIdentifier,
        query: &PreparedQuery,
    ) -> Result<Vec<SnippetPart>> {
        let conn = self.conn;
        let tag = lang.to_string();
        // Read in place, as bytes: a text and its word list are tens of kilobytes, and only the
        // piece around the match is ever shown (and checked as UTF-8).
        let parts = conn
            .prepare_cached(
                "SELECT plain, plain_terms FROM texts WHERE article = ?1 AND locale = ?2",
            )?
            .query_row(params![article, tag], |r| {
                let bytes = |i| -> rusqlite::Result<&[u8]> {
                    Ok(match r.get_ref(i)? {
                        ValueRef::Text(bytes) => bytes,
                        _ => &[],
                    })
                };
                Ok(snippet(bytes(0)?, bytes(1)?, query))
            })
            .optional()?;
        Ok(parts.unwrap_or_default())
    }
}

fn remove_if_present(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// SQLite's rollback journal beside a database file.
fn journal_of(path: &Path) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-journal");
    name.into()
}

/// For each hit (by text id), the keyword that found it: the first keyword holding a query word
/// that the text's title, summary and body do not hold. `None` when every query word is in the
/// text itself. Reads only the short keyword columns; whether a word is in the text is asked of
/// the index.
fn keywords_that_found(
    conn: &Connection,
    ids: &[i64],
    query: &PreparedQuery,
) -> Result<Vec<Option<String>>> {
    let mut found = vec![None; ids.len()];
    if ids.is_empty() {
        return Ok(found);
    }
    let mut keyword_row = conn.prepare_cached(
        "SELECT t.keywords, terms.keyword_terms FROM terms JOIN texts t ON t.id = terms.rowid
         WHERE terms.rowid = ?1",
    )?;
    let keywords: Vec<(String, String)> = ids
        .iter()
        .map(|id| {
            keyword_row
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()
                .map(Option::unwrap_or_default)
        })
        .collect::<rusqlite::Result<_>>()?;
    // Every text holding the word, asked of the index once (a `rowid IN (…)` filter would make
    // FTS5 evaluate the match once per id).
    let mut in_text = conn.prepare_cached("SELECT rowid FROM terms WHERE terms MATCH ?1")?;
    for word in &query.words {
        let holding: Vec<usize> = (0..ids.len())
            .filter(|&i| found[i].is_none())
            .filter(|&i| keywords[i].1.split_whitespace().any(|t| word.matches(t)))
            .collect();
        if holding.is_empty() {
            continue;
        }
        let texts_with_word: HashSet<i64> = in_text
            .query_map(
                [format!(
                    "{{title_terms summary_terms body_terms}} : {}",
                    word.fts()
                )],
                |r| r.get(0),
            )?
            .collect::<rusqlite::Result<_>>()?;
        for i in holding {
            if texts_with_word.contains(&ids[i]) {
                continue;
            }
            let (phrases, terms) = &keywords[i];
            found[i] = phrases
                .lines()
                .zip(terms.lines())
                .find(|(_, terms)| terms.split_whitespace().any(|t| word.matches(t)))
                .map(|(phrase, _)| phrase.to_owned());
        }
    }
    Ok(found)
}

/// A word of the texts whose index term is `term` ("депортация" for депортац), to show the user
/// what a misspelt word was read as: from a body, else from keywords; the term itself otherwise.
fn surface_word(conn: &Connection, term: &str) -> Result<String> {
    let fts = format!("\"{}\"", term.replace('"', "\"\""));
    let row: Option<(String, String, String, String)> = conn
        .prepare_cached(
            "SELECT t.plain, t.plain_terms, t.keywords, t.locale
             FROM terms JOIN texts t ON t.id = terms.rowid WHERE terms MATCH ?1 LIMIT 1",
        )?
        .query_row([format!("{{body_terms keyword_terms}} : {fts}")], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .optional()?;
    let Some((plain, located, keywords, locale)) = row else {
        return Ok(term.to_owned());
    };
    let in_body = located_terms(located.as_bytes())
        .find(|w| w.term == term.as_bytes())
        .and_then(|w| w.place(plain.len()))
        .and_then(|w| plain.get(w.start..w.end).map(str::to_owned));
    let in_keywords = || {
        terms::words(&keywords)
            .into_iter()
            .find(|w| terms::index_term(w.text, &locale) == term)
            .map(|w| w.text.to_owned())
    };
    Ok(in_body
        .or_else(in_keywords)
        .map_or_else(|| term.to_owned(), |w| w.to_lowercase()))
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
    summary_terms: String,
    body_terms: String,
    /// One line per keyword.
    keywords: String,
    /// One line per keyword: its terms.
    keyword_terms: String,
    /// The consonant skeletons of the title's Arabic-script words, and of the other texts'.
    title_readings: String,
    reading_terms: String,
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

/// The consonant skeletons of the Arabic-script words of `texts`, space-separated.
fn skeletons(texts: &[&str], cache: &mut terms::TermCache) -> String {
    let mut found: Vec<String> = Vec::new();
    for text in texts {
        for word in terms::words(text) {
            if let Some(skeleton) = cache.reading(word.text) {
                found.push(skeleton.to_owned());
            }
        }
    }
    found.join(" ")
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
            let mut term_line = |text: &str| -> String {
                let line: Vec<String> = terms::words(text)
                    .iter()
                    .map(|w| cache.term(w.text, &tag).to_owned())
                    .collect();
                line.join(" ")
            };
            let title_terms = term_line(&text.title);
            let summary_terms = term_line(&text.summary);
            let keyword_terms: Vec<String> = text.keywords.iter().map(|k| term_line(k)).collect();
            // Skeletons only for texts in Arabic script (their title says which).
            let title_readings = skeletons(&[&text.title], &mut cache);
            let reading_terms = if title_readings.is_empty() {
                String::new()
            } else {
                let mut rest: Vec<&str> = vec![&text.summary, &plain];
                rest.extend(text.keywords.iter().map(String::as_str));
                skeletons(&rest, &mut cache)
            };
            let mut plain_terms = Vec::new();
            let mut body_terms = Vec::new();
            for word in terms::words(&plain) {
                let term = cache.term(word.text, &tag);
                plain_terms.push(located_term(&word, term));
                body_terms.push(term.to_owned());
            }
            Some(IndexedText {
                article: &article.id,
                locale: tag.clone(),
                title: text.title,
                plain_terms: plain_terms.join(" "),
                title_terms,
                summary_terms,
                body_terms: body_terms.join(" "),
                keywords: text.keywords.join("\n"),
                keyword_terms: keyword_terms.join("\n"),
                title_readings,
                reading_terms,
                plain,
            })
        })
        .collect()
}

/// A word of a stored text: byte range and index term, as stored (numbers still in text: most
/// words are only compared, never placed).
struct LocatedTerm<'a> {
    start: &'a [u8],
    end: &'a [u8],
    term: &'a [u8],
}

/// A word of a stored text, placed: its byte range.
struct Placed {
    start: usize,
    end: usize,
}

impl LocatedTerm<'_> {
    fn place(&self, text_len: usize) -> Option<Placed> {
        /// Decimal digits as a number (no sign, no UTF-8 check: the stored offsets are ASCII).
        fn number(bytes: &[u8]) -> Option<usize> {
            if bytes.is_empty() {
                return None;
            }
            bytes.iter().try_fold(0usize, |n, b| {
                let digit = b.checked_sub(b'0').filter(|d| *d <= 9)?;
                n.checked_mul(10)?.checked_add(usize::from(digit))
            })
        }
        let (start, end) = (number(self.start)?, number(self.end)?);
        (start < end && end <= text_len).then_some(Placed { start, end })
    }
}

/// The words of a `plain_terms` column, in order; malformed entries are skipped.
fn located_terms(stored: &[u8]) -> impl Iterator<Item = LocatedTerm<'_>> {
    stored.split(|b| *b == b' ').filter_map(|item| {
        let mut parts = item.splitn(3, |b| *b == b':');
        Some(LocatedTerm {
            start: parts.next()?,
            end: parts.next()?,
            term: parts.next()?,
        })
    })
}

/// Characters in UTF-8 bytes (every byte that does not continue a character starts one).
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| (**b & 0xc0) != 0x80).count()
}

/// Where, in a `plain_terms` column, the first word matching the query begins; found by substring
/// search, since a term is the only part of an entry that follows a ':'. `None` when no word of
/// the text matches (the hit matched another language's text, or a keyword).
fn first_match(located: &[u8], query: &PreparedQuery) -> Option<usize> {
    let mut first: Option<usize> = None;
    let mut needle = Vec::new();
    for alternative in query.words.iter().flat_map(|w| &w.alternatives) {
        needle.clear();
        needle.push(b':');
        needle.extend_from_slice(alternative.as_bytes());
        let whole_only = !query::is_prefix(alternative);
        let mut from = 0;
        while let Some(found) = memchr::memmem::find(&located[from..], &needle) {
            let at = from + found;
            let after = located.get(at + needle.len()).copied();
            if !whole_only || after.is_none_or(|b| b == b' ') {
                let entry = located[..at]
                    .iter()
                    .rposition(|b| *b == b' ')
                    .map_or(0, |p| p + 1);
                first = Some(first.map_or(entry, |f| f.min(entry)));
                break;
            }
            from = at + 1;
        }
    }
    first
}

/// A piece of `plain` around the first word matching the query, matches highlighted. `located`
/// locates each word of `plain` with its index term (the `plain_terms` column).
fn snippet(plain: &[u8], located: &[u8], query: &PreparedQuery) -> Vec<SnippetPart> {
    let len = plain.len();
    let entry = first_match(located, query).unwrap_or(0);
    let first = located_terms(&located[entry..])
        .find_map(|w| w.place(len))
        .map_or(0, |w| w.start);
    // Back from the match: the earliest word that starts at most SNIPPET_CONTEXT_CHARS before it.
    // Characters are counted once each, as the window grows word by word.
    let mut start = first;
    let mut before = 0;
    let mut window_entry = entry;
    let mut cursor = entry;
    while cursor > 0 {
        // The entry before `cursor` ends at the space just before it.
        let entry_end = cursor - 1;
        let entry_start = memchr::memrchr(b' ', &located[..entry_end]).map_or(0, |p| p + 1);
        cursor = entry_start;
        let Some(word) = located_terms(&located[entry_start..entry_end]).find_map(|w| w.place(len))
        else {
            continue;
        };
        if word.start > start {
            break;
        }
        before += chars_in(&plain[word.start..start]);
        if before > SNIPPET_CONTEXT_CHARS {
            break;
        }
        start = word.start;
        window_entry = entry_start;
    }
    // Forward: the last word that ends within SNIPPET_CHARS of the start; when every word fits,
    // the closing punctuation too.
    let words = || located_terms(&located[window_entry..]).filter_map(move |w| w.place(len));
    let mut fitting_end = None;
    let mut cut_at = None;
    let (mut counted_to, mut counted) = (start, 0);
    for word in words().filter(|w| w.end > start) {
        if word.end > counted_to {
            counted += chars_in(&plain[counted_to..word.end]);
            counted_to = word.end;
        }
        if counted > SNIPPET_CHARS {
            cut_at = fitting_end;
            break;
        }
        fitting_end = Some(word.end);
    }
    let end = cut_at.unwrap_or(len);
    let Ok(piece) = std::str::from_utf8(&plain[start..end]) else {
        return Vec::new();
    };
    let piece = piece.replace('\n', " ");

    let mut parts = Vec::new();
    let mut push = |text: &str, highlighted: bool| {
        if !text.is_empty() {
            parts.push(SnippetPart {
                text: text.to_owned(),
                highlighted,
            });
        }
    };
    if start > 0 {
        push("…", false);
    }
    let mut cursor = 0;
    let in_window = located_terms(&located[window_entry..])
        .filter_map(|w| Some((w.place(len)?, w.term)))
        .skip_while(|(w, _)| w.start < start)
        .take_while(|(w, _)| w.end <= end);
    for (word, _) in in_window.filter(|(_, term)| query.matches_bytes(term)) {
        let (from, to) = (word.start - start, word.end - start);
        let (Some(before), Some(matched)) = (piece.get(cursor..from), piece.get(from..to)) else {
            continue;
        };
        push(before, false);
        push(matched, true);
        cursor = to;
    }
    push(piece.get(cursor..).unwrap_or_default(), false);
    if end < plain.len() {
        push("…", false);
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn located_terms_of(plain: &str, locale: &str) -> String {
        let mut cache = terms::TermCache::default();
        let located: Vec<String> = terms::words(plain)
            .iter()
            .map(|word| located_term(word, cache.term(word.text, locale)))
            .collect();
        located.join(" ")
    }

    /// The snippet of `text` (a text in `locale`) for `query`.
    fn snippet_for(text: &str, locale: &str, query: &str) -> Vec<SnippetPart> {
        let query = PreparedQuery::new(query).expect("query");
        snippet(
            text.as_bytes(),
            located_terms_of(text, locale).as_bytes(),
            &query,
        )
    }

    fn highlighted(parts: &[SnippetPart]) -> Vec<&str> {
        parts
            .iter()
            .filter(|p| p.highlighted)
            .map(|p| p.text.as_str())
            .collect()
    }

    #[test]
    fn snippets_highlight_inflected_matches() {
        let text = "Нужна регистрация по месту жительства.";
        let parts = snippet_for(text, "ru", "регистрации");
        assert_eq!(highlighted(&parts), ["регистрация"]);
        let joined: String = parts.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(joined, "Нужна регистрация по месту жительства.");
    }

    #[test]
    fn a_text_without_the_words_gives_its_beginning_unhighlighted() {
        let text = format!("Start here. {}", "word ".repeat(200));
        let parts = snippet_for(&text, "en", "absent");
        assert!(parts.iter().all(|p| !p.highlighted));
        assert!(parts[0].text.starts_with("Start here."), "{parts:?}");
        assert_eq!(parts.last().map(|p| p.text.as_str()), Some("…"));
    }

    #[test]
    fn a_whole_word_alternative_does_not_match_longer_terms() {
        // "ок" is too short to match as a prefix: «океан» is not highlighted.
        let parts = snippet_for("Штраф ок, океан позже.", "ru", "ок штраф");
        assert_eq!(highlighted(&parts), ["Штраф", "ок"]);
    }

    /// The first matching entry found the plain way: every alternative searched through the whole
    /// column.
    fn first_match_plainly(located: &[u8], query: &PreparedQuery) -> Option<usize> {
        let entries: Vec<(usize, &[u8])> = {
            let mut at = 0;
            located
                .split(|b| *b == b' ')
                .map(|entry| {
                    let start = at;
                    at += entry.len() + 1;
                    (start, entry)
                })
                .collect()
        };
        entries.into_iter().find_map(|(start, entry)| {
            let term = entry.splitn(3, |b| *b == b':').nth(2)?;
            query
                .words
                .iter()
                .flat_map(|w| &w.alternatives)
                .any(|a| {
                    if query::is_prefix(a) {
                        term.starts_with(a.as_bytes())
                    } else {
                        term == a.as_bytes()
                    }
                })
                .then_some(start)
        })
    }

    #[test]
    fn the_first_match_in_a_long_column_is_its_first_matching_word() {
        // Matches far apart in a long column, each word and pair of words tried.
        let mut text = String::new();
        for i in 0..6000 {
            let word = match i {
                900 | 2100 => "permit",
                1500 | 4000 => "registration",
                3333 => "fine",
                _ => "word",
            };
            text.push_str(word);
            text.push(' ');
        }
        let located = located_terms_of(&text, "en");
        for query in [
            "permit",
            "registration",
            "fine",
            "registration permit",
            "fine permit",
            "absent fine",
            "absent",
            "regist",
            "fin",
        ] {
            let prepared = PreparedQuery::new(query).expect("query");
            assert_eq!(
                first_match(located.as_bytes(), &prepared),
                first_match_plainly(located.as_bytes(), &prepared),
                "{query}"
            );
        }
    }

    #[test]
    fn long_snippets_are_cut_around_the_match() {
        let text = format!("{} target {}", "word ".repeat(100), "tail ".repeat(100));
        let parts = snippet_for(&text, "en", "target");
        assert_eq!(parts.first().map(|p| p.text.as_str()), Some("…"));
        assert_eq!(parts.last().map(|p| p.text.as_str()), Some("…"));
        let len: usize = parts.iter().map(|p| p.text.chars().count()).sum();
        assert!(len <= SNIPPET_CHARS + 2, "{len}");
        assert!(parts.iter().any(|p| p.highlighted && p.text == "target"));
    }
}
