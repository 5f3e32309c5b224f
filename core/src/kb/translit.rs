//! A word typed in Latin letters read as Cyrillic, the way Russian (and Kazakh, Kyrgyz, Tajik) is
//! typed on a phone without a Cyrillic keyboard: "propiska" → «прописка», "shtraf" → «штраф»,
//! "zhitelstvo" → «жителство», "xozyain" → «хозяин». Search tries this reading beside the word
//! itself, so a query in Latin letters finds the Russian text.
//!
//! The conventions are the informal ones people use, not one standard: zh/j → ж, kh/x/h → х,
//! ts/c → ц, ch → ч, sh → ш, shch/sch → щ, ya/ja → я, yu/ju → ю, yo/jo/ye → е, w → в, q → к. A soft
//! sign is never typed; the index ignores it on both sides (`terms`).

/// Letter groups, longest first within each starting letter.
const GROUPS: [(&str, &str); 14] = [
    ("shch", "щ"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ya", "я"),
    ("yu", "ю"),
    ("yo", "е"),
    ("ye", "е"),
    ("ja", "я"),
    ("ju", "ю"),
    ("jo", "е"),
];

/// Adjective endings, read as such only at the end of a word ("novyy", "sinij"); inside one,
/// "iya" is и + я ("politsiya").
const ENDINGS: [(&str, &str); 3] = [("iy", "ий"), ("ij", "ий"), ("yy", "ый")];

fn single(letter: char) -> Option<&'static str> {
    Some(match letter {
        'a' => "а",
        'b' => "б",
        'c' => "ц",
        'd' => "д",
        'e' => "е",
        'f' => "ф",
        'g' => "г",
        'h' => "х",
        'i' => "и",
        'j' => "ж",
        'k' => "к",
        'l' => "л",
        'm' => "м",
        'n' => "н",
        'o' => "о",
        'p' => "п",
        'q' => "к",
        'r' => "р",
        's' => "с",
        't' => "т",
        'u' => "у",
        'v' | 'w' => "в",
        'x' => "х",
        'y' => "ы",
        'z' => "з",
        _ => return None,
    })
}

/// The Cyrillic reading of a lower-case word of ASCII letters, or `None` when it holds anything
/// else (digits, letters with diacritics: a French or Uzbek word is not Russian typed in Latin).
pub fn cyrillic_reading(word: &str) -> Option<String> {
    if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let mut reading = String::with_capacity(word.len() * 2);
    let mut rest = word;
    while let Some(first) = rest.chars().next() {
        if let Some((_, cyrillic)) = ENDINGS.iter().find(|(latin, _)| rest == *latin) {
            reading.push_str(cyrillic);
            break;
        }
        if let Some((latin, cyrillic)) = GROUPS.iter().find(|(latin, _)| rest.starts_with(latin)) {
            reading.push_str(cyrillic);
            rest = &rest[latin.len()..];
        } else {
            reading.push_str(single(first)?);
            rest = &rest[first.len_utf8()..];
        }
    }
    Some(reading)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn informal_latin_reads_as_russian() {
        for (latin, cyrillic) in [
            ("propiska", "прописка"),
            ("shtraf", "штраф"),
            ("zhitelstvo", "жителство"),
            ("jitelstvo", "жителство"),
            ("xozyain", "хозяин"),
            ("politsiya", "полиция"),
            ("obshchezhitie", "общежитие"),
            ("migratsionnaya", "миграционная"),
            ("kak", "как"),
            ("novyy", "новый"),
            ("kazakhstanskiy", "казахстанский"),
        ] {
            assert_eq!(
                cyrillic_reading(latin).as_deref(),
                Some(cyrillic),
                "{latin}"
            );
        }
    }

    #[test]
    fn words_that_are_not_plain_latin_letters_have_no_reading() {
        for word in ["", "résidence", "o'zbek", "1424", "ВНЖ", "ıstanbul"] {
            assert_eq!(cyrillic_reading(word), None, "{word}");
        }
    }
}
