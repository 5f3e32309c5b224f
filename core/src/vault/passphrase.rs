//! Passphrases a person chooses for what can be guessed away from the phone — a backup file, or
//! the vault on a computer, where no hardware limits the guesses: how strong one is, and a strong
//! one to suggest.
//!
//! The estimate is deliberately simple and pessimistic: the characters' kinds give the alphabet, and
//! characters that repeat or continue a run (`aaaa`, `1234`, `qwerty`) count for little. It stands
//! in for a password-strength library (zxcvbn and its kind carry megabytes of word lists, against a
//! phone build held to a size budget); a passphrase it accepts can still be a famous quote, which is
//! why the app offers a random one first.
use crate::error::{CryptoFailure, Error, Field, Problem, Result};

/// Below this many characters nothing is strong enough to resist guessing off the phone.
pub const MIN_CHARS: usize = 12;
/// What a passphrase must be worth by [`estimated_bits`].
pub const MIN_BITS: f64 = 50.0;

/// How much of a passphrase [`estimated_bits`] looks at.
const MAX_WEIGHED_CHARS: usize = 1024;

/// Keyboard rows and the alphabet, Latin and Cyrillic: walking along one is a run, not a choice.
const RUNS: [&str; 7] = [
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "йцукенгшщзхъ",
    "фывапролджэ",
];

/// Words people type as passwords in the languages of Huquq's users; one of them (with digits or
/// repeats around it) is the first thing guessed.
const COMMON: [&str; 16] = [
    "password",
    "passw0rd",
    "qwerty",
    "iloveyou",
    "admin",
    "welcome",
    "letmein",
    "monkey",
    "parol",
    "пароль",
    "qwertyuiop",
    "1q2w3e4r",
    "zaq12wsx",
    "huquq",
    "kazakhstan",
    "almaty",
];

/// Refuses a passphrase that is too short or too easy to guess.
pub fn check(passphrase: &str) -> Result<()> {
    if passphrase.chars().count() < MIN_CHARS || estimated_bits(passphrase) < MIN_BITS {
        return Err(Error::Invalid {
            field: Field::Passphrase,
            problem: Problem::TooWeak,
        });
    }
    Ok(())
}

/// A pessimistic estimate of the guesses, in bits, that finding `passphrase` would take.
pub fn estimated_bits(passphrase: &str) -> f64 {
    let lower = passphrase.to_lowercase();
    // A common password with digits or signs around it is still that password.
    let letters: String = lower.chars().filter(|c| c.is_alphabetic()).collect();
    if COMMON.iter().any(|word| letters == *word || lower == *word) {
        return 0.0;
    }
    // A text repeated ("abcabc", "huquq-huquq-huq") is worth its one copy. Only the first
    // kilobyte-or-so is weighed: the search for a repeat grows with the square of the length, and
    // more than that is strong or padding either way.
    let mut chars: Vec<char> = lower.chars().take(MAX_WEIGHED_CHARS).collect();
    if let Some(period) =
        (1..=chars.len() / 2).find(|&p| (p..chars.len()).all(|i| chars[i] == chars[i - p]))
    {
        chars.truncate(period);
    }
    let mut worth = 0.0;
    for (i, &c) in chars.iter().enumerate() {
        let predictable = i > 0 && (chars[i - 1] == c || continues_run(chars[i - 1], c));
        worth += if predictable { 0.25 } else { 1.0 };
    }
    worth * alphabet(passphrase).log2()
}

/// Whether `next` follows `previous` along a keyboard row or the alphabet, either way.
fn continues_run(previous: char, next: char) -> bool {
    RUNS.iter().any(|run| {
        let letters: Vec<char> = run.chars().collect();
        letters.windows(2).any(|pair| {
            (pair[0] == previous && pair[1] == next) || (pair[1] == previous && pair[0] == next)
        })
    })
}

/// How many characters an attacker must try at each place, from the kinds the passphrase uses.
fn alphabet(passphrase: &str) -> f64 {
    let has = |test: fn(&char) -> bool| passphrase.chars().any(|c| test(&c));
    let mut size = 0.0;
    if has(|c| c.is_ascii_lowercase()) {
        size += 26.0;
    }
    if has(|c| c.is_ascii_uppercase()) {
        size += 26.0;
    }
    if has(char::is_ascii_digit) {
        size += 10.0;
    }
    if has(|c| c.is_ascii_punctuation() || *c == ' ') {
        size += 33.0;
    }
    if has(|c| !c.is_ascii() && c.is_alphabetic()) {
        // Cyrillic, Arabic script: about as many again as one Latin case.
        size += 33.0;
    }
    f64::max(size, 2.0)
}

/// A random passphrase to suggest: five groups of four from 32 characters that cannot be confused
/// with one another when written down (no 0/o, 1/l/i, 5/s, 8/b) — 100 bits, easy to copy by hand.
pub fn suggest() -> Result<String> {
    const ALPHABET: &[u8; 32] = b"234679acdefghjkmnpqrtuvwxyz#%+=?";
    let mut random = [0u8; 20];
    getrandom::fill(&mut random).map_err(|e| Error::crypto(CryptoFailure::Randomness, e))?;
    let groups: Vec<String> = random
        .chunks(4)
        .map(|group| {
            group
                .iter()
                .map(|byte| char::from(ALPHABET[usize::from(byte % 32)]))
                .collect()
        })
        .collect();
    Ok(groups.join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_passphrases_are_refused() {
        for weak in [
            "",
            "12345678901",
            "123456789012345",
            "aaaaaaaaaaaaaaaa",
            "qwertyuiop123",
            "Password2024!",
            "йцукенгшщзхъ",
            "abcabcabcabcabc",
            "пароль123456",
            "huquq-huquq-huquq",
        ] {
            assert!(
                matches!(
                    check(weak),
                    Err(Error::Invalid {
                        field: Field::Passphrase,
                        problem: Problem::TooWeak
                    })
                ),
                "{weak:?} ({} bits)",
                estimated_bits(weak)
            );
        }
    }

    #[test]
    fn a_huge_repeated_passphrase_is_weighed_quickly_and_refused() {
        // Pasted by mistake, or typed by a stuck key: weighed on its start, not for minutes.
        assert!(check(&"ab".repeat(500_000)).is_err());
        assert!(check(&"q".repeat(1_000_000)).is_err());
    }

    #[test]
    fn long_or_varied_passphrases_pass() {
        for strong in [
            "correct horse battery staple",
            "Mali-Astana-2006-tea!",
            "мой кот спит на окне",
            "k7m2-p9qx-4tz8-w3hn",
        ] {
            assert!(
                check(strong).is_ok(),
                "{strong:?} ({} bits)",
                estimated_bits(strong)
            );
        }
    }

    #[test]
    fn suggestions_are_strong_and_differ() {
        let first = suggest().unwrap();
        assert_eq!(first.len(), 24);
        assert!(check(&first).is_ok(), "{first}");
        assert_ne!(first, suggest().unwrap());
    }
}
