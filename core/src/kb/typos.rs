//! The index's vocabulary, for two questions a query asks of it: how many texts a query word
//! matches (a word in most texts says little on its own), and, when a word matches nothing, which
//! index terms it may be a misspelling of ("департация" → депортац, "residense" → resid).
//!
//! A typo is forgiven only where it cannot turn one subject into another: one edit in words of 4 to
//! 7 letters, two from 8 letters, none below 4, never in the first letter, and only against terms
//! of at least 4 letters. "patent" is never read as "payment" (two edits apart).

use crate::kb::query::is_prefix;

/// Terms of the index with the number of texts each is in, sorted by term.
pub struct Vocabulary {
    terms: Vec<(String, u32)>,
    /// How many texts the index holds.
    texts: u64,
}

/// A misspelt query word's nearest terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// Terms at the smallest distance found, those in most texts first (at most three).
    pub terms: Vec<String>,
}

/// How many edits a word of this many letters may hold and still be read as another word.
fn allowed_edits(letters: usize) -> usize {
    match letters {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// An ending a stemmer may have left on a long misspelt word (it takes "-ence" off "residence" but
/// not "-ense" off "residense"): up to this many letters at the end of a word of 8 letters or more
/// are not counted as edits. Shorter words get no such leeway: "patent" would end as "path".
const ENDING_LETTERS: usize = 3;
const MIN_LETTERS_FOR_ENDING: usize = 8;
const MIN_TERM_LETTERS: usize = 4;
const MAX_CORRECTIONS: usize = 3;

/// The fewest edits (insert, delete, replace one letter) that turn the start of `word` (all of it
/// but at most `ending` letters at its end) into `term`, when at most `max`.
fn prefix_distance(word: &[char], term: &[char], max: usize, ending: usize) -> Option<usize> {
    if term.len() + max + ending < word.len() || word.len() + max < term.len() {
        return None;
    }
    // Levenshtein by rows of `word`; each row's last cell is the distance from that prefix.
    let mut previous: Vec<usize> = (0..=term.len()).collect();
    let mut current = vec![0; term.len() + 1];
    let mut best = if word.len() <= ending {
        term.len()
    } else {
        usize::MAX
    };
    for (i, &w) in word.iter().enumerate() {
        current[0] = i + 1;
        for (j, &t) in term.iter().enumerate() {
            let replace = previous[j] + usize::from(w != t);
            current[j + 1] = replace.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
        if i + 1 + ending >= word.len() {
            best = best.min(previous[term.len()]);
        }
        // Every longer prefix costs at least this row's smallest cell.
        if previous.iter().min().is_some_and(|&m| m > max) {
            break;
        }
    }
    (best <= max).then_some(best)
}

impl Vocabulary {
    pub fn new(mut terms: Vec<(String, u32)>, texts: u64) -> Vocabulary {
        terms.sort();
        Vocabulary { terms, texts }
    }

    /// Texts matching any of a query word's alternatives, as search matches them (a prefix, a
    /// one-letter alternative only whole); an upper bound.
    pub fn texts_matching(&self, alternatives: &[String]) -> u64 {
        alternatives
            .iter()
            .map(|a| {
                if is_prefix(a) {
                    self.texts_with_prefix(a)
                } else {
                    self.texts_with(a)
                }
            })
            .sum()
    }

    /// The share of all texts a query word matches (at most 1).
    pub fn share_matching(&self, alternatives: &[String]) -> f64 {
        if self.texts == 0 {
            return 0.0;
        }
        (self.texts_matching(alternatives) as f64 / self.texts as f64).min(1.0)
    }

    /// Texts holding a term that starts with `prefix` (summed over such terms, so a text with two
    /// of them counts twice: an upper bound, which is what "is this word common" needs).
    pub fn texts_with_prefix(&self, prefix: &str) -> u64 {
        let start = self.terms.partition_point(|(t, _)| t.as_str() < prefix);
        self.terms[start..]
            .iter()
            .take_while(|(t, _)| t.starts_with(prefix))
            .map(|(_, n)| u64::from(*n))
            .sum()
    }

    /// Texts holding exactly `term`.
    pub fn texts_with(&self, term: &str) -> u64 {
        self.terms
            .binary_search_by(|(t, _)| t.as_str().cmp(term))
            .map_or(0, |i| u64::from(self.terms[i].1))
    }

    /// The terms a misspelt word may stand for, from the stems of the word as typed (see
    /// `terms::spelling_alternatives`), or `None` when nothing is near enough. A word with a digit
    /// in it is not a misspelling of a word ("ta2shira" is Arabic in Latin letters).
    pub fn correct(&self, alternatives: &[String], typed: &str) -> Option<Correction> {
        if !typed.chars().all(char::is_alphabetic) {
            return None;
        }
        let letters = typed.chars().count();
        let max = allowed_edits(letters);
        if max == 0 {
            return None;
        }
        let ending = if letters >= MIN_LETTERS_FOR_ENDING {
            ENDING_LETTERS
        } else {
            0
        };
        let mut best: Option<(usize, Vec<(&str, u32)>)> = None;
        let mut term_chars = Vec::new();
        for alternative in alternatives {
            let word: Vec<char> = alternative.chars().collect();
            // People rarely miss the first letter, and keeping it keeps "qanoniya" from reading
            // as "anonim"; it also narrows the terms to look at to one stretch of the sorted list.
            let Some(first) = word.first() else {
                continue;
            };
            let mut buffer = [0; 4];
            let first: &str = first.encode_utf8(&mut buffer);
            let start = self.terms.partition_point(|(t, _)| t.as_str() < first);
            for (term, texts) in self.terms[start..]
                .iter()
                .take_while(|(t, _)| t.starts_with(first))
            {
                term_chars.clear();
                term_chars.extend(term.chars());
                if term_chars.len() < MIN_TERM_LETTERS {
                    continue;
                }
                // In half edits: a match of the whole word ranks before one that skipped an
                // ending with as many edits ("probiska" is "propiska", not "procès").
                let whole = prefix_distance(&word, &term_chars, max, 0).map(|d| 2 * d);
                // Skipping an ending already forgives much: then one edit at most.
                let start = (ending > 0)
                    .then(|| prefix_distance(&word, &term_chars, 1, ending))
                    .flatten()
                    .map(|d| 2 * d + 1);
                let Some(distance) = whole.into_iter().chain(start).min() else {
                    continue;
                };
                match &mut best {
                    Some((d, found)) if *d == distance => {
                        if !found.iter().any(|(t, _)| t == term) {
                            found.push((term, *texts));
                        }
                    }
                    Some((d, _)) if *d < distance => {}
                    _ => best = Some((distance, vec![(term, *texts)])),
                }
            }
        }
        let (_, mut found) = best?;
        found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        Some(Correction {
            terms: found
                .into_iter()
                .take(MAX_CORRECTIONS)
                .map(|(t, _)| t.to_owned())
                .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn distance_ignores_a_short_ending_left_by_the_stemmer() {
        let distance = |word: &str, term: &str, max, ending| {
            prefix_distance(&chars(word), &chars(term), max, ending)
        };
        assert_eq!(distance("департац", "депортац", 1, 0), Some(1));
        assert_eq!(distance("residens", "resid", 2, 3), Some(0));
        assert_eq!(distance("residens", "resid", 2, 0), None);
        assert_eq!(distance("patent", "payment", 1, 0), None);
        assert_eq!(distance("patent", "path", 1, 0), None);
        assert_eq!(distance("регистрацы", "регистрац", 2, 3), Some(0));
        assert_eq!(distance("abc", "abcdefgh", 1, 3), None);
    }

    fn vocabulary() -> Vocabulary {
        Vocabulary::new(
            [
                ("payment", 12),
                ("депортац", 5),
                ("регистрац", 30),
                ("resid", 20),
                ("pay", 40),
                ("убежищ", 4),
            ]
            .into_iter()
            .map(|(t, n)| (t.to_owned(), n))
            .collect(),
            100,
        )
    }

    #[test]
    fn misspelt_words_find_their_term() {
        let v = vocabulary();
        let fix = |word: &str| v.correct(&[word.to_owned()], word).map(|c| c.terms);
        assert_eq!(fix("департац"), Some(vec!["депортац".to_owned()]));
        assert_eq!(fix("убежещ"), Some(vec!["убежищ".to_owned()]));
        assert_eq!(fix("residens"), Some(vec!["resid".to_owned()]));
    }

    #[test]
    fn a_whole_word_match_beats_one_that_skipped_an_ending() {
        let v = Vocabulary::new(
            vec![("proc".to_owned(), 50), ("propiska".to_owned(), 3)],
            100,
        );
        assert_eq!(
            v.correct(&["probiska".to_owned()], "probiska")
                .map(|c| c.terms),
            Some(vec!["propiska".to_owned()])
        );
    }

    #[test]
    fn a_typo_never_turns_one_subject_into_another() {
        let mut terms = vocabulary().terms;
        terms.push(("path".to_owned(), 3));
        let v = Vocabulary::new(terms, 100);
        assert_eq!(v.correct(&["patent".to_owned()], "patent"), None);
        // Too short to forgive anything.
        assert_eq!(v.correct(&["pai".to_owned()], "pai"), None);
        // Not a word: Arabic typed in Latin letters and digits.
        assert_eq!(v.correct(&["pay2".to_owned()], "pay2ment"), None);
    }

    #[test]
    fn counts_texts_by_prefix_and_by_term() {
        let v = vocabulary();
        assert_eq!(v.texts_with_prefix("pay"), 52);
        assert_eq!(v.texts_with("pay"), 40);
        assert_eq!(v.texts_with("pa"), 0);
        assert_eq!(v.texts_matching(&["pa".to_owned()]), 0);
        assert_eq!(
            v.texts_matching(&["pay".to_owned(), "resid".to_owned()]),
            72
        );
        assert!((v.share_matching(&["pay".to_owned()]) - 0.52).abs() < 1e-9);
    }
}
