//! The stem of a word in an agglutinative language of the app: Kazakh, Kyrgyz and Tajik in Cyrillic
//! letters, Uzbek in Latin ones. These languages stack endings on a word («құқықтарым», my rights;
//! «ұсталсам», if I am detained; "muddati", its term), and no Snowball stemmer reads them: the
//! Russian one leaves most of a Kazakh word whole. A query word's stem, matched as a prefix, then
//! finds the forms the articles use («құқықтарыңыз», «ұсталғаныңыз», "muddat").
//!
//! Only query words are stemmed this way: index terms are matched by prefix, so a query's stem
//! already finds every inflected form of the texts. Endings come off from the end, longest first,
//! as long as a stem of [`MIN_STEM_CHARS`] letters with a vowel in it is left; derivational endings
//! (-лық, -lik, -chi) stay, as they change what the word means.

/// Letters a stem keeps at least. Shorter stems are often the common verbs of a question («істе-»
/// from «істеуге», to do; "bola" from "bo'ladi", can be), which as prefixes match many texts:
/// on the search benchmark's tuning queries four letters did worse at hit@1 than five
/// (docs/PERFORMANCE.md). An ending that would leave fewer letters stays on («арызымды» → «арызы»).
const MIN_STEM_CHARS: usize = 5;

/// At most this many endings come off one word: «құқықтарыңызға» (to your rights) loses «ға»,
/// «ыңыз» and «тар», and "hujjatlarimni" (my documents, as an object) "ni", "im" and "lar".
const MAX_ENDINGS: usize = 4;

/// Kazakh, Kyrgyz and Tajik endings in the letters `terms::normalize` leaves: Kazakh and Kyrgyz
/// letters folded to Russian ones (қ → к, ұ and ү → у, і → и, ө → о, ң → н, ғ → г), ҳ to х.
/// Vowel harmony gives each ending several forms; all are listed.
#[rustfmt::skip]
const CYRILLIC_ENDINGS: &[&str] = &[
    // Plural (Kazakh and Kyrgyz; Tajik).
    "лар", "лер", "лор", "дар", "дер", "дор", "тар", "тер", "тор", "хо", "хои", "ён",
    // Possessive: my, your, your (polite), his or her, our.
    "ым", "им", "ум", "м", "ын", "ин", "ун", "ыныз", "иниз", "унуз", "ныз", "низ", "нуз",
    "ы", "и", "у", "сы", "си", "су", "ымыз", "имиз", "умуз", "мыз", "миз", "муз",
    // Tajik possessive and personal endings, and its object marker.
    "ам", "ат", "аш", "амон", "атон", "ашон", "ем", "ед", "анд", "ро",
    // Genitive, dative, accusative.
    "дын", "дин", "дун", "тын", "тин", "тун", "нын", "нин", "нун",
    "га", "ге", "го", "ка", "ке", "ко", "а", "е", "на", "не", "но",
    "ды", "ди", "ду", "ты", "ти", "ту", "ны", "ни", "ну", "н",
    // Locative, ablative, "with".
    "да", "де", "до", "та", "те", "то", "нда", "нде", "ндо",
    "дан", "ден", "дон", "тан", "тен", "тон", "нан", "нен", "нон", "мен", "бен", "пен",
    // Verbs: if (conditional), done (participle), I do, having done.
    "са", "се", "со", "сам", "сем", "сом", "сан", "сен", "сон",
    "ган", "ген", "гон", "кан", "кен", "кон", "мын", "мин", "мун", "ып", "ип", "уп", "п",
];

/// Uzbek endings, apostrophes already removed by `terms::normalize` (o'z → oz).
#[rustfmt::skip]
const UZBEK_ENDINGS: &[&str] = &[
    // Plural; possessive: my, your, your (polite), his or her, our.
    "lar", "im", "m", "ing", "ngiz", "ingiz", "i", "si", "imiz", "miz",
    // Genitive, accusative, dative, locative, ablative, "the one in".
    "ning", "ni", "ga", "ka", "qa", "da", "dan", "dagi",
    // Verbs: done, doing, to do, doing (noun), having done, did, did not, I.
    "gan", "kan", "qan", "yapti", "moq", "ish", "sh", "ib", "b", "di", "dim", "madi", "man",
];

/// The stem of a normalized word once its endings are taken off, or `None` when none comes off.
/// Cyrillic words are read as Kazakh, Kyrgyz or Tajik; Latin ones as Uzbek.
pub fn stem(normalized: &str) -> Option<String> {
    let endings = match normalized.chars().find(|c| c.is_alphabetic()) {
        Some(c) if ('\u{0400}'..='\u{04ff}').contains(&c) => CYRILLIC_ENDINGS,
        Some(c) if c.is_ascii_lowercase() => UZBEK_ENDINGS,
        _ => return None,
    };
    let mut stem: &str = normalized;
    for _ in 0..MAX_ENDINGS {
        let Some(shorter) = endings
            .iter()
            .filter_map(|ending| stem.strip_suffix(ending))
            .filter(|rest| is_stem(rest))
            .min_by_key(|rest| rest.len())
        else {
            break;
        };
        stem = shorter;
    }
    (stem.len() < normalized.len()).then(|| stem.to_owned())
}

fn is_stem(candidate: &str) -> bool {
    candidate.chars().count() >= MIN_STEM_CHARS && candidate.chars().any(is_vowel)
}

fn is_vowel(c: char) -> bool {
    "аеиоуыэюяaeiou".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::terms::normalize;

    fn stem_of(word: &str) -> Option<String> {
        stem(&normalize(word))
    }

    #[test]
    fn takes_kazakh_endings_off() {
        // My rights; your rights (polite); if I am detained; you were detained.
        assert_eq!(stem_of("құқықтарым").as_deref(), Some("кукык"));
        assert!("кукыктарыныз".starts_with(&stem_of("құқықтарыңыз").unwrap()));
        assert_eq!(stem_of("ұсталсам").as_deref(), Some("устал"));
        assert!("усталганыныз".starts_with(&stem_of("ұсталсам").unwrap()));
    }

    #[test]
    fn takes_kyrgyz_tajik_and_uzbek_endings_off() {
        assert_eq!(stem_of("паспортумду").as_deref(), Some("паспорт"));
        assert_eq!(stem_of("ҳуқуқҳои").as_deref(), Some("хукук"));
        assert_eq!(stem_of("muddati").as_deref(), Some("muddat"));
        assert_eq!(stem_of("hujjatlarimni").as_deref(), Some("hujjat"));
    }

    #[test]
    fn leaves_short_words_and_roots_whole() {
        // Roots this short would be prefixes of too many words.
        assert_eq!(stem_of("алды"), None);
        assert_eq!(stem_of("арызымды").as_deref(), Some("арызы"));
        assert_eq!(stem_of("штраф"), None);
        assert_eq!(stem_of("ВНЖ"), None);
        assert_eq!(stem_of("visa"), None);
        // A stem needs a vowel: "бсн" is no word.
        assert_eq!(stem("бснда"), None);
        assert_eq!(stem_of("مهاجرت"), None);
    }

    #[test]
    fn odd_words_are_stemmed_without_panic() {
        assert_eq!(stem_of("😀😀"), None);
        assert_eq!(stem_of("2024"), None);
        // Mixed scripts: the first letter decides, and a Latin ending never cuts a Cyrillic
        // letter in two.
        assert_eq!(stem_of("паспортlar"), None);
        assert_eq!(stem_of("pasportлар"), None);
        let long = "лар".repeat(400);
        let stem = stem(&long).expect("endings come off");
        assert_eq!(stem.chars().count(), long.chars().count() - 3 * MAX_ENDINGS);
    }
}
