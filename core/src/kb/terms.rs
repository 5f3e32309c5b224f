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

use crate::kb::{suffixes, translit};
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
        || c == 'ʼ'
        || c == '’'
}

/// The length in bytes of a French elided article or pronoun at the start of a word ("l'", "d’",
/// "qu'"), so "l'amende" is searched as "amende". Uzbek apostrophes never follow these letters at
/// the start of a word (o'z, g'isht, ma'no).
fn elision(word: &str) -> usize {
    for prefix in ["qu", "c", "d", "j", "l", "m", "n", "s", "t"] {
        let Some(rest) = word
            .get(..prefix.len())
            .filter(|p| p.eq_ignore_ascii_case(prefix))
            .and_then(|_| word.get(prefix.len()..))
        else {
            continue;
        };
        if let Some(after) = rest.strip_prefix(['\'', '’'])
            && after.chars().nth(1).is_some()
            && after.chars().next().is_some_and(char::is_alphabetic)
        {
            return word.len() - after.len();
        }
    }
    0
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
    const EDGES: [char; 5] = ['\'', 'ʻ', 'ʼ', '’', '\u{200c}'];
    let slice = &text[start..end];
    let leading = slice.len() - slice.trim_start_matches(EDGES).len();
    let leading = leading + elision(&slice[leading..]);
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
            '\u{200c}' | '\u{0640}' | '\'' | 'ʻ' | 'ʼ' | '’' => None,
            'ة' => Some('ه'),
            'ى' | 'ی' => Some('ي'),
            'ک' => Some('ك'),
            'ё' => Some('е'),
            // Kazakh, Kyrgyz and Tajik letters read as the Russian letters they are typed with on
            // a Russian keyboard («тиркеу» for тіркеу, «жалакы» for жалақы); the index and
            // queries fold them alike.
            'і' => Some('и'),
            'қ' => Some('к'),
            'ұ' | 'ү' => Some('у'),
            'ғ' => Some('г'),
            'ң' => Some('н'),
            'ә' => Some('а'),
            'ө' => Some('о'),
            'һ' | 'ҳ' => Some('х'),
            'ҷ' => Some('ч'),
            // щ is typed "sh" in Latin letters as often as "shch"; read both as ш.
            'щ' => Some('ш'),
            // Arabic-Indic and Persian digits as the digits the texts use («۹۰ روز» for 90 روز).
            '\u{0660}'..='\u{0669}' => char::from_digit(u32::from(c) - 0x0660, 10),
            '\u{06f0}'..='\u{06f9}' => char::from_digit(u32::from(c) - 0x06f0, 10),
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

/// The dictionary form of an irregular English verb ("kept" → "keep"), which no stemmer finds:
/// people write "passport kept", the articles "keeps your passport".
fn english_lemma(word: &str) -> &str {
    match word {
        "kept" => "keep",
        "took" | "taken" => "take",
        "paid" => "pay",
        "lost" => "lose",
        "held" => "hold",
        "gave" | "given" => "give",
        "left" => "leave",
        "caught" => "catch",
        "sent" => "send",
        "told" => "tell",
        "said" => "say",
        "got" | "gotten" => "get",
        "bought" => "buy",
        "went" | "gone" => "go",
        "stole" | "stolen" => "steal",
        "broke" | "broken" => "break",
        "wrote" | "written" => "write",
        "came" => "come",
        "found" => "find",
        "brought" => "bring",
        "forgot" | "forgotten" => "forget",
        "threw" | "thrown" => "throw",
        other => other,
    }
}

fn stem_with(algorithm: Option<Algorithm>, normalized: &str) -> String {
    match algorithm {
        Some(Algorithm::English) => Stemmer::create(Algorithm::English)
            .stem(english_lemma(normalized))
            .into_owned(),
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
    /// [`arabic_reading`] of each word met, `None` for words in other scripts.
    readings: HashMap<String, Option<String>>,
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

    /// [`arabic_reading`] of `word`, from the cache when this word was seen before.
    pub fn reading(&mut self, word: &str) -> Option<&str> {
        if !self.readings.contains_key(word) {
            self.readings.insert(word.to_owned(), arabic_reading(word));
        }
        self.readings.get(word).and_then(Option::as_deref)
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

/// The stems of a query word in its own script: what it may match when read as typed.
pub fn spelling_alternatives(word: &str) -> Vec<String> {
    let normalized = normalize(word);
    let alternatives = match script(&normalized) {
        Script::Cyrillic => vec![stem_with(Some(Algorithm::Russian), &normalized)],
        Script::Arabic => vec![stem_with(Some(Algorithm::Arabic), &normalized)],
        Script::Latin => [Algorithm::English, Algorithm::French]
            .into_iter()
            .map(|a| stem_with(Some(a), &normalized))
            .chain([normalized.clone()])
            .collect(),
        Script::Other => vec![normalized.clone()],
    };
    minimal(alternatives)
}

/// What a query word may match: its own stems ([`spelling_alternatives`]), its stem without
/// Kazakh, Kyrgyz, Tajik or Uzbek endings (`suffixes::stem`), and its reading in
/// another script (Russian typed in Latin letters, "propiska" → прописк; Uzbek typed in Cyrillic,
/// «жарима» → jarima), each used as a prefix. Returns both: the spellings alone, and all.
pub fn query_alternatives(word: &str) -> (Vec<String>, Vec<String>) {
    let normalized = normalize(word);
    let readings: Vec<String> = match script(&normalized) {
        Script::Cyrillic => translit::uzbek_latin_reading(word)
            .map(|reading| normalize(&reading))
            .into_iter()
            .collect(),
        Script::Latin => translit::cyrillic_readings(&normalized)
            .iter()
            .map(|reading| stem_with(Some(Algorithm::Russian), reading))
            .collect(),
        Script::Arabic | Script::Other => Vec::new(),
    };
    // Kazakh, Kyrgyz, Tajik or Uzbek endings taken off, signs dropped as the index drops them.
    let agglutinative_stem = suffixes::stem(&normalized)
        .map(|stem| stem.chars().filter(|c| !matches!(c, 'ь' | 'ъ')).collect());
    let spellings = spelling_alternatives(word);
    let all = minimal(
        spellings
            .iter()
            .cloned()
            .chain(readings)
            .chain(agglutinative_stem)
            .collect(),
    );
    (spellings, all)
}

/// The consonant skeleton of a word in Arabic script (`translit::arabic_skeleton`), for the index's
/// reading column: what Arabic and Persian typed in Latin letters is matched against.
pub fn arabic_reading(word: &str) -> Option<String> {
    // The script first, on the word as written (normalizing every word of nine locales to find
    // the few in Arabic script was a third of a first launch).
    if script(word) != Script::Arabic {
        return None;
    }
    translit::arabic_skeleton(&normalize(word))
}

/// A query word's consonant skeleton when it may be Arabic or Persian typed in Latin letters
/// ("mosa3ada"), or `None`.
pub fn latin_arabic_reading(word: &str) -> Option<String> {
    translit::latin_arabic_skeleton(&normalize(word))
}

/// Alternatives without empty or repeated ones, nor any that a shorter one already matches as a
/// prefix.
fn minimal(mut alternatives: Vec<String>) -> Vec<String> {
    alternatives.retain(|a| !a.is_empty());
    alternatives.sort();
    alternatives.dedup();
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
            .1
            .iter()
            .any(|alt| term.starts_with(alt.as_str()))
    }

    #[test]
    fn irregular_english_verbs_find_their_dictionary_form() {
        assert!(matches("kept", "keeps", "en"));
        assert!(matches("paid", "pay", "en"));
        assert!(matches("taken", "take", "en"));
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
        assert_eq!(normalize("Тіркеу"), "тиркеу");
        assert!(matches("жалакы", "жалақы", "kk"));
        assert!(matches("tirkeu", "тіркеу", "kk"));
        assert!(matches("ҷарима", "чарима", "tg"));
        assert_eq!(normalize("۹۰"), "90");
        assert_eq!(normalize("٣٠"), "30");
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
        let text = "Idrissa, (Mali) — o'z “ha” l'amende qu’il aʼzo";
        let found: Vec<&str> = words(text).iter().map(|w| w.text).collect();
        assert_eq!(
            found,
            ["Idrissa", "Mali", "o'z", "ha", "amende", "il", "aʼzo"]
        );
        for w in words(text) {
            assert_eq!(&text[w.start..w.end], w.text);
        }
    }
}
