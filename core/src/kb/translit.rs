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

/// The Cyrillic readings of a Latin word: the common convention above, and, when it differs, the
/// French one that speakers from West and North Africa use ("chtraf" → «штраф», "tchek" → «чек»,
/// "doum" → «дум»): ch for ш, tch for ч, ou for у, dj for дж.
pub fn cyrillic_readings(word: &str) -> Vec<String> {
    let mut readings: Vec<String> = cyrillic_reading(word).into_iter().collect();
    if ["ch", "ou", "dj"].iter().any(|group| word.contains(group)) {
        let french = word
            .replace("tch", "\u{1}")
            .replace("ch", "sh")
            .replace('\u{1}', "ch")
            .replace("ou", "u")
            .replace("dj", "j");
        if let Some(reading) = cyrillic_reading(&french)
            && !readings.contains(&reading)
        {
            readings.push(reading);
        }
    }
    readings
}

/// The Uzbek Latin spelling of a word typed in Uzbek Cyrillic ("жарима тўлаш" → "jarima toʻlash"), by
/// the 1995 alphabet: Uzbek articles are written in Latin letters, while many people, older ones
/// especially, still type Cyrillic. `None` when the word holds anything but Cyrillic letters.
/// Takes the word as typed: normalizing first would turn ў into у and lose the difference.
pub fn uzbek_latin_reading(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    if lower.is_empty()
        || !lower
            .chars()
            .all(|c| ('а'..='я').contains(&c) || "ёўқғҳ".contains(c))
    {
        return None;
    }
    let mut reading = String::with_capacity(lower.len());
    let mut previous: Option<char> = None;
    for c in lower.chars() {
        let at_start_or_after_vowel = previous.is_none_or(|p| "аеёиоуэюяў".contains(p));
        reading.push_str(match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' if at_start_or_after_vowel => "ye",
            'е' | 'э' => "e",
            'ё' => "yo",
            'ж' => "j",
            'з' => "z",
            'и' => "i",
            'й' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "x",
            'ц' => "ts",
            'ч' => "ch",
            'ш' | 'щ' => "sh",
            'ъ' => "ʼ",
            'ь' => "",
            'ы' => "i",
            'ю' => "yu",
            'я' => "ya",
            'ў' => "oʻ",
            'қ' => "q",
            'ғ' => "gʻ",
            'ҳ' => "h",
            _ => return None,
        });
        previous = Some(c);
    }
    Some(reading)
}

/// Marks a consonant skeleton among index terms, so that no real word can ever equal one; no one
/// types this letter.
pub const SKELETON_MARK: char = 'ʔ';

/// Collapses a run of the same letter into one (a doubled letter in Latin is one letter in Arabic
/// script, where doubling is an unwritten mark).
fn collapse_doubles(letters: impl Iterator<Item = char>) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    for c in letters {
        if out.last() != Some(&c) {
            out.push(c);
        }
    }
    out
}

/// Drops a final h (a final ه or ة is mostly a vowel) and marks the skeleton; `None` under two
/// consonants (too short to tell words apart).
fn finish_skeleton(mut consonants: Vec<char>) -> Option<String> {
    if consonants.last() == Some(&'h') {
        consonants.pop();
    }
    (consonants.len() >= 2).then(|| std::iter::once(SKELETON_MARK).chain(consonants).collect())
}

/// The consonant skeleton of Arabic or Persian typed in Latin letters and digits, as people type
/// them in chats ("mosa3ada" → m s d, "ta2shira" → t c r, "vizam tamoom shode"): short vowels are
/// not written in Arabic script, and letters that sound alike are one class (see
/// [`arabic_skeleton`]). `None` for anything but ASCII letters and digits.
pub fn latin_arabic_skeleton(word: &str) -> Option<String> {
    if word.is_empty()
        || !word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return None;
    }
    let mut classes = Vec::new();
    let bytes = word.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let pair = bytes.get(i..i + 2);
        let (class, width) = match pair {
            Some(b"kh") => (Some('x'), 2),
            Some(b"sh") | Some(b"ch") => (Some('c'), 2),
            Some(b"gh") => (Some('g'), 2),
            Some(b"th") => (Some('t'), 2),
            Some(b"dh") => (Some('z'), 2),
            Some(b"ph") => (Some('f'), 2),
            _ => (
                match bytes[i] {
                    b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'w' | b'v' | b'2' | b'3' => None,
                    b'5' => Some('x'),
                    b'7' => Some('h'),
                    b'9' => Some('s'),
                    b'6' => Some('t'),
                    b'8' | b'q' | b'c' => Some('k'),
                    b'p' => Some('b'),
                    b'0' | b'1' | b'4' => return None,
                    other => Some(other as char),
                },
                1,
            ),
        };
        classes.push(class.unwrap_or('_'));
        i += width;
    }
    let consonants = collapse_doubles(classes.into_iter())
        .into_iter()
        .filter(|c| *c != '_')
        .collect();
    finish_skeleton(consonants)
}

/// The consonant skeleton of a word in Arabic script, already normalized (`terms::normalize`): the
/// article "ال" dropped, long vowels, hamza and ʿayn dropped, letters that sound alike as one class
/// (ت ط → t, س ص → s, ق ك → k, ح ه → h, د ض → d, ذ ز ظ ژ → z, ب پ → b). The same skeleton as
/// [`latin_arabic_skeleton`] gives for the word typed in Latin letters.
pub fn arabic_skeleton(normalized: &str) -> Option<String> {
    let word = ["وال", "بال", "فال", "كال", "ال", "لل"]
        .iter()
        .find_map(|article| {
            normalized
                .strip_prefix(article)
                .filter(|rest| rest.chars().count() >= 2)
        })
        .unwrap_or(normalized);
    let mut classes = Vec::new();
    for c in word.chars() {
        classes.push(match c {
            'ب' | 'پ' => 'b',
            'ت' | 'ط' | 'ث' => 't',
            'ج' => 'j',
            'ح' | 'ه' => 'h',
            'خ' => 'x',
            'د' | 'ض' => 'd',
            'ذ' | 'ز' | 'ظ' | 'ژ' => 'z',
            'ر' => 'r',
            'س' | 'ص' => 's',
            'ش' | 'چ' => 'c',
            'غ' | 'گ' => 'g',
            'ف' => 'f',
            'ق' | 'ك' => 'k',
            'ل' => 'l',
            'م' => 'm',
            'ن' => 'n',
            'ا' | 'و' | 'ي' | 'ء' | 'ع' => '_',
            _ => return None,
        });
    }
    let consonants = collapse_doubles(classes.into_iter())
        .into_iter()
        .filter(|c| *c != '_')
        .collect();
    finish_skeleton(consonants)
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
    fn arabic_and_persian_typed_in_latin_letters_meet_their_script() {
        use crate::kb::terms::normalize;
        for (latin, script) in [
            ("mosa3ada", "مساعدة"),
            ("qanoniya", "قانونية"),
            ("ta2shira", "تأشيرة"),
            ("khelset", "خلصت"),
            ("tamoom", "تمام"),
            ("shode", "شده"),
            ("ikama", "الإقامة"),
            ("jawaz", "جواز"),
            ("7ukuk", "حقوق"),
        ] {
            assert_eq!(
                latin_arabic_skeleton(latin),
                arabic_skeleton(&normalize(script)),
                "{latin} / {script}"
            );
            assert!(latin_arabic_skeleton(latin).is_some(), "{latin}");
        }
        // Too short to tell apart, or not Arabic script.
        assert_eq!(latin_arabic_skeleton("ya"), None);
        assert_eq!(arabic_skeleton("passport"), None);
        assert_eq!(latin_arabic_skeleton("résidence"), None);
    }

    #[test]
    fn french_spellings_read_as_russian_too() {
        assert_eq!(cyrillic_readings("chtraf"), ["чтраф", "штраф"]);
        assert_eq!(cyrillic_readings("tchek"), ["тчек", "чек"]);
        assert_eq!(cyrillic_readings("propiska"), ["прописка"]);
    }

    #[test]
    fn uzbek_cyrillic_reads_as_uzbek_latin() {
        for (cyrillic, latin) in [
            ("жарима", "jarima"),
            ("тўлаш", "toʻlash"),
            ("Ғалаба", "gʻalaba"),
            ("қоида", "qoida"),
            ("ҳужжат", "hujjat"),
            ("ер", "yer"),
            ("шаҳар", "shahar"),
            ("маълумот", "maʼlumot"),
        ] {
            assert_eq!(
                uzbek_latin_reading(cyrillic).as_deref(),
                Some(latin),
                "{cyrillic}"
            );
        }
        for word in ["", "jarima", "тіркеу", "ҷарима", "штраф1"] {
            assert_eq!(uzbek_latin_reading(word), None, "{word}");
        }
    }

    #[test]
    fn words_that_are_not_plain_latin_letters_have_no_reading() {
        for word in ["", "résidence", "o'zbek", "1424", "ВНЖ", "ıstanbul"] {
            assert_eq!(cyrillic_reading(word), None, "{word}");
        }
    }
}
