//! Words as search sees them: lower case, without diacritics, Arabic letter variants unified, then
//! stemmed, so "регистрации" finds "регистрация" and "Kazakhstan's" finds "kazakhstan".
//!
//! The stemmer is chosen by script: Cyrillic words get the Russian Snowball stemmer (Russian is the
//! lingua franca of the region's texts; Kazakh, Kyrgyz and Tajik words are left mostly whole), Arabic
//! script the Arabic one; Latin words the stemmer of the text's language. Queries do not know their
//! language, so a Latin query word is tried with every Latin stemmer and matched as a prefix.
use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;

use crate::kb::translit;
use unicode_normalization::char::is_combining_mark;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Other,
}

/// A word of a text with its byte range in that text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

fn is_word_char(c: char) -> bool {
    // ZWNJ joins Persian word parts (می‌خواهم); apostrophes stay inside Uzbek Latin words (o'z).
    c.is_alphanumeric()
        || is_combining_mark(c)
        || c == '\u{200c}'
        || c == '\''
        || c == 'ʻ'
        || c == '’'
}

/// Splits text into words, keeping byte offsets for highlighting.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push_word(text, s, i, &mut out);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push_word(text, s, text.len(), &mut out);
    }
    out
}

fn push_word<'a>(text: &'a str, start: usize, end: usize, out: &mut Vec<Word<'a>>) {
    const EDGES: [char; 4] = ['\'', 'ʻ', '’', '\u{200c}'];
    let slice = &text[start..end];
    let leading = slice.len() - slice.trim_start_matches(EDGES).len();
    let trimmed = slice[leading..].trim_end_matches(EDGES);
    if !trimmed.is_empty() {
        let start = start + leading;
        out.push(Word {
            text: trimmed,
            start,
            end: start + trimmed.len(),
        });
    }
}

/// Lower case, no diacritics, unified letter variants.
pub fn normalize(word: &str) -> String {
    word.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            '\u{200c}' | '\u{0640}' | '\'' | 'ʻ' | '’' => None,
            'ة' => Some('ه'),
            'ى' | 'ی' => Some('ي'),
            'ک' => Some('ك'),
            'ё' => Some('е'),
            c => Some(c),
        })
        .collect()
}

fn script(word: &str) -> Script {
    match word.chars().find(|c| c.is_alphabetic()) {
        Some(c) if ('\u{0400}'..='\u{052f}').contains(&c) => Script::Cyrillic,
        Some(c)
            if ('\u{0600}'..='\u{06ff}').contains(&c) || ('\u{0750}'..='\u{077f}').contains(&c) =>
        {
            Script::Arabic
        }
        Some(c) if c.is_ascii_alphabetic() || ('\u{00c0}'..='\u{024f}').contains(&c) => {
            Script::Latin
        }
        _ => Script::Other,
    }
}

fn latin_algorithm(locale: &str) -> Option<Algorithm> {
    match locale.split('-').next().unwrap_or_default() {
        "en" => Some(Algorithm::English),
        "fr" => Some(Algorithm::French),
        "es" => Some(Algorithm::Spanish),
        "de" => Some(Algorithm::German),
        "tr" => Some(Algorithm::Turkish),
        _ => None,
    }
}

fn stem_with(algorithm: Option<Algorithm>, normalized: &str) -> String {
    match algorithm {
        // Soft and hard signs are dropped after stemming, in the index and in queries alike:
        // nobody types them in Latin letters ("zhitelstvo" for «жительство»), and many skip them
        // in Cyrillic too.
        Some(Algorithm::Russian) => Stemmer::create(Algorithm::Russian)
            .stem(normalized)
            .chars()
            .filter(|c| !matches!(c, 'ь' | 'ъ'))
            .collect(),
        Some(a) => Stemmer::create(a).stem(normalized).into_owned(),
        None => normalized.to_owned(),
    }
}

/// The index term of a word in a text written in `locale`.
pub fn index_term(word: &str, locale: &str) -> String {
    let normalized = normalize(word);
    let algorithm = match script(&normalized) {
        Script::Cyrillic => Some(Algorithm::Russian),
        Script::Arabic => Some(Algorithm::Arabic),
        Script::Latin => latin_algorithm(locale),
        Script::Other => None,
    };
    stem_with(algorithm, &normalized)
}

/// Index terms of one locale's texts, each word stemmed once: building the index meets the same
/// words again and again, and stemming was half of a first launch (docs/PERFORMANCE.md).
#[derive(Default)]
pub struct TermCache {
    terms: HashMap<String, String>,
}

impl TermCache {
    /// [`index_term`] of `word`, from the cache when this word was seen before. One cache serves
    /// one locale only.
    pub fn term(&mut self, word: &str, locale: &str) -> &str {
        if !self.terms.contains_key(word) {
            self.terms.insert(word.to_owned(), index_term(word, locale));
        }
        self.terms.get(word).map(String::as_str).unwrap_or_default()
    }
}

/// The index terms of a whole text, space-separated, for the FTS column.
pub fn index_terms(text: &str, locale: &str) -> String {
    let terms: Vec<String> = words(text)
        .iter()
        .map(|w| index_term(w.text, locale))
        .collect();
    terms.join(" ")
}

/// What a query word may match: one or more stems, each used as a prefix.
pub fn query_alternatives(word: &str) -> Vec<String> {
    let normalized = normalize(word);
    let mut alternatives = match script(&normalized) {
        Script::Cyrillic => vec![stem_with(Some(Algorithm::Russian), &normalized)],
        Script::Arabic => vec![stem_with(Some(Algorithm::Arabic), &normalized)],
        Script::Latin => [Algorithm::English, Algorithm::French]
            .into_iter()
            .map(|a| stem_with(Some(a), &normalized))
            .chain([normalized.clone()])
            // Russian typed in Latin letters ("propiska", "shtraf"): its Cyrillic reading too.
            .chain(
                translit::cyrillic_reading(&normalized)
                    .map(|reading| stem_with(Some(Algorithm::Russian), &reading)),
            )
            .collect(),
        Script::Other => vec![normalized.clone()],
    };
    alternatives.retain(|a| !a.is_empty());
    alternatives.sort();
    alternatives.dedup();
    // A stem that is a prefix of another already matches everything the longer one does.
    let all = alternatives.clone();
    alternatives.retain(|a| !all.iter().any(|b| b != a && a.starts_with(b.as_str())));
    alternatives
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(query: &str, text_word: &str, locale: &str) -> bool {
        let term = index_term(text_word, locale);
        query_alternatives(query)
            .iter()
            .any(|alt| term.starts_with(alt.as_str()))
    }

    #[test]
    fn tolerates_inflection() {
        assert!(matches("регистрации", "регистрация", "ru"));
        assert!(matches("регистрация", "регистрацию", "ru"));
        assert!(matches("штрафы", "штрафа", "ru"));
        assert!(matches("appeals", "appealing", "en"));
        assert!(matches("amendes", "amende", "fr"));
    }

    #[test]
    fn tolerates_case_and_diacritics() {
        assert!(matches("RESIDENCE", "résidence", "fr"));
        assert!(matches("resident", "Résident", "fr"));
        assert!(matches("ЁЛКА", "елка", "ru"));
        assert_eq!(normalize("Тіркеу"), "тіркеу");
    }

    #[test]
    fn unifies_arabic_letter_variants_and_marks() {
        assert_eq!(normalize("أَحْمَد"), normalize("احمد"));
        assert_eq!(normalize("کشور"), normalize("كشور"));
        assert_eq!(normalize("می\u{200c}خواهم"), "ميخواهم");
        assert!(matches("الإقامة", "الاقامه", "ar"));
    }

    #[test]
    fn splits_words_with_offsets() {
        let text = "Idrissa, (Mali) — o'z “ha”";
        let found: Vec<&str> = words(text).iter().map(|w| w.text).collect();
        assert_eq!(found, ["Idrissa", "Mali", "o'z", "ha"]);
        for w in words(text) {
            assert_eq!(&text[w.start..w.end], w.text);
        }
    }
}
