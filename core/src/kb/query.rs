//! A user's query as search uses it: its words without stop words, each with the index terms it
//! may match, and the FTS5 expressions built from them. User text never reaches FTS5 as syntax:
//! every alternative becomes a quoted string.
use crate::error::{Error, Result};
use crate::kb::{stopwords, terms, translit};

/// Queries longer than this are refused with a clear error rather than searched.
pub const MAX_QUERY_CHARS: usize = 1000;
/// Words beyond this many in one query are ignored (nobody types 33 words to find an article).
const MAX_QUERY_WORDS: usize = 32;
/// With two words, "all but one" is "any one", which only informative words may do.
const MIN_WORDS_FOR_ALL_BUT_ONE: usize = 3;

/// Alternatives shorter than this match only whole terms: as a prefix, "pr" or «на» would match
/// thousands of terms in nine languages and cost milliseconds to merge, for nothing.
const MIN_PREFIX_CHARS: usize = 3;

/// Whether a query alternative matches index terms that start with it (or only the same term). A
/// consonant skeleton of Arabic typed in Latin letters is a prefix only from three consonants:
/// two ("km") already stand for many words.
pub fn is_prefix(alternative: &str) -> bool {
    let min = if alternative.starts_with(translit::SKELETON_MARK) {
        MIN_PREFIX_CHARS + 1
    } else {
        MIN_PREFIX_CHARS
    };
    alternative.chars().nth(min - 1).is_some()
}

/// One word of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryWord {
    /// As the user typed it.
    pub typed: String,
    /// Index terms it matches, each as a prefix (one of fewer than three letters only whole; see
    /// [`is_prefix`]).
    pub alternatives: Vec<String>,
    /// Of those, the ones in the script it was typed in: the only ones a typo is looked for in
    /// (a misspelling is of the word typed, not of its transliteration).
    pub spellings: Vec<String>,
}

impl QueryWord {
    /// Whether an index term matches this word.
    pub fn matches(&self, term: &str) -> bool {
        self.matches_bytes(term.as_bytes())
    }

    /// [`Self::matches`] for a term read as bytes (snippets scan thousands of them).
    pub fn matches_bytes(&self, term: &[u8]) -> bool {
        self.alternatives.iter().any(|alt| {
            term.starts_with(alt.as_bytes()) && (term.len() == alt.len() || is_prefix(alt))
        })
    }

    /// This word as an FTS5 expression: its alternatives joined by OR.
    pub fn fts(&self) -> String {
        let quoted: Vec<String> = self
            .alternatives
            .iter()
            .map(|a| {
                let quoted = format!("\"{}\"", a.replace('"', "\"\""));
                if is_prefix(a) { quoted + "*" } else { quoted }
            })
            .collect();
        format!("({})", quoted.join(" OR "))
    }
}

/// A user query turned into words and their alternatives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedQuery {
    pub words: Vec<QueryWord>,
}

impl PreparedQuery {
    pub fn new(query: &str) -> Result<PreparedQuery> {
        if query.chars().count() > MAX_QUERY_CHARS {
            return Err(Error::QueryTooLong {
                max_chars: MAX_QUERY_CHARS,
            });
        }
        let words: Vec<QueryWord> = terms::words(query)
            .iter()
            .map(|w| {
                let (spellings, alternatives) = terms::query_alternatives(w.text);
                QueryWord {
                    typed: w.text.to_owned(),
                    alternatives,
                    spellings,
                }
            })
            .filter(|word| !word.alternatives.is_empty())
            .collect();
        // Stop words go, unless nothing else is left: "what is" is still a query.
        let subjects: Vec<QueryWord> = words
            .iter()
            .filter(|w| !stopwords::is_stop_word(&w.typed))
            .cloned()
            .collect();
        let mut words = if subjects.is_empty() { words } else { subjects };
        words.truncate(MAX_QUERY_WORDS);
        Ok(PreparedQuery { words })
    }

    /// For a reader of Arabic or Persian: each word typed in Latin letters also searches the
    /// texts' consonant skeletons, as Arabic and Persian are typed in chats ("mosa3ada qanoniya",
    /// "vizam tamoom shode"). Only for them: for others a Latin word's skeleton would match
    /// Arabic words by chance.
    pub fn with_arabic_readings(mut self) -> PreparedQuery {
        for word in &mut self.words {
            if let Some(skeleton) = terms::latin_arabic_reading(&word.typed)
                && !word.alternatives.contains(&skeleton)
            {
                word.alternatives.push(skeleton);
            }
        }
        self
    }

    /// Whether an index term matches any query word.
    pub fn matches(&self, term: &str) -> bool {
        self.matches_bytes(term.as_bytes())
    }

    /// [`Self::matches`] for a term read as bytes.
    pub fn matches_bytes(&self, term: &[u8]) -> bool {
        self.words.iter().any(|w| w.matches_bytes(term))
    }

    /// Any word of the query as one FTS5 expression: what ranks the texts (bm25 sums over the
    /// words a text holds).
    pub fn any_word_fts(&self) -> String {
        let groups: Vec<String> = self.words.iter().map(QueryWord::fts).collect();
        groups.join(" OR ")
    }
}

/// Where a text that holds the query words marked in `matched` ranks, best first: 0 when it holds
/// every word, 1 when it holds all but one (from three words on), 2 when it holds a word that says
/// enough on its own (`informative`); `None` when it should not be listed at all.
pub fn stage(matched: &[bool], informative: &[bool]) -> Option<usize> {
    let words = matched.len();
    let held = matched.iter().filter(|m| **m).count();
    if held == 0 {
        None
    } else if held == words {
        Some(0)
    } else if words >= MIN_WORDS_FOR_ALL_BUT_ONE && held + 1 == words {
        Some(1)
    } else if matched.iter().zip(informative).any(|(m, i)| *m && *i) {
        Some(2)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    #[test]
    fn user_text_is_never_fts_syntax() {
        let conn = Connection::open_in_memory().expect("memory db");
        conn.execute_batch("CREATE VIRTUAL TABLE terms USING fts5(title_terms, body_terms)")
            .expect("fts5");
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
            "x y z NOT w",
        ] {
            let prepared = PreparedQuery::new(query).expect("short queries are accepted");
            if prepared.words.is_empty() {
                continue;
            }
            let each_word = prepared.words.iter().map(QueryWord::fts);
            for fts in each_word.chain([prepared.any_word_fts()]) {
                let n: i64 = conn
                    .query_row(
                        "SELECT count(*) FROM terms WHERE terms MATCH ?1",
                        [&fts],
                        |r| r.get(0),
                    )
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
    fn stop_words_are_dropped_unless_nothing_else_is_left() {
        let typed = |q: &str| -> Vec<String> {
            PreparedQuery::new(q)
                .expect("query")
                .words
                .into_iter()
                .map(|w| w.typed)
                .collect()
        };
        assert_eq!(
            typed("what do I do if my passport is kept"),
            ["passport", "kept"]
        );
        assert_eq!(typed("как получить ВНЖ"), ["получить", "ВНЖ"]);
        assert_eq!(typed("what is"), ["what", "is"]);
    }

    #[test]
    fn texts_rank_by_how_many_query_words_they_hold() {
        assert_eq!(stage(&[true, true, true], &[true, false, true]), Some(0));
        assert_eq!(stage(&[true, false, true], &[false, false, false]), Some(1));
        // With two words, holding one is enough only when that word says enough on its own.
        assert_eq!(stage(&[true, false], &[true, true]), Some(2));
        assert_eq!(stage(&[true, false], &[false, true]), None);
        assert_eq!(
            stage(&[false, true, false, false], &[false, false, false, false]),
            None
        );
        assert_eq!(stage(&[true], &[false]), Some(0));
        assert_eq!(stage(&[false], &[true]), None);
    }
}
