//! The search-quality benchmark: realistic queries in every locale, each with the articles that would
//! answer it (`tests/search-quality/queries.tsv`, written before the search was tuned for it), and
//! how many of them the search answers first (hit@1) or in its top three (hit@3).
//!
//! Every fifth query is held out: tuning looks only at the other four fifths and their misses; the
//! held-out fifth is reported as figures only, so it says how the search does on queries nobody
//! tuned for.
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::app::App;
use crate::content::Content;
use crate::error::Result;
use crate::kb::markdown;

/// One line of the benchmark: `locale<TAB>query<TAB>expected ids, best first<TAB>kind`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QualityQuery {
    /// The app's language when the query is typed.
    pub locale: String,
    pub query: String,
    /// The articles that answer it; any of them counts.
    pub expected: Vec<String>,
    /// plain, colloquial, translit, typo, question or cross-language.
    pub kind: String,
    pub held_out: bool,
}

pub const KINDS: [&str; 6] = [
    "plain",
    "colloquial",
    "translit",
    "typo",
    "question",
    "cross-language",
];

/// Reads the benchmark; every line's problems (wrong field count, unknown kind or locale, an
/// article that does not exist) are reported with their line numbers.
pub fn parse(text: &str, content: &Content) -> std::result::Result<Vec<QualityQuery>, Vec<String>> {
    let mut queries = Vec::new();
    let mut problems = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [locale, query, expected, kind] = fields[..] else {
            problems.push(format!("line {number}: {} fields, not 4", fields.len()));
            continue;
        };
        if !content.locales.iter().any(|l| *l == locale) {
            problems.push(format!("line {number}: unknown locale {locale:?}"));
        }
        if !KINDS.contains(&kind) {
            problems.push(format!("line {number}: unknown kind {kind:?}"));
        }
        let expected: Vec<String> = expected.split(',').map(|id| id.trim().to_owned()).collect();
        for id in &expected {
            if !content.catalog.articles.iter().any(|a| &a.id == id) {
                problems.push(format!("line {number}: no article {id:?}"));
            }
        }
        queries.push(QualityQuery {
            locale: locale.to_owned(),
            query: query.to_owned(),
            expected,
            kind: kind.to_owned(),
            held_out: queries.len() % 5 == 4,
        });
    }
    if problems.is_empty() {
        Ok(queries)
    } else {
        Err(problems)
    }
}

/// What the search gave for one query.
#[derive(Debug, Clone)]
pub struct QualityOutcome {
    pub query: QualityQuery,
    /// The first three hits' article ids.
    pub top: Vec<String>,
    /// 1-based rank of the first expected article among all hits.
    pub rank: Option<usize>,
    /// Every hit's article id, best first.
    pub hits: Vec<String>,
}

/// Counts for a set of queries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub queries: usize,
    pub hit_at_1: usize,
    pub hit_at_3: usize,
}

impl Tally {
    fn add(&mut self, rank: Option<usize>) {
        self.queries += 1;
        if rank == Some(1) {
            self.hit_at_1 += 1;
        }
        if rank.is_some_and(|r| r <= 3) {
            self.hit_at_3 += 1;
        }
    }

    pub fn percent(count: usize, of: usize) -> f64 {
        if of == 0 {
            0.0
        } else {
            100.0 * count as f64 / of as f64
        }
    }
}

pub struct QualityReport {
    pub outcomes: Vec<QualityOutcome>,
    pub tuning: Tally,
    pub held_out: Tally,
    /// The tuning half by kind of query.
    pub tuning_by_kind: BTreeMap<String, Tally>,
    /// How long each search took (from query text to screen model), over the timed rounds.
    pub latencies: Vec<Duration>,
}

impl QualityReport {
    /// The latency below which `share` (0 to 1) of the timed searches finished.
    pub fn latency_at(&self, share: f64) -> Duration {
        let mut sorted = self.latencies.clone();
        sorted.sort();
        let Some(last) = sorted.len().checked_sub(1) else {
            return Duration::ZERO;
        };
        sorted[((last as f64) * share.clamp(0.0, 1.0)) as usize]
    }
}

/// Runs every query through the app's search in its own locale; then, `timed_rounds` times more,
/// times each one (the first round warms the caches, as a phone's searches after the first do).
pub fn run(app: &App, queries: &[QualityQuery], timed_rounds: usize) -> Result<QualityReport> {
    let chain = app.locale_chain();
    let mut report = QualityReport {
        outcomes: Vec::new(),
        tuning: Tally::default(),
        held_out: Tally::default(),
        tuning_by_kind: BTreeMap::new(),
        latencies: Vec::new(),
    };
    for query in queries {
        app.set_locales(&[query.locale.as_str()]);
        let hits: Vec<String> = app
            .search(&query.query)?
            .hits
            .into_iter()
            .map(|hit| hit.article)
            .collect();
        let rank = hits
            .iter()
            .position(|id| query.expected.contains(id))
            .map(|i| i + 1);
        if query.held_out {
            report.held_out.add(rank);
        } else {
            report.tuning.add(rank);
            report
                .tuning_by_kind
                .entry(query.kind.clone())
                .or_default()
                .add(rank);
        }
        report.outcomes.push(QualityOutcome {
            query: query.clone(),
            top: hits.iter().take(3).cloned().collect(),
            rank,
            hits,
        });
    }
    for _ in 0..timed_rounds {
        for query in queries {
            app.set_locales(&[query.locale.as_str()]);
            let start = Instant::now();
            std::hint::black_box(app.search(&query.query)?);
            report.latencies.push(start.elapsed());
        }
    }
    app.set_locales(&chain);
    Ok(report)
}

/// One article in one locale as another search engine is given it, for a side-by-side run
/// (scripts/search-vs-minisearch.sh): the texts a reader sees, and the search keywords apart.
#[derive(Debug, Clone, Serialize)]
pub struct CorpusText {
    pub id: String,
    pub locale: String,
    pub title: String,
    /// The summary, then the body as plain text.
    pub content: String,
    pub keywords: Vec<String>,
}

/// Every article in every locale that has it.
pub fn corpus(content: &Content) -> Vec<CorpusText> {
    let no_label = |_| String::new();
    let mut texts = Vec::new();
    for article in &content.catalog.articles {
        for lang in &content.locales {
            if !content.has_article(article, lang) {
                continue;
            }
            let Some(text) = content.article_text_in(article, lang) else {
                continue;
            };
            let body = markdown::plain_text(&markdown::parse(&text.body, &no_label).blocks);
            texts.push(CorpusText {
                id: article.id.clone(),
                locale: lang.to_string(),
                title: text.title,
                content: format!("{}\n{body}", text.summary),
                keywords: text.keywords,
            });
        }
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fifth_query_is_held_out_and_bad_lines_are_named() {
        let content = Content::embedded().expect("content");
        let line = "en\tfine\tkz-appeal-fine\tplain\n";
        let queries = parse(&line.repeat(10), &content).expect("parses");
        let held: Vec<bool> = queries.iter().map(|q| q.held_out).collect();
        assert_eq!(
            held,
            [
                false, false, false, false, true, false, false, false, false, true
            ]
        );
        let problems = parse(
            "en\tfine\tkz-appeal-fine\tplain\nxx\tq\tno-such-article\tguess\nen\tonly two\n",
            &content,
        )
        .expect_err("refused");
        assert_eq!(
            problems,
            [
                "line 2: unknown locale \"xx\"",
                "line 2: unknown kind \"guess\"",
                "line 2: no article \"no-such-article\"",
                "line 3: 2 fields, not 4",
            ]
        );
    }

    #[test]
    fn the_corpus_holds_every_article_in_every_locale_it_is_in() {
        let content = Content::embedded().expect("content");
        let corpus = corpus(&content);
        let declared: usize = content
            .catalog
            .articles
            .iter()
            .map(|a| a.translations.len())
            .sum();
        assert_eq!(corpus.len(), declared);
        assert!(
            corpus
                .iter()
                .all(|t| !t.title.is_empty() && !t.content.is_empty())
        );
        assert!(corpus.iter().all(|t| !t.keywords.is_empty()));
    }

    #[test]
    fn ranks_count_any_expected_article() {
        let mut tally = Tally::default();
        for rank in [Some(1), Some(3), Some(4), None] {
            tally.add(rank);
        }
        assert_eq!(
            tally,
            Tally {
                queries: 4,
                hit_at_1: 1,
                hit_at_3: 2
            }
        );
    }
}
